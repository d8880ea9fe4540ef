import { describe, expect, it } from "vitest";
import { decrypt, encrypt, sha256Hex } from "./token-crypto";

describe("token crypto", () => {
  it("round-trips and hides the plaintext", async () => {
    const sealed = await encrypt("secret-a", "sntryu_token_value", "user-1");
    expect(sealed).not.toContain("sntryu_token_value");
    expect(await decrypt("secret-a", sealed, "user-1")).toBe("sntryu_token_value");
  });

  it("refuses another secret or another user's context", async () => {
    const sealed = await encrypt("secret-a", "value", "user-1");
    expect(await decrypt("secret-b", sealed, "user-1")).toBeNull();
    expect(await decrypt("secret-a", sealed, "user-2")).toBeNull();
    expect(await decrypt("secret-a", "garbage", "user-1")).toBeNull();
  });

  it("uses a fresh IV each time", async () => {
    expect(await encrypt("s", "v", "c")).not.toBe(await encrypt("s", "v", "c"));
  });

  it("hashes to hex", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
