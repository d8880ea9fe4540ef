/** A piece of Markdown-ish text (tool and prompt descriptions): plain, or a `code` span without its backticks. */
export type InlinePiece = { code: boolean; text: string };

export function inlineCodePieces(text: string): InlinePiece[] {
  // With a capture group, split puts each span's inside at the odd indexes.
  return text
    .split(/`([^`\n]+)`/)
    .map((piece, index) => ({ code: index % 2 === 1, text: piece }))
    .filter((piece) => piece.text !== "");
}

/** The text without the backticks, for places that take plain text only (a `title` tooltip). */
export const withoutBackticks = (text: string) => inlineCodePieces(text).map((piece) => piece.text).join("");
