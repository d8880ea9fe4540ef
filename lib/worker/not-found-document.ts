/**
 * A page that calls notFound() comes out of Next 16 as a 404 whose HTML is an empty error shell
 * (`<html id="__next_error__">`): the not-found UI is only in the RSC payload, so it appears once
 * React runs and never without JavaScript (vercel/next.js#62228, #98954). A URL that no route
 * matches is server-rendered properly, through the `/_not-found` route. So a 404 document is
 * answered with that rendering: the same page, readable without JavaScript. RSC requests (client
 * navigations) are left alone; the router renders the not-found UI from the payload itself.
 */
export async function serverRenderedNotFound(
  request: Request,
  response: Response,
  render: (request: Request) => Promise<Response>,
): Promise<Response> {
  const isDocument =
    response.status === 404 &&
    request.method === "GET" &&
    !request.headers.has("rsc") &&
    (response.headers.get("content-type") ?? "").startsWith("text/html");
  if (!isDocument) return response;
  await response.body?.cancel();
  const rendered = await render(new Request(new URL("/_not-found", request.url), request));
  // The address stays the one asked for; only the document changes.
  return new Response(rendered.body, { status: 404, headers: rendered.headers });
}
