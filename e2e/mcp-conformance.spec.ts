/**
 * The official MCP conformance suite's server scenarios against the stack's /mcp, for MCP
 * 2026-07-28 and the 2025 revisions. The suite sends no credentials, so it reaches /mcp through an
 * authenticating gateway on loopback that adds a pasted Sentry token and changes nothing else.
 * The only failures allowed are the checks the suite itself calls "Not testable" because they
 * need its own diagnostic tools (`test_*`), which a product server does not offer.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAuthenticatingGateway, type Gateway } from "./support/raw-http.ts";
import { issueSentryToken } from "./support/sentry-token.ts";

const SUITE = "node_modules/@modelcontextprotocol/conformance/dist/index.js";

type Check = { id: string; name: string; status: "SUCCESS" | "FAILURE" | "WARNING" | "SKIPPED" | "INFO"; errorMessage?: string };

/** Each scenario at the revision the suite picks for it, and the ones that exist in both eras at 2026-07-28 too. */
const runs: Array<{ scenario: string; specVersion?: string }> = [
  { scenario: "server-initialize" },
  { scenario: "server-stateless" },
  { scenario: "ping" },
  { scenario: "logging-set-level" },
  { scenario: "tools-list" },
  { scenario: "tools-list", specVersion: "2026-07-28" },
  { scenario: "prompts-list" },
  { scenario: "prompts-list", specVersion: "2026-07-28" },
  { scenario: "dns-rebinding-protection" },
  { scenario: "dns-rebinding-protection", specVersion: "2026-07-28" },
  { scenario: "caching" },
  { scenario: "http-header-validation" },
];

let gateway: Gateway;
test.beforeAll(async () => {
  // A token of its own: the suite's requests count against no other spec's rate limit.
  gateway = await startAuthenticatingGateway(`Sentry-Bearer ${await issueSentryToken("jane")}`);
});
test.afterAll(() => gateway.close());

function findChecks(dir: string): string {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "checks.json") return full;
    if (statSync(full).isDirectory()) {
      const found = findChecks(full);
      if (found) return found;
    }
  }
  return "";
}

async function runScenario(scenario: string, specVersion: string | undefined): Promise<{ code: number | null; output: string; checks: Check[] }> {
  const outputDir = mkdtempSync(path.join(tmpdir(), "mcp-conformance-"));
  try {
    const args = [SUITE, "server", "--url", `${gateway.url}/mcp`, "--scenario", scenario, "--output-dir", outputDir];
    if (specVersion) args.push("--spec-version", specVersion);
    const suite = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    suite.stdout.on("data", (chunk) => (output += chunk));
    suite.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => suite.on("exit", resolve));
    const file = findChecks(outputDir);
    const checks = file ? (JSON.parse(readFileSync(file, "utf8")) as Check[]) : [];
    return { code, output, checks };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

for (const { scenario, specVersion } of runs) {
  test(`conformance: ${scenario}${specVersion ? ` at ${specVersion}` : ""}`, async () => {
    const { output, checks } = await runScenario(scenario, specVersion);
    expect(checks.length, output).toBeGreaterThan(0);
    const failed = checks.filter((check) => check.status === "FAILURE" && !check.errorMessage?.startsWith("Not testable:"));
    expect(failed, output).toEqual([]);
    expect(checks.filter((check) => check.status === "WARNING"), output).toEqual([]);
    expect(checks.some((check) => check.status === "SUCCESS"), output).toBe(true);
  });
}
