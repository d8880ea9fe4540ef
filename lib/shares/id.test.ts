import { describe, expect, it } from "vitest";
import { isShareId, newShareId } from "./id";

describe("share ids", () => {
  it("are 22 base64url characters (128 random bits) and differ every time", () => {
    const ids = Array.from({ length: 1000 }, newShareId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("use the whole alphabet, including the URL-safe characters", () => {
    const seen = new Set(Array.from({ length: 2000 }, newShareId).join(""));
    expect(seen.has("-") && seen.has("_")).toBe(true);
    expect(seen.size).toBe(64);
  });

  it("recognise only the shape a share id has", () => {
    expect(isShareId(newShareId())).toBe(true);
    expect(isShareId("short")).toBe(false);
    expect(isShareId("a".repeat(23))).toBe(false);
    expect(isShareId("aaaaaaaaaaaaaaaaaaaa/=")).toBe(false);
    expect(isShareId("../../etc/passwd......")).toBe(false);
  });
});
