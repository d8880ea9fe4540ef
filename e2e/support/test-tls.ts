/**
 * A self-signed certificate for localhost and 127.0.0.1 (e2e/fixtures/tls, valid until 2036), for
 * https servers the specs run on loopback. The e2e stack's worker trusts it, and nothing else does.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { RequestListener } from "node:http";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../fixtures/tls");
export const TEST_CERTIFICATE = path.join(dir, "localhost.crt");

/** An https server on 127.0.0.1 (a free port); resolves with its origin. */
export async function startHttpsServer(handler: RequestListener): Promise<{ origin: string; server: Server }> {
  const server = createServer({ cert: readFileSync(TEST_CERTIFICATE), key: readFileSync(path.join(dir, "localhost.key")) }, handler);
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { origin: `https://127.0.0.1:${address.port}`, server };
}
