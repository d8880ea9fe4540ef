import { describe, expect, it } from "vitest";
import { isConnectionId } from "./connection-id";

describe("connection ids", () => {
  it("are the OAuth library's 16-character grant ids", () => {
    expect(isConnectionId("aB3_-xYz0123abcd")).toBe(true);
  });

  it("refuse anything else", () => {
    expect(isConnectionId("")).toBe(false);
    expect(isConnectionId("aB3_-xYz0123abc")).toBe(false);
    expect(isConnectionId("aB3_-xYz0123abcde")).toBe(false);
    expect(isConnectionId("1:aB3_-xYz0123ab")).toBe(false);
    expect(isConnectionId("../../grant:1:abc")).toBe(false);
  });
});
