/**
 * MCP overhead: `tools/call find_projects` through /mcp on workerd against the same Sentry request
 * (the organization's project list) made directly to the Sentry stand-in, interleaved in one run,
 * with a pasted Sentry token (`Sentry-Bearer`) and with an access token from the app's OAuth server.
 * The worker is measured at its own address inside workerd (the budget) and through wrangler's
 * local dev proxy in front of it (for reference: that hop does not exist in production).
 * Run with `npm run bench:mcp` after `npm run build:worker`.
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { connectMcp, DEMO_TOKEN } from "../e2e/support/mcp-client.ts";
import { connectOverHttp } from "../e2e/support/oauth-connect.ts";
import { SENTRY_STANDIN_URL, startStack } from "../e2e/support/stack.ts";
import { printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150);
const WARMUP = 10;
const ORG = "the-interstellar-jurisdiction";

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The floor: the worker answering a request that does no work (GET /mcp → 405). */
const floor = (baseUrl: string) => timed(async () => (await fetch(`${baseUrl}/mcp`)).text());

const direct = () =>
  timed(async () => {
    const response = await fetch(`${SENTRY_STANDIN_URL}/api/0/organizations/${ORG}/projects/`, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
    });
    await response.json();
  });

const callFindProjects = (client: Client) =>
  timed(async () => {
    const result = await client.callTool({ name: "find_projects", arguments: { organizationSlug: ORG } });
    if (result.isError) throw new Error(`find_projects failed: ${JSON.stringify(result.content)}`);
  });

const stack = await startStack({ name: "bench", rateLimits: { MCP_RATE_LIMITER: 100_000 }, exposeWorkerUrl: true });
try {
  const workerUrl = stack.app.workerUrl!;
  const viaWorker = await connectMcp({ baseUrl: workerUrl });
  const { access_token: oauthToken } = await connectOverHttp(stack.app.url);
  const viaWorkerOAuth = await connectMcp({ baseUrl: workerUrl, oauthToken });
  const viaDevProxy = await connectMcp();
  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await callFindProjects(viaWorker);
    await callFindProjects(viaWorkerOAuth);
    await callFindProjects(viaDevProxy);
  }
  const samples = { direct: [] as number[], worker: [] as number[], oauth: [] as number[], proxy: [] as number[] };
  const overhead = { worker: [] as number[], oauth: [] as number[], proxy: [] as number[] };
  const floors = { worker: [] as number[], proxy: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    const d = await direct();
    const w = await callFindProjects(viaWorker);
    const o = await callFindProjects(viaWorkerOAuth);
    const p = await callFindProjects(viaDevProxy);
    samples.direct.push(d);
    samples.worker.push(w);
    samples.oauth.push(o);
    samples.proxy.push(p);
    overhead.worker.push(w - d);
    overhead.oauth.push(o - d);
    overhead.proxy.push(p - d);
    floors.worker.push(await floor(workerUrl));
    floors.proxy.push(await floor(stack.app.url));
  }
  await Promise.all([viaWorker.close(), viaWorkerOAuth.close(), viaDevProxy.close()]);
  printTable("MCP tools/call find_projects vs the same Sentry request made directly (budget: overhead ≤ 10 ms p50)", [
    { name: "Sentry stand-in, direct", samples: samples.direct },
    { name: "tools/call, pasted token", samples: samples.worker },
    { name: "tools/call, OAuth token", samples: samples.oauth },
    { name: "overhead, pasted token (paired)", samples: overhead.worker },
    { name: "overhead, OAuth token (paired)", samples: overhead.oauth },
    { name: "floor: GET /mcp → 405, no work", samples: floors.worker },
  ]);
  printTable("The same through wrangler's local dev proxy (an extra hop that only exists locally)", [
    { name: "tools/call, via dev proxy", samples: samples.proxy },
    { name: "overhead incl. the proxy (paired)", samples: overhead.proxy },
    { name: "floor via the dev proxy", samples: floors.proxy },
  ]);
} finally {
  await stack.stop();
}
