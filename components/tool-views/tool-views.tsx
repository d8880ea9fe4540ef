import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderToolViews } from "@/components/tool-views/render";
import { readToolViews } from "@/lib/tool-views";

/**
 * A tool result's views as React elements, from the same trees a shared page serialises to HTML.
 * `fallback` shows when the result carries no view this app can draw.
 */
export function ToolViews({ output, fallback }: { output: unknown; fallback: ReactNode }) {
  const views = readToolViews(output);
  if (views.length === 0) return fallback;
  return toJsxRuntime(renderToolViews(views), { Fragment, jsx, jsxs });
}
