import { describe, expect, it } from "vitest";
import { createSentryClient } from "@/lib/sentry/client";
import { renderPrompt } from "./render-prompt";

const context = { sentry: createSentryClient({ baseUrl: "https://sentry.invalid", token: "" }), constraints: {} };

describe("renderPrompt", () => {
  it("fills the template, treating empty fields as not given", () => {
    const text = renderPrompt(context, "triage_recent_errors", { organization: "acme", project: "", period: "7d" });
    expect(text).toContain("`acme` over the last 7d");
    expect(text).not.toContain("project");
  });

  it("refuses a missing required argument and an unknown prompt", () => {
    expect(() => renderPrompt(context, "explain_issue", { organization: "acme" })).toThrow(expect.objectContaining({ code: "bad_request" }));
    expect(() => renderPrompt(context, "nope", {})).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
