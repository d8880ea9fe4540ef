import { describe, expect, it } from "vitest";
import { getConfig, parseList } from "./env";

const env = (vars: Record<string, string>) => ({ AUTH_SECRET: "s", ...vars }) as unknown as CloudflareEnv;

describe("getConfig", () => {
  it("reads APP_URL as an origin: https, or http only on the local machine", () => {
    expect(getConfig(env({})).appUrl).toBe("http://localhost:8787");
    expect(getConfig(env({ APP_URL: "https://Chat.Example.com/" })).appUrl).toBe("https://chat.example.com");
    expect(() => getConfig(env({ APP_URL: "http://chat.example.com" }))).toThrow(/https/);
    expect(() => getConfig(env({ APP_URL: "chat" }))).toThrow(/APP_URL/);
  });

  it("allows write tools unless ALLOW_WRITE_TOOLS is false", () => {
    expect(getConfig(env({})).allowWriteTools).toBe(true);
    expect(getConfig(env({ ALLOW_WRITE_TOOLS: "true" })).allowWriteTools).toBe(true);
    expect(getConfig(env({ ALLOW_WRITE_TOOLS: "FALSE" })).allowWriteTools).toBe(false);
  });

  it("refuses a value of ALLOW_WRITE_TOOLS it cannot read, rather than guess", () => {
    expect(() => getConfig(env({ ALLOW_WRITE_TOOLS: "no" }))).toThrow(/ALLOW_WRITE_TOOLS/);
  });

  it("reads ALLOWED_ORGS as a list of lower-case slugs; empty allows all", () => {
    expect(getConfig(env({})).allowedOrgs).toEqual([]);
    expect(getConfig(env({ ALLOWED_ORGS: " Acme, beta ,,gamma " })).allowedOrgs).toEqual(["acme", "beta", "gamma"]);
    expect(parseList("")).toEqual([]);
  });

  it("reads SHARING_POLICY, public by default, refusing unknown values", () => {
    expect(getConfig(env({})).sharingPolicy).toBe("public");
    expect(getConfig(env({ SHARING_POLICY: "off" })).sharingPolicy).toBe("off");
    expect(() => getConfig(env({ SHARING_POLICY: "everyone" }))).toThrow(/SHARING_POLICY/);
  });

  it("reads ADMIN_EMAILS as a lower-case list; empty names no admin", () => {
    expect(getConfig(env({})).adminEmails).toEqual([]);
    expect(getConfig(env({ ADMIN_EMAILS: " Jane@Example.com, ops@example.com " })).adminEmails).toEqual(["jane@example.com", "ops@example.com"]);
  });

  it("needs AUTH_SECRET", () => {
    expect(() => getConfig({} as CloudflareEnv)).toThrow(/AUTH_SECRET/);
  });
});
