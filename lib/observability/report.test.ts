import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { identifyUser, isReportable, reportError } from "./report";
import { recordStore, type RequestRecord } from "./request-record";

describe("isReportable", () => {
  it("reports unexpected errors and upstream failures, not expected 4xx outcomes", () => {
    expect(isReportable(new Error("boom"))).toBe(true);
    expect(isReportable(new AppError("internal"))).toBe(true);
    expect(isReportable(new AppError("upstream_unavailable"))).toBe(true);
    for (const code of ["bad_request", "unauthorized", "reauth_required", "forbidden", "not_found", "payload_too_large", "rate_limited"] as const) {
      expect(isReportable(new AppError(code))).toBe(false);
    }
  });
});

describe("the request's log record", () => {
  it("takes the user id and the first error code, and needs no Sentry SDK", () => {
    const record: RequestRecord = { route: "/api/chat", userId: null, tools: [], errorCode: null, ended: null };
    recordStore().run(record, () => {
      identifyUser("42");
      reportError(new AppError("rate_limited"), "route");
      reportError(new Error("later"), "route");
    });
    expect(record).toEqual({ route: "/api/chat", userId: "42", tools: [], errorCode: "rate_limited", ended: null });
  });

  it("is a no-op outside a logged request", () => {
    expect(() => reportError(new Error("boom"), "route")).not.toThrow();
  });
});
