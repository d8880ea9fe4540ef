/**
 * What `rehype-raw` resolves to (see next.config.ts). Streamdown imports it for its optional `raw`
 * plugin, which would parse HTML inside Markdown with parse5 (about 40 kB gzipped); the chat never
 * passes it (untrusted HTML is sanitised, never parsed), so the parser would only be dead weight.
 * Streamdown compares plugins against this function, and never calls it unless it is passed.
 */
export default function rehypeRawNotUsed(): void {
  throw new Error("rehype-raw is not bundled: raw HTML in Markdown is sanitised, never parsed.");
}
