/**
 * A Client ID Metadata Document is fetched from a URL the client chooses. Cloudflare's network
 * never routes such a fetch to a private network, but the URL is also refused here, before any
 * fetch, when it names a host that is not on the public internet: private, link-local and
 * unique-local addresses, local names, and loopback. (A public name that resolves to a private
 * address is left to the platform: Workers cannot resolve names themselves.)
 *
 * The one exception is loopback for an app that itself runs on loopback (`APP_URL` on localhost):
 * there the server and the client's metadata live on the same machine, as when developing an MCP
 * client against `npm start`, and there is no network behind the server to protect.
 */
export function clientIdUrlAllowed(clientId: string, appUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(clientId);
  } catch {
    return true; // not a URL: an ordinary registered client id, nothing is fetched
  }
  if (url.protocol !== "https:") return true; // the library refuses it without fetching
  const host = bareHost(url);
  if (isLoopback(host)) return isLoopback(bareHost(new URL(appUrl)));
  if (host.endsWith(".local") || host.endsWith(".internal")) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isPublicIPv4(host.split(".").map(Number));
  if (host.includes(":")) return isPublicIPv6(host);
  return true;
}

function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || host.startsWith("127.") || host === "::ffff:7f00:1";
}

function isPublicIPv4([a, b]: number[]): boolean {
  if (a === 0 || a === 10) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  return a < 224;
}

function isPublicIPv6(host: string): boolean {
  if (host === "::") return false;
  // IPv4-mapped, as URL normalizes it: ::ffff:7f00:1 is 127.0.0.1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) return isPublicIPv4([parseInt(mapped[1], 16) >> 8, parseInt(mapped[1], 16) & 0xff]);
  const first = parseInt(host.split(":")[0] || "0", 16);
  if ((first & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  return true;
}
