import { describe, expect, it } from "vitest";
import { allowedHostnames, isOwnHost } from "./host-check";

const withHost = (host: string | null) => new Request("http://placeholder/", { headers: host === null ? {} : { host } });

describe("isOwnHost", () => {
  it("accepts the public URL's host name, on any port, and nothing else", () => {
    const appUrl = "https://chat.example.com";
    expect(allowedHostnames(appUrl)).toEqual(["chat.example.com"]);
    expect(isOwnHost(withHost("chat.example.com"), appUrl)).toBe(true);
    expect(isOwnHost(withHost("CHAT.example.com:443"), appUrl)).toBe(true);
    for (const host of ["evil.example.com", "localhost", "127.0.0.1:8787", "chat.example.com.evil.example", "", "chat.example.com/x", "a@chat.example.com"]) {
      expect(isOwnHost(withHost(host), appUrl), host).toBe(false);
    }
    // No header at all (a service binding's request): the URL's host decides.
    expect(isOwnHost(withHost(null), appUrl)).toBe(false);
    expect(isOwnHost(new Request("https://chat.example.com/mcp"), appUrl)).toBe(true);
  });

  it("on a local server, accepts the loopback names on any port", () => {
    const appUrl = "http://localhost:8787";
    for (const host of ["localhost:8787", "localhost:9999", "127.0.0.1", "[::1]:8787"]) expect(isOwnHost(withHost(host), appUrl), host).toBe(true);
    for (const host of ["evil.example.com", "evil.example.com:8787", "localhost.evil.example", "127.0.0.2"]) {
      expect(isOwnHost(withHost(host), appUrl), host).toBe(false);
    }
  });
});
