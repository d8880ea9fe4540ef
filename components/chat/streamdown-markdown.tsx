"use client";

import { harden } from "rehype-harden";
import { useEffect, useState, type ComponentProps } from "react";
import { defaultRehypePlugins, Streamdown, type Components, type PluginConfig } from "streamdown";
import { ExternalLink } from "@/components/chat/external-link";
import { removeUnsafeLinks } from "@/lib/chat/removed-links";
import { safeLinkUrl } from "@/lib/chat/safe-url";

/**
 * Markdown from the model and from Sentry data is untrusted. Raw HTML is sanitised (no `raw`
 * plugin), images are never loaded (no remote requests, no tracking pixels), links keep only
 * http(s)/mailto and open in a new tab without referrer or opener; any other link is shown as its
 * text, said to be removed.
 */
const rehypePlugins = [
  defaultRehypePlugins.sanitize,
  removeUnsafeLinks,
  [harden, { allowedLinkPrefixes: ["*"], allowedImagePrefixes: [], allowDataImages: false, imageBlockPolicy: "text-only" }],
] as ComponentProps<typeof Streamdown>["rehypePlugins"];

// Images never render: a remote image in untrusted Markdown is a request to a third party.
const components: Components = { a: ExternalLink, img: () => null };

// A link still being streamed shows as its text until it is complete, not as a removed link.
const remend = { linkMode: "text-only" } as const;

// Each code block's own controls, named in the app's sentence case.
const translations = { copyCode: "Copy code", downloadFile: "Download code" };

/** A fenced code block (``` or ~~~): what gets highlighted. Indented code has no language to highlight. */
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/m;

/**
 * Code highlighting (shiki) is a large chunk: fetched only once a message has a code block, after
 * the page is interactive, and never on the server (next.config.ts resolves `@streamdown/code` to
 * components/chat/server-code-plugin.ts there).
 */
function useCodePlugin(markdown: string): PluginConfig | undefined {
  const [plugins, setPlugins] = useState<PluginConfig>();
  const needed = CODE_FENCE.test(markdown);
  useEffect(() => {
    if (!needed || plugins) return;
    let cancelled = false;
    void import("@streamdown/code").then(({ code }) => {
      if (!cancelled) setPlugins({ code });
    });
    return () => {
      cancelled = true;
    };
  }, [needed, plugins]);
  return plugins;
}

export type MarkdownProps = { children: string; streaming?: boolean };

export function StreamdownMarkdown({ children, streaming = false }: MarkdownProps) {
  const plugins = useCodePlugin(children);
  return (
    <Streamdown
      className="markdown space-y-3 leading-relaxed break-words"
      mode={streaming ? "streaming" : "static"}
      isAnimating={streaming}
      rehypePlugins={rehypePlugins}
      urlTransform={safeLinkUrl}
      linkSafety={{ enabled: false }}
      remend={remend}
      plugins={plugins}
      components={components}
      controls={{ code: true, table: false, mermaid: false }}
      translations={translations}
    >
      {children}
    </Streamdown>
  );
}
