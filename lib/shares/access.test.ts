import { describe, expect, it } from "vitest";
import { shareAccess } from "./access";

const publicShare = { visibility: "public" as const, organization: null, ownerId: "1" };
const orgShare = { visibility: "org" as const, organization: "acme", ownerId: "1" };
const memberOf = (...slugs: string[]) => async () => slugs;
const neverAsked = async (): Promise<string[]> => {
  throw new Error("organizations should not be looked up");
};

describe("shareAccess", () => {
  it("shows public links to anyone, signed in or not, without asking Sentry", async () => {
    expect(await shareAccess(publicShare, null, neverAsked, "public")).toBe("allowed");
    expect(await shareAccess(publicShare, { id: "2" }, neverAsked, "public")).toBe("allowed");
  });

  it("asks a signed-out viewer of an organization link to sign in", async () => {
    expect(await shareAccess(orgShare, null, neverAsked, "public")).toBe("sign_in");
  });

  it("shows organization links to members only; anyone else gets the unknown-link answer", async () => {
    expect(await shareAccess(orgShare, { id: "3" }, memberOf("other", "ACME"), "public")).toBe("allowed");
    expect(await shareAccess(orgShare, { id: "2" }, memberOf(), "public")).toBe("not_found");
    expect(await shareAccess(orgShare, { id: "1" }, neverAsked, "public")).toBe("allowed");
  });

  it("closes links whose kind the current policy no longer allows", async () => {
    expect(await shareAccess(publicShare, null, neverAsked, "org")).toBe("not_found");
    expect(await shareAccess(orgShare, { id: "1" }, neverAsked, "off")).toBe("not_found");
  });
});
