import { describe, expect, it } from "vitest";
import { allowedVisibilities, parseSharingPolicy, visibilityAllowed } from "./policy";

describe("sharing policy", () => {
  it("defaults to public, which allows public and organization links", () => {
    expect(parseSharingPolicy(undefined)).toBe("public");
    expect(allowedVisibilities("public")).toEqual(["public", "org"]);
  });

  it("org allows organization links only", () => {
    expect(parseSharingPolicy("ORG")).toBe("org");
    expect(allowedVisibilities("org")).toEqual(["org"]);
    expect(visibilityAllowed("org", "public")).toBe(false);
    expect(visibilityAllowed("org", "org")).toBe(true);
  });

  it("off allows nothing, so the Share button is hidden and creating a link is refused", () => {
    expect(allowedVisibilities(parseSharingPolicy("off"))).toEqual([]);
    expect(visibilityAllowed("off", "public")).toBe(false);
    expect(visibilityAllowed("off", "org")).toBe(false);
  });

  it("refuses a value it cannot read rather than guess", () => {
    expect(() => parseSharingPolicy("private")).toThrow(/SHARING_POLICY/);
  });
});
