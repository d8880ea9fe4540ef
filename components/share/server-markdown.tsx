import ReactMarkdown, { type Components } from "react-markdown";
import { harden } from "rehype-harden";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { ExternalLink } from "@/components/chat/external-link";
import { safeLinkUrl } from "@/lib/chat/safe-url";

/**
 * The chat's Markdown rules (components/chat/markdown.tsx), rendered on the server so a shared
 * link reads without JavaScript: no raw HTML (there is no rehype-raw, and what the parser keeps is
 * sanitised), no images at all, links only to http(s)/mailto, opening in a new tab without referrer
 * or opener.
 */
const rehypePlugins = [
  rehypeSanitize,
  [harden, { allowedLinkPrefixes: ["*"], allowedImagePrefixes: [], allowDataImages: false, imageBlockPolicy: "text-only" }],
] as NonNullable<Parameters<typeof ReactMarkdown>[0]["rehypePlugins"]>;


// Images never render: a remote image in untrusted Markdown is a request to a third party.
const components: Components = { a: ExternalLink, img: () => null };

export function ServerMarkdown({ children }: { children: string }) {
  return (
    <div className="markdown space-y-3 leading-relaxed break-words">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={rehypePlugins} urlTransform={safeLinkUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
