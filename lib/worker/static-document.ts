/**
 * A shared link (/share/<id>) is a finished document: text, links, `<details>` and a form that
 * posts without JavaScript. The App Router cannot leave a page un-hydrated, so its documents would
 * carry Next's client runtime and a second copy of the content as RSC payload for nothing. The
 * worker removes both; only scripts the layout marks as needed before first paint (the theme
 * script, so dark mode does not flash) stay.
 */
import { SNAPSHOT_ATTRIBUTE, type SnapshotSlot } from "@/lib/shares/snapshot-slot";

export const KEEP_ON_STATIC_PAGES = "data-static-page-keep";

const STATIC_PAGE = /^\/share\/[^/]+$/;

/** A request for a static page's document (not its RSC payload). */
export function isStaticDocumentRequest(request: Request): boolean {
  return request.method === "GET" && !request.headers.has("rsc") && STATIC_PAGE.test(new URL(request.url).pathname);
}

export function isStaticDocument(request: Request, response: Response): boolean {
  return isStaticDocumentRequest(request) && (response.headers.get("content-type") ?? "").startsWith("text/html");
}

/**
 * Also writes a shared page's messages into their element, when the page handed them over
 * (lib/shares/snapshot-slot.ts): once, as the finished HTML they are.
 */
export function withoutClientRuntime(response: Response, snapshot?: SnapshotSlot): Response {
  return new HTMLRewriter()
    .on(`[${SNAPSHOT_ATTRIBUTE}]`, {
      element(element) {
        element.removeAttribute(SNAPSHOT_ATTRIBUTE);
        if (!snapshot?.html) return;
        element.setInnerContent(snapshot.html, { html: true });
        snapshot.html = null;
      },
    })
    .on("script", {
      element(script) {
        if (!script.hasAttribute(KEEP_ON_STATIC_PAGES)) script.remove();
      },
    })
    .on('link[rel="modulepreload"], link[rel="preload"][as="script"]', {
      element(link) {
        link.remove();
      },
    })
    .transform(response);
}
