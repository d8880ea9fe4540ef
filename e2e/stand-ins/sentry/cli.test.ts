import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_TOKEN } from "./fixtures.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("main.ts", () => {
  it("prints the URL, client credentials and demo token, serves, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [MAIN, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let out = "";
      const facts = await new Promise<Record<string, string>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no demo token printed; stdout so far: ${out}`)), 10_000);
        child.once("exit", (code) => reject(new Error(`exited early with ${code}`)));
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (!out.includes("SENTRY_DEMO_TOKEN=") || !out.endsWith("\n")) return;
          clearTimeout(timer);
          resolve(Object.fromEntries(out.trim().split("\n").map((line) => line.split("=", 2) as [string, string])));
        });
      });
      expect(facts.SENTRY_DEMO_TOKEN).toBe(DEMO_TOKEN);
      expect(facts.SENTRY_CLIENT_ID).toBe("sentry-chat-local");
      expect(facts.SENTRY_CLIENT_SECRET).toBe("sentry-chat-local-secret");
      expect(facts.SENTRY_STANDIN_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const me = await fetch(`${facts.SENTRY_STANDIN_URL}/api/0/auth/`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
      expect(me.status).toBe(200);

      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
