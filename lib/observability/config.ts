/**
 * Error monitoring and tracing settings. Everything hangs off `SENTRY_DSN`: without it the SDK is
 * never initialised, in the worker or the browser.
 */
export type ObservabilityConfig = {
  dsn: string;
  release: string | undefined;
  environment: string;
  /** Share of requests traced, 0 to 1. */
  tracesSampleRate: number;
};

const DEFAULT_TRACES_SAMPLE_RATE = 0.1;

/** A mistyped rate must not silently turn tracing off or up to 100 %, so it is refused. */
export function parseSampleRate(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TRACES_SAMPLE_RATE;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new Error("SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1 (see the configuration table in README.md)");
  }
  return rate;
}

/** A DSN names the project's public key, host and id: `https://<key>@<host>/<project id>`. */
function parseDsn(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("SENTRY_DSN is not a URL (copy it from the Sentry project's Client Keys settings)");
  }
  // The SDK accepts a key of word characters only, and a numeric project id.
  if (!/^\w+$/.test(url.username) || !/^\/(.*\/)?\d+$/.test(url.pathname)) {
    throw new Error("SENTRY_DSN must look like https://<key>@<host>/<project id>");
  }
  return value;
}

/** `read` gives a variable's trimmed value, or undefined when it is unset or blank. */
export function readObservabilityConfig(read: (name: string) => string | undefined): ObservabilityConfig | null {
  const dsn = read("SENTRY_DSN");
  if (!dsn) return null;
  return {
    dsn: parseDsn(dsn),
    release: read("SENTRY_RELEASE"),
    environment: read("SENTRY_ENVIRONMENT") ?? "production",
    tracesSampleRate: parseSampleRate(read("SENTRY_TRACES_SAMPLE_RATE")),
  };
}

/** Where the browser sends events, for the page's `connect-src`. */
export function ingestOrigin(dsn: string): string {
  return new URL(dsn).origin;
}
