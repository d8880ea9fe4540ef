import { describe, expect, it, vi } from "vitest";
import { serverRenderedNotFound } from "./not-found-document";

const html = { "content-type": "text/html; charset=utf-8" };
const errorShell = () => new Response('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>', { status: 404, headers: html });
const notFoundPage = () => new Response("<!DOCTYPE html><html lang=en><body><h1>This page does not exist</h1></body></html>", { status: 404, headers: html });

describe("serverRenderedNotFound", () => {
  it("answers a 404 document with the not-found route's server rendering, at the address asked for", async () => {
    const render = vi.fn(async () => notFoundPage());
    const request = new Request("https://chat.example/share/AAAAAAAAAAAAAAAAAAAAAA", { headers: { cookie: "a=b" } });
    const response = await serverRenderedNotFound(request, errorShell(), render);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("This page does not exist");
    const [rendered] = render.mock.calls[0] as unknown as [Request];
    expect(rendered.url).toBe("https://chat.example/_not-found");
    expect(rendered.headers.get("cookie")).toBe("a=b");
  });

  it("leaves everything else alone: pages that exist, client navigations, other methods and non-HTML 404s", async () => {
    const render = vi.fn(async () => notFoundPage());
    const url = "https://chat.example/share/x";
    const cases: Array<[Request, Response]> = [
      [new Request(url), new Response("<html></html>", { status: 200, headers: html })],
      [new Request(url, { headers: { rsc: "1" } }), errorShell()],
      [new Request(url, { method: "POST" }), errorShell()],
      [new Request(url), Response.json({ error: { code: "not_found" } }, { status: 404 })],
    ];
    for (const [request, response] of cases) expect(await serverRenderedNotFound(request, response, render)).toBe(response);
    expect(render).not.toHaveBeenCalled();
  });
});
