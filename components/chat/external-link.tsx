import { safeLinkUrl } from "@/lib/chat/safe-url";

/**
 * A link from untrusted Markdown: only http(s)/mailto survive, and they open in a new tab without
 * referrer or opener. No hooks, so the chat (client) and shared pages (server) both render it.
 * Typed loosely because the Markdown renderers' component maps take any element's props.
 */
export function ExternalLink(props: object) {
  const { href, children } = props as React.AnchorHTMLAttributes<HTMLAnchorElement>;
  const safe = href ? safeLinkUrl(href) : "";
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className="text-primary underline underline-offset-2">
      {children}
    </a>
  );
}
