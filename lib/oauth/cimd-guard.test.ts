import { describe, expect, it } from "vitest";
import { isPublicClientIdUrl } from "./cimd-guard";

describe("isPublicClientIdUrl", () => {
  it("refuses metadata URLs on loopback, private, link-local and local hosts", () => {
    for (const url of [
      "https://localhost/client.json",
      "https://app.localhost/client.json",
      "https://127.0.0.1/client.json",
      "https://10.1.2.3/client.json",
      "https://172.20.0.1/client.json",
      "https://192.168.1.1/client.json",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/client.json",
      "https://[fd00::1]/client.json",
      "https://[fe80::1]/client.json",
      "https://[::ffff:127.0.0.1]/client.json",
      "https://printer.local/client.json",
    ]) {
      expect(isPublicClientIdUrl(url), url).toBe(false);
    }
  });

  it("lets public hosts and ordinary client ids through", () => {
    expect(isPublicClientIdUrl("https://claude.ai/oauth/mcp-oauth-client-metadata")).toBe(true);
    expect(isPublicClientIdUrl("https://8.8.8.8/client.json")).toBe(true);
    expect(isPublicClientIdUrl("3f2a9c")).toBe(true);
  });
});
