import { describe, expect, it } from "vitest";
import { decodeConsentView, encodeConsentView, parsePinValue, parseToolsetChoice, pinValue, withinPin, type ConsentView } from "./consent-view";

describe("the consent page's choices", () => {
  it("round-trips a pin through the form's value", () => {
    for (const pin of [{}, { organization: "acme" }, { organization: "acme", project: "web" }]) {
      expect(parsePinValue(pinValue(pin))).toEqual(pin);
    }
    expect(parsePinValue("org:../../x")).toBeNull();
    expect(parsePinValue("everything")).toBeNull();
  });

  it("lets a choice narrow what the URL pins, never widen it", () => {
    expect(withinPin({ organization: "acme", project: "web" }, { organization: "acme" })).toBe(true);
    expect(withinPin({}, { organization: "acme" })).toBe(false);
    expect(withinPin({ organization: "other" }, { organization: "acme" })).toBe(false);
    expect(withinPin({ organization: "acme" }, {})).toBe(true);
  });

  it("carries a view with any characters to the page intact, and refuses a garbled header", () => {
    const view: ConsentView = { kind: "error", title: "Évite <script>", message: "名前 \" '" };
    expect(decodeConsentView(encodeConsentView(view))).toEqual(view);
    expect(decodeConsentView("%%%")).toBeNull();
    expect(decodeConsentView(null)).toBeNull();
  });
});

describe("parseToolsetChoice", () => {
  it("grants every tool when no group is ticked, else the ticked groups and core", () => {
    expect(parseToolsetChoice([])).toEqual({});
    expect(parseToolsetChoice(["traces", "issues"])).toEqual({ toolsets: ["core", "issues", "traces"] });
  });

  it("refuses a name that is not a group", () => {
    expect(parseToolsetChoice(["issues", "secrets"])).toBeNull();
  });
});
