import { describe, expect, it } from "vitest";
import { ingestOrigin, parseSampleRate, readObservabilityConfig } from "./config";

const reader = (vars: Record<string, string>) => (name: string) => vars[name];

describe("readObservabilityConfig", () => {
  it("is off without SENTRY_DSN", () => {
    expect(readObservabilityConfig(reader({ SENTRY_RELEASE: "1.0" }))).toBeNull();
  });

  it("reads the DSN, release, environment and sample rate, with defaults", () => {
    expect(readObservabilityConfig(reader({ SENTRY_DSN: "https://key@o1.ingest.sentry.io/42" }))).toEqual({
      dsn: "https://key@o1.ingest.sentry.io/42",
      release: undefined,
      environment: "production",
      tracesSampleRate: 0.1,
    });
    expect(
      readObservabilityConfig(
        reader({ SENTRY_DSN: "http://key@127.0.0.1:9000/7", SENTRY_RELEASE: "abc123", SENTRY_ENVIRONMENT: "staging", SENTRY_TRACES_SAMPLE_RATE: "1" }),
      ),
    ).toMatchObject({ release: "abc123", environment: "staging", tracesSampleRate: 1 });
  });

  it("refuses a DSN or sample rate it cannot read, rather than guess", () => {
    expect(() => readObservabilityConfig(reader({ SENTRY_DSN: "not a url" }))).toThrow(/SENTRY_DSN/);
    expect(() => readObservabilityConfig(reader({ SENTRY_DSN: "https://o1.ingest.sentry.io/42" }))).toThrow(/SENTRY_DSN/);
    expect(() => readObservabilityConfig(reader({ SENTRY_DSN: "https://a-key@o1.ingest.sentry.io/42" }))).toThrow(/SENTRY_DSN/);
    expect(() => parseSampleRate("10%")).toThrow(/SENTRY_TRACES_SAMPLE_RATE/);
    expect(() => parseSampleRate("1.5")).toThrow(/SENTRY_TRACES_SAMPLE_RATE/);
    expect(parseSampleRate("0")).toBe(0);
  });

  it("gives the ingest origin the browser must be allowed to reach", () => {
    expect(ingestOrigin("https://key@o1.ingest.sentry.io/42")).toBe("https://o1.ingest.sentry.io");
  });
});
