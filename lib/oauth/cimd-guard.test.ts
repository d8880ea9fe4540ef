import { describe, expect, it } from "vitest";
import { clientIdUrlAllowed } from "./cimd-guard";

const PUBLIC_APP = "https://chat.example.com";
const LOCAL_APP = "http://localhost:8787";

describe("clientIdUrlAllowed", () => {
  it("refuses metadata URLs on private, link-local and local hosts, wherever the app runs", () => {
    for (const url of [
      "https://10.1.2.3/client.json",
      "https://172.20.0.1/client.json",
      "https://192.168.1.1/client.json",
      "https://100.64.0.1/client.json",
      "https://169.254.169.254/latest/meta-data",
      "https://0.0.0.0/client.json",
      "https://[fd00::1]/client.json",
      "https://[fe80::1]/client.json",
      "https://[::ffff:10.0.0.1]/client.json",
      "https://printer.local/client.json",
      "https://metadata.google.internal/client.json",
    ]) {
      expect(clientIdUrlAllowed(url, PUBLIC_APP), url).toBe(false);
      expect(clientIdUrlAllowed(url, LOCAL_APP), url).toBe(false);
    }
  });

  it("refuses loopback for an app on a public origin, and allows it for an app on this machine", () => {
    for (const url of ["https://localhost/client.json", "https://app.localhost/c", "https://127.0.0.1/c", "https://[::1]/c", "https://[::ffff:127.0.0.1]/c"]) {
      expect(clientIdUrlAllowed(url, PUBLIC_APP), url).toBe(false);
      expect(clientIdUrlAllowed(url, LOCAL_APP), url).toBe(true);
    }
  });

  it("lets public hosts and ordinary client ids through", () => {
    expect(clientIdUrlAllowed("https://claude.ai/oauth/mcp-oauth-client-metadata", PUBLIC_APP)).toBe(true);
    expect(clientIdUrlAllowed("https://8.8.8.8/client.json", PUBLIC_APP)).toBe(true);
    expect(clientIdUrlAllowed("3f2a9c", PUBLIC_APP)).toBe(true);
  });
});
