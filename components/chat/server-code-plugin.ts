import type { CodeHighlighterPlugin } from "streamdown";

/**
 * What `@streamdown/code` resolves to in the server bundles (see next.config.ts). The server never
 * highlights code: the chat loads the real plugin in the browser after hydration, and shared pages
 * render without it. Resolving the real one would put shiki's grammars and themes (about 9 MB) in
 * the worker.
 */
export const code: CodeHighlighterPlugin | undefined = undefined;
