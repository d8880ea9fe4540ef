export const MAX_TITLE_CHARS = 100;
/** Long enough to recognise a conversation in the sidebar, short enough to fit on one line there. */
export const DERIVED_TITLE_CHARS = 60;
const FALLBACK_TITLE = "New conversation";

/** A conversation's first title: its first message on one line, cut at a word boundary. */
export function titleFromMessage(text: string, maxChars = DERIVED_TITLE_CHARS): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line === "") return FALLBACK_TITLE;
  // Count code points, not UTF-16 units, so an emoji is never split in half.
  const chars = Array.from(line);
  if (chars.length <= maxChars) return line;
  // Room for the ellipsis; a space just after the room means it already ends at a boundary.
  const room = chars.slice(0, maxChars - 1).join("");
  const lastSpace = chars[maxChars - 1] === " " ? room.length : room.lastIndexOf(" ");
  // A boundary too early would throw most of the text away; then cut inside the word instead.
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s.,;:!?-]+$/, "")}…`;
}

/** Why a title a person typed is not acceptable, or null when it is (after trimming). */
export function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (trimmed === "") return "The title cannot be empty.";
  if (Array.from(trimmed).length > MAX_TITLE_CHARS) return `The title can be at most ${MAX_TITLE_CHARS} characters.`;
  return null;
}
