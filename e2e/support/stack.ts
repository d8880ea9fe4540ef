/**
 * The whole local stack: the Sentry and OpenAI stand-ins on loopback and the app on workerd
 * pointed at them. Used by the Playwright web server, the benchmarks and the offline demo.
 */
import { startAppServer, type AppServer } from "./app-server.ts";
import { startOpenAIStandIn } from "../stand-ins/openai/server.ts";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from "../stand-ins/sentry/fixtures.ts";
import { startSentryStandIn } from "../stand-ins/sentry/server.ts";

// Overridable so two checkouts can run their stacks side by side.
export const APP_PORT = Number(process.env.APP_PORT ?? 8787);
export const SENTRY_STANDIN_PORT = Number(process.env.SENTRY_STANDIN_PORT ?? 8790);
export const OPENAI_STANDIN_PORT = Number(process.env.OPENAI_STANDIN_PORT ?? 8791);
/** For a second app, with another configuration, that a spec starts itself. */
export const SECONDARY_APP_PORT = Number(process.env.SECONDARY_APP_PORT ?? 8792);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const SENTRY_STANDIN_URL = `http://127.0.0.1:${SENTRY_STANDIN_PORT}`;
export const OPENAI_STANDIN_URL = `http://127.0.0.1:${OPENAI_STANDIN_PORT}`;

/** The name of the Playwright stack: its state lives under `.wrangler/e2e/`. */
export const E2E_STACK_NAME = "e2e";

/** Only for the hermetic test stack; never a production secret. Tests use it to read the session cookie. */
export const TEST_AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdef0123456789";

export type Stack = { app: AppServer; demoToken: string; stop(): Promise<void> };

/**
 * The Sentry stand-in's ingest endpoint as a DSN (project 1): with it the app reports its errors
 * and traces there, where the specs read them back.
 */
export const STANDIN_DSN = `http://e2epublickey@127.0.0.1:${SENTRY_STANDIN_PORT}/1`;

/** The app's variables for the stand-ins on their ports; `monitored` adds Sentry error monitoring. */
export function stackAppVars(options: { monitored: boolean; appUrl?: string }): Record<string, string> {
  return {
    AUTH_SECRET: TEST_AUTH_SECRET,
    APP_URL: options.appUrl ?? APP_URL,
    SENTRY_URL: SENTRY_STANDIN_URL,
    SENTRY_CLIENT_ID: DEFAULT_CLIENT_ID,
    SENTRY_CLIENT_SECRET: DEFAULT_CLIENT_SECRET,
    OPENAI_API_KEY: "sk-stand-in",
    OPENAI_BASE_URL: `${OPENAI_STANDIN_URL}/v1`,
    OPENAI_API_STYLE: "responses",
    OFFLINE_DEMO: "false",
    // Jane (the stand-in's user 1) administers the test deployment; Sam does not.
    ADMIN_EMAILS: "Jane@Example.com",
    ...(options.monitored
      ? { SENTRY_DSN: STANDIN_DSN, SENTRY_ENVIRONMENT: "e2e", SENTRY_RELEASE: "sentry-chat@e2e", SENTRY_TRACES_SAMPLE_RATE: "1" }
      : {}),
  };
}

export async function startStack(options: {
  name: string;
  rateLimits?: Record<string, number>;
  exposeWorkerUrl?: boolean;
  log?: (line: string) => void;
  /** Report errors and traces to the Sentry stand-in (the Playwright stack does; benchmarks do not). */
  monitored?: boolean;
  trustedCertificates?: string;
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
      trustedCertificates: options.trustedCertificates,
      vars: stackAppVars({ monitored: options.monitored ?? false }),
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
