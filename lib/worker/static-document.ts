/**
 * A shared link (/share/<id>) is a finished document: text, links, `<details>` and a form that
 * posts without JavaScript. The App Router cannot leave a page un-hydrated, so its documents would
 * carry Next's client runtime and a second copy of the content as RSC payload for nothing. The
 * worker removes both; only scripts the layout marks as needed before first paint (the theme
 * script, so dark mode does not flash) stay.
 */
export const KEEP_ON_STATIC_PAGES = "data-static-page-keep";

const STATIC_PAGE = /^\/share\/[^/]+$/;

export function isStaticDocument(request: Request, response: Response): boolean {
  return (
    request.method === "GET" &&
    !request.headers.has("rsc") &&
    STATIC_PAGE.test(new URL(request.url).pathname) &&
    (response.headers.get("content-type") ?? "").startsWith("text/html")
  );
}

export function withoutClientRuntime(response: Response): Response {
  return new HTMLRewriter()
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
