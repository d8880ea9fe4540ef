// CLI: node e2e/stand-ins/openai/main.ts [--port N] [--host H]
// Port also from OPENAI_STANDIN_PORT (default 0 = a free port). Prints the URL on stdout;
// the API base for the app is that URL + "/v1".
import { startOpenAIStandIn } from "./server.ts";

function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === `--${name}`) return args[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

const rawPort = argValue("port") ?? process.env.OPENAI_STANDIN_PORT ?? "0";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`openai stand-in: invalid port ${JSON.stringify(rawPort)}`);
  process.exit(2);
}

try {
  const standIn = await startOpenAIStandIn({ port, host: argValue("host") ?? "127.0.0.1" });
  console.log(standIn.url);
  console.error(`openai stand-in: API base ${standIn.url}/v1 (control: ${standIn.url}/__control/)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`openai stand-in: ${signal}, stopping`);
    standIn.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (err) {
  console.error(`openai stand-in: failed to start: ${String(err)}`);
  process.exit(1);
}
