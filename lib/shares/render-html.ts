import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import { urlAttributes } from "html-url-attributes";
import { harden } from "rehype-harden";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { renderToolViews } from "@/components/tool-views/render";
import { formatDuration } from "@/lib/chat/message-metadata";
import { formatDateTime } from "@/lib/format-date";
import type { PromptChip } from "@/lib/chat/prompt-chip";
import { removeUnsafeLinks } from "@/lib/chat/removed-links";
import { safeLinkUrl } from "@/lib/chat/safe-url";
import type { SnapshotMessage, SnapshotPart } from "@/lib/shares/snapshot";
import { cn } from "@/lib/utils";

/**
 * A snapshot never changes, so a shared page's messages are turned into HTML once
 * (lib/shares/page-cache.ts keeps it) instead of running Markdown over every message on every view.
 * The Markdown rules are the chat's (components/chat/streamdown-markdown.tsx): the parser's raw HTML is
 * sanitised away, no images at all, links only to http(s)/mailto, opening in a new tab without
 * referrer or opener (any other shows as its text, said to be removed). Text is only ever inserted
 * as text nodes, so serialising escapes it.
 */
const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitize)
  .use(removeUnsafeLinks)
  .use(harden, { allowedLinkPrefixes: ["*"], allowedImagePrefixes: [], allowDataImages: false, imageBlockPolicy: "text-only" });

/** Part of the cache key (page-cache.ts): bump it whenever what this file produces changes. */
export const RENDERER_VERSION = 4;

const LINK_CLASS = "text-primary underline underline-offset-2";

/** What the chat's renderer does after the plugins: every URL attribute through safeLinkUrl, images dropped, links as ExternalLink renders them. */
function applyLinkAndImageRules(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === "raw" && parent && index !== undefined) {
      parent.children[index] = { type: "text", value: node.value };
      return;
    }
    if (node.type !== "element") return;
    for (const [name, tags] of Object.entries(urlAttributes)) {
      if (name in node.properties && (tags === null || tags.includes(node.tagName))) {
        node.properties[name] = safeLinkUrl(String(node.properties[name] ?? ""));
      }
    }
    if (!parent || index === undefined) return;
    // A remote image in untrusted Markdown is a request to a third party.
    if (node.tagName === "img") {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName === "a") {
      const href = String(node.properties.href ?? "");
      parent.children[index] = href
        ? h("a", { href, target: "_blank", rel: "noopener noreferrer", className: LINK_CLASS }, node.children)
        : h("span", node.children);
    }
  });
}

function markdownElement(text: string): Element {
  const tree = markdown.runSync(markdown.parse(text)) as Root;
  applyLinkAndImageRules(tree);
  // Styled by `.shared-markdown` (app/globals.css): these elements carry no classes of their own.
  return h("div", { className: "shared-markdown space-y-3 leading-relaxed break-words" }, tree.children as ElementContent[]);
}

const STATE_LABELS = { done: "Done", failed: "Failed", denied: "Denied", incomplete: "Did not finish" } as const;

/**
 * A result: its views, drawn here as HTML (the chat's own view code), with the text it came with
 * behind "Text"; or the text alone.
 */
function resultElement(part: Extract<SnapshotPart, { type: "tool" }>): ElementContent {
  const text = preElement(part.result || "(no result)");
  if (!part.views?.length) return text;
  return h("div", { className: "space-y-2" }, [
    renderToolViews(part.views),
    h("details", [h("summary", { className: "text-muted-foreground cursor-pointer text-xs" }, "Text"), text]),
  ]);
}

/** A tool call as plain `<details>`: opens and closes without JavaScript; open when it has views to look at. */
function toolCallElement(part: Extract<SnapshotPart, { type: "tool" }>): Element {
  const muted = "text-muted-foreground font-sans";
  const open = part.views?.length ? true : undefined;
  return h("details", { className: "bg-muted/40 rounded-lg border text-sm", dataTestid: "shared-tool-call", dataToolName: part.toolName, open }, [
    h("summary", { className: "cursor-pointer px-3 py-2 font-mono" }, [
      `${part.toolName} `,
      h("span", { className: muted }, `· ${STATE_LABELS[part.state]}`),
      part.durationMs === undefined ? "" : h("span", { className: muted, dataTestid: "shared-tool-duration" }, ` · ${formatDuration(part.durationMs)}`),
    ]),
    h("div", { className: "space-y-2 border-t px-3 py-2" }, [
      h("div", [h("div", { className: "text-muted-foreground text-xs font-medium" }, "Arguments"), preElement(part.input || "(none)")]),
      // Plain text, as the tool returned it: nothing in it can become markup, and it costs no Markdown pass.
      h("div", [h("div", { className: "text-muted-foreground text-xs font-medium" }, "Result"), resultElement(part)]),
    ]),
  ]);
}

/** A sent prompt as the chat shows it: its title and the values given, not the long template. */
const promptChipElement = (chip: PromptChip): Element =>
  h("p", { className: "text-sm", dataTestid: "prompt-chip" }, [
    h("span", { className: "font-medium" }, chip.title),
    ...chip.arguments.map((argument) => h("span", { className: "break-all" }, ` · ${argument.value}`)),
  ]);

const preElement = (text: string) => h("pre", { className: "overflow-x-auto text-xs whitespace-pre-wrap" }, text);

function messageElement(message: SnapshotMessage, sharerName: string): Element {
  const fromUser = message.role === "user";
  return h(
    "article",
    { className: cn("flex w-full flex-col gap-1", fromUser ? "items-end" : "items-start"), dataTestid: `shared-message-${message.role}` },
    [
      h("div", { className: "text-muted-foreground text-xs" }, [
        `${fromUser ? sharerName : "Sentry Chat"} · `,
        h("time", { dateTime: new Date(message.createdAt).toISOString() }, formatDateTime(message.createdAt)),
      ]),
      h(
        "div",
        {
          className: cn(
            "flex min-w-0 flex-col gap-2",
            // As in the chat: a reply takes the column's width, with its tool calls, code and tables.
            fromUser ? "bg-secondary max-w-[min(85%,48rem)] rounded-2xl px-4 py-2" : "w-full",
          ),
        },
        message.prompt ? [promptChipElement(message.prompt)] : message.parts.map((part) =>
          part.type === "tool"
            ? toolCallElement(part)
            : fromUser
              ? h("div", { className: "leading-relaxed whitespace-pre-wrap" }, part.text)
              : markdownElement(part.text),
        ),
      ),
    ],
  );
}

/** The snapshot's messages as one HTML fragment, safe to insert as it is. */
export function renderSnapshotHtml(messages: SnapshotMessage[], sharerName: string): string {
  return toHtml(messages.map((message) => messageElement(message, sharerName)));
}
