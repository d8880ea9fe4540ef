"use client";

import dynamic from "next/dynamic";
import { Suspense, useState } from "react";
import { Markdown } from "@/components/chat/markdown";
import { Button } from "@/components/ui/button";
import { hasToolViews } from "@/lib/chat/tool-result";

/**
 * The views are code only cards with structured results need: the page is interactive without
 * them, and the browser fetches them (preloaded when the server rendered a view) afterwards.
 */
const ToolViews = dynamic(() => import("@/components/tool-views/tool-views").then((module) => module.ToolViews));

/** A tool's result in its card: drawn when it carries views (its Markdown one click away), else its Markdown. */
export function ToolResultBody({ output, text }: { output: unknown; text: string }) {
  const [asText, setAsText] = useState(false);
  const markdown = <Markdown>{text}</Markdown>;
  if (!hasToolViews(output)) return markdown;
  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <Button size="sm" variant="outline" className="h-6 px-2 text-xs" aria-pressed={asText} onClick={() => setAsText((shown) => !shown)}>
          Text
        </Button>
      </div>
      {asText ? (
        markdown
      ) : (
        <Suspense fallback={markdown}>
          <ToolViews output={output} fallback={markdown} />
        </Suspense>
      )}
    </div>
  );
}
