// CLI: run the Sentry stand-in by hand or from a test harness.
//
//   node e2e/stand-ins/sentry/main.ts [--port N] [--host H]     (or SENTRY_STANDIN_PORT=N)
//
// Prints one KEY=value line per fact (easy to read and to parse), then serves until SIGINT/SIGTERM.
import { startSentryStandIn } from "./server.ts";

function argValue(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

function parsePort(text: string | undefined): number {
  if (text === undefined || text === "") return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${text}`);
    process.exit(2);
  }
  return port;
}

const args = process.argv.slice(2);
const port = parsePort(argValue(args, "--port") ?? process.env.SENTRY_STANDIN_PORT);
const host = argValue(args, "--host") ?? "127.0.0.1";

const standIn = await startSentryStandIn({ port, host });
console.log(`SENTRY_STANDIN_URL=${standIn.url}`);
console.log(`SENTRY_CLIENT_ID=${standIn.clientId}`);
console.log(`SENTRY_CLIENT_SECRET=${standIn.clientSecret}`);
console.log(`SENTRY_DEMO_TOKEN=${standIn.demoToken}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.error(`[sentry stand-in] ${signal}: stopping`);
  await standIn.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
