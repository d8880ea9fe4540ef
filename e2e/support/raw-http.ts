/**
 * Plain `node:http` requests and an authenticating gateway: fetch (and Playwright's request
 * context) will not send a Host header of their own choosing, and the conformance suite sends no
 * credentials, so these reach the app with exactly the headers a test means.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { APP_PORT } from "./stack.ts";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request to the app with the headers given verbatim (Host included). */
export function rawRequest(options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: APP_PORT, method: options.method, path: options.path, headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

export type Gateway = { url: string; close(): Promise<void> };

/**
 * What an MCP gateway does for a client that cannot send a credential: it adds one. Every request
 * is forwarded to the app unchanged (method, path, Host, Origin and the MCP headers, body, streamed
 * answer) with `Authorization` set, so the app judges the client's own headers.
 */
export async function startAuthenticatingGateway(authorization: string): Promise<Gateway> {
  const server = http.createServer((incoming, outgoing) => {
    const forwarded = http.request(
      { host: "127.0.0.1", port: APP_PORT, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, authorization } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    outgoing.on("close", () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
