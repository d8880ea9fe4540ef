import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { safeLinkUrl } from "@/lib/chat/safe-url";

/**
 * A rehype plugin for untrusted Markdown, shared by the chat and shared pages: a link to anything
 * but http(s)/mailto keeps its text, followed by a small muted "(link removed)" that screen readers
 * read too. It runs after sanitising and before rehype-harden, whose own stand-in for a blocked
 * link is a "[blocked]" suffix with the tooltip "Blocked URL: undefined" (sanitising has already
 * dropped the href it would name).
 */
export function removeUnsafeLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "a" || safeLinkUrl(String(node.properties.href ?? ""))) return;
      node.tagName = "span";
      node.properties = {};
      node.children.push(
        { type: "text", value: " " },
        {
          type: "element",
          tagName: "span",
          properties: { className: ["text-muted-foreground", "text-xs"] },
          children: [{ type: "text", value: "(link removed)" }],
        },
      );
    });
  };
}
