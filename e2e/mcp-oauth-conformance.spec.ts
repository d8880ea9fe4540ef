/**
 * The official MCP conformance suite's authorization-server scenarios against our issuer: it reads
 * the metadata, then plays a client through a real authorization code grant, whose sign-in and
 * consent this page answers.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { expect, test } from "@playwright/test";
import { APP_URL } from "./support/stack.ts";

const CALLBACK_PORT = 47620;
const SUITE = "node_modules/@modelcontextprotocol/conformance/dist/index.js";

test("the conformance suite's authorization scenarios pass", async ({ page, request }) => {
  test.setTimeout(120_000);
  const registration = await request.post("/oauth/register", {
    data: {
      client_name: "MCP conformance suite",
      redirect_uris: [`http://127.0.0.1:${CALLBACK_PORT}/callback`],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
    },
  });
  expect(registration.status()).toBe(201);
  const { client_id: clientId } = await registration.json();

  const suite = spawn(
    process.execPath,
    [SUITE, "authorization", "--url", APP_URL, "--client-id", clientId, "--resource", `${APP_URL}/mcp`, "--port", String(CALLBACK_PORT)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => suite.on("exit", resolve));
  const authorizationUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: suite.stdout }).on("line", (line) => {
      output.push(line);
      if (line.startsWith(`${APP_URL}/oauth/authorize?`)) resolve(line);
    });
    suite.on("exit", () => reject(new Error(`the suite ended before asking for authorization:\n${output.join("\n")}`)));
  });

  await page.goto(authorizationUrl);
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("button", { name: "Allow" }).click();

  expect(await exited, output.join("\n")).toBe(0);
  expect(output).toContain("✓ authorization-server-metadata-endpoint: 2 passed, 0 failed");
  expect(output).toContain("✓ authorization-code-grant: 1 passed, 0 failed");
});
