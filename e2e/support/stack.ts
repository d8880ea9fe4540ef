/**
 * The whole local stack: the Sentry and OpenAI stand-ins on loopback and the app on workerd
 * pointed at them. Used by the Playwright web server, the benchmarks and the offline demo.
 */
import { startAppServer, type AppServer } from "./app-server.ts";
import { startOpenAIStandIn } from "../stand-ins/openai/server.ts";
import { startSentryStandIn } from "../stand-ins/sentry/server.ts";

// Overridable so two checkouts can run their stacks side by side.
export const APP_PORT = Number(process.env.APP_PORT ?? 8787);
export const SENTRY_STANDIN_PORT = Number(process.env.SENTRY_STANDIN_PORT ?? 8790);
export const OPENAI_STANDIN_PORT = Number(process.env.OPENAI_STANDIN_PORT ?? 8791);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const SENTRY_STANDIN_URL = `http://127.0.0.1:${SENTRY_STANDIN_PORT}`;
export const OPENAI_STANDIN_URL = `http://127.0.0.1:${OPENAI_STANDIN_PORT}`;

/** The name of the Playwright stack: its state lives under `.wrangler/e2e/`. */
export const E2E_STACK_NAME = "e2e";

/** Only for the hermetic test stack; never a production secret. Tests use it to read the session cookie. */
export const TEST_AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdef0123456789";

export type Stack = { app: AppServer; demoToken: string; stop(): Promise<void> };

export async function startStack(options: {
  name: string;
  rateLimits?: Record<string, number>;
  exposeWorkerUrl?: boolean;
  log?: (line: string) => void;
}): Promise<Stack> {
  const sentry = await startSentryStandIn({ port: SENTRY_STANDIN_PORT });
  const openai = await startOpenAIStandIn({ port: OPENAI_STANDIN_PORT });
  try {
    const app = await startAppServer({
      name: options.name,
      port: APP_PORT,
      freshState: true,
      rateLimits: options.rateLimits,
      exposeWorkerUrl: options.exposeWorkerUrl,
      log: options.log,
      vars: {
        AUTH_SECRET: TEST_AUTH_SECRET,
        SENTRY_URL: sentry.url,
        SENTRY_CLIENT_ID: sentry.clientId,
        SENTRY_CLIENT_SECRET: sentry.clientSecret,
        OPENAI_API_KEY: "sk-stand-in",
        OPENAI_BASE_URL: `${openai.url}/v1`,
        OPENAI_API_STYLE: "responses",
        OFFLINE_DEMO: "false",
        // Jane (the stand-in's user 1) administers the test deployment; Sam does not.
        ADMIN_EMAILS: "Jane@Example.com",
      },
    });
    return {
      app,
      demoToken: sentry.demoToken,
      async stop() {
        await app.stop();
        await Promise.all([sentry.close(), openai.close()]);
      },
    };
  } catch (error) {
    await Promise.all([sentry.close(), openai.close()]);
    throw error;
  }
}
