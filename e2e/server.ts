/** Playwright's web server: the stand-ins and the app, until Playwright sends SIGTERM. */
import { E2E_STACK_NAME, startStack } from "./support/stack.ts";
import { TEST_CERTIFICATE } from "./support/test-tls.ts";

const stack = await startStack({
  name: E2E_STACK_NAME,
  // The specs chat far more than a person would in a minute; the limiter itself is not under test here.
  rateLimits: { CHAT_RATE_LIMITER: 1000, OAUTH_RATE_LIMITER: 1000 },
  // The specs also check what the app reports to Sentry (e2e/observability.spec.ts).
  monitored: true,
  // The specs serve client ID metadata documents over https on loopback (e2e/mcp-oauth.spec.ts).
  trustedCertificates: TEST_CERTIFICATE,
  log: process.env.E2E_APP_LOG ? (line) => process.stdout.write(line) : undefined,
});
console.log(`e2e stack ready at ${stack.app.url}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
