/**
 * MCP overhead: `tools/call find_projects` through /mcp on workerd against the same Sentry request
 * (the organization's project list) made directly to the Sentry stand-in, interleaved in one run.
 * Run with `npm run bench:mcp` after `npm run build:worker`.
 */
import { connectMcp, DEMO_TOKEN } from "../e2e/support/mcp-client.ts";
import { SENTRY_STANDIN_URL, startStack } from "../e2e/support/stack.ts";
import { printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150);
const WARMUP = 10;
const ORG = "the-interstellar-jurisdiction";

/** The floor: the same worker answering a request that does no work (GET /mcp → 405). */
async function floor(): Promise<number> {
  const started = performance.now();
  await (await fetch(`${stack.app.url}/mcp`)).text();
  return performance.now() - started;
}

async function direct(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${SENTRY_STANDIN_URL}/api/0/organizations/${ORG}/projects/`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  await response.json();
  return performance.now() - started;
}

const stack = await startStack({ name: "bench", rateLimits: { MCP_RATE_LIMITER: 100_000 } });
try {
  const client = await connectMcp();
  const throughMcp = async () => {
    const started = performance.now();
    const result = await client.callTool({ name: "find_projects", arguments: { organizationSlug: ORG } });
    if (result.isError) throw new Error(`find_projects failed: ${JSON.stringify(result.content)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await throughMcp();
  }
  const directSamples: number[] = [];
  const mcpSamples: number[] = [];
  const floorSamples: number[] = [];
  const overhead: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const d = await direct();
    const m = await throughMcp();
    floorSamples.push(await floor());
    directSamples.push(d);
    mcpSamples.push(m);
    overhead.push(m - d);
  }
  await client.close();
  printTable("MCP tools/call find_projects vs the same Sentry request made directly", [
    { name: "Sentry stand-in, direct", samples: directSamples },
    { name: "tools/call through /mcp", samples: mcpSamples },
    { name: "overhead of /mcp (paired)", samples: overhead },
    { name: "floor: GET /mcp → 405, no work", samples: floorSamples },
  ]);
} finally {
  await stack.stop();
}
