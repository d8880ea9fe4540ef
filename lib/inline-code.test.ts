import { describe, expect, it } from "vitest";
import { inlineCodePieces, withoutBackticks } from "@/lib/inline-code";

describe("inlineCodePieces", () => {
  it("splits out `code` spans without their backticks", () => {
    expect(inlineCodePieces("Slug, e.g. `acme` or `acme-eu`.")).toEqual([
      { code: false, text: "Slug, e.g. " },
      { code: true, text: "acme" },
      { code: false, text: " or " },
      { code: true, text: "acme-eu" },
      { code: false, text: "." },
    ]);
  });

  it("leaves a lone backtick, and text without spans, as they are", () => {
    expect(inlineCodePieces("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
    expect(inlineCodePieces("`whoami`")).toEqual([{ code: true, text: "whoami" }]);
  });

  it("gives plain text for tooltips", () => {
    expect(withoutBackticks("How far back, e.g. `24h`, `7d`.")).toBe("How far back, e.g. 24h, 7d.");
  });
});
