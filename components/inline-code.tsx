import { inlineCodePieces } from "@/lib/inline-code";

/** Text whose `code` spans show as <code>; every piece stays text, so nothing in it can become markup. */
export function InlineCode({ text }: { text: string }) {
  return inlineCodePieces(text).map((piece, index) =>
    piece.code ? (
      <code key={index} className="bg-muted rounded px-1 py-0.5 font-mono text-[0.9em]">
        {piece.text}
      </code>
    ) : (
      <span key={index}>{piece.text}</span>
    ),
  );
}
