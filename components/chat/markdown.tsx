"use client";

import dynamic from "next/dynamic";
import { Suspense } from "react";
import type { MarkdownProps } from "@/components/chat/streamdown-markdown";

/**
 * The Markdown renderer (streamdown with its parsers) is the chat page's largest part and nothing
 * needs it before the page is interactive: the server renders every message with it, and the
 * browser fetches it (preloaded) to take over that HTML while the composer is already usable.
 */
const StreamdownMarkdown = dynamic(() => import("@/components/chat/streamdown-markdown").then((module) => module.StreamdownMarkdown));

/**
 * Each message waits for the renderer on its own, keeping the server's HTML meanwhile. A message
 * first rendered in the browser before the renderer has arrived shows as plain text until then.
 */
export function Markdown(props: MarkdownProps) {
  return (
    <Suspense fallback={<div className="leading-relaxed break-words whitespace-pre-wrap">{props.children}</div>}>
      <StreamdownMarkdown {...props} />
    </Suspense>
  );
}
