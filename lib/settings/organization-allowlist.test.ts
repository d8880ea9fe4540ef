import { describe, expect, it } from "vitest";
import { isOrganizationAllowed } from "@/lib/settings/organization-allowlist";

describe("isOrganizationAllowed", () => {
  it("allows every organization when the allowlist is empty", () => {
    expect(isOrganizationAllowed("acme", [])).toBe(true);
  });

  it("allows only listed organizations, whatever the case", () => {
    expect(isOrganizationAllowed("Acme", ["acme", "beta"])).toBe(true);
    expect(isOrganizationAllowed("gamma", ["acme", "beta"])).toBe(false);
  });
});
