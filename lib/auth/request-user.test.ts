import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestUser } from "./request-user";
import { TEST_SECRET } from "./test-support";

const claims = { sub: "1", name: "Jane Doe", email: "jane@example.com", picture: "https://example.com/jane.png" };

async function requestWith(origin: string, cookieName: string, headers: Record<string, string> = {}, maxAge?: number) {
  const token = await encode({ token: claims, secret: TEST_SECRET, salt: cookieName, maxAge });
  return new Request(`${origin}/api/chat`, { method: "POST", headers: { cookie: `${cookieName}=${token}`, ...headers } });
}

afterEach(() => vi.useRealTimers());

describe("the session of a request served ahead of Next.js", () => {
  it("reads Auth.js's cookie over plain HTTP", async () => {
    const user = await requestUser(await requestWith("http://localhost:8787", "authjs.session-token"), TEST_SECRET);
    expect(user).toEqual({ id: "1", name: "Jane Doe", email: "jane@example.com", image: "https://example.com/jane.png" });
  });

  it("reads the __Secure- cookie over HTTPS, and only that one", async () => {
    const secure = await requestWith("https://chat.example.com", "__Secure-authjs.session-token");
    expect((await requestUser(secure, TEST_SECRET))?.id).toBe("1");
    const plain = await requestWith("https://chat.example.com", "authjs.session-token");
    expect(await requestUser(plain, TEST_SECRET)).toBeNull();
  });

  it("refuses a cookie made with another secret, and a session sent as a bearer token", async () => {
    expect(await requestUser(await requestWith("http://localhost:8787", "authjs.session-token"), `${TEST_SECRET}-other`)).toBeNull();
    const token = await encode({ token: claims, secret: TEST_SECRET, salt: "authjs.session-token" });
    const bearer = new Request("http://localhost:8787/api/chat", { headers: { authorization: `Bearer ${token}` } });
    expect(await requestUser(bearer, TEST_SECRET)).toBeNull();
  });

  it("keeps a decoded session only until it expires, and only for the secret that opened it", async () => {
    const request = await requestWith("http://localhost:8787", "authjs.session-token", {}, 60);
    expect((await requestUser(request, TEST_SECRET))?.id).toBe("1");
    expect((await requestUser(request, TEST_SECRET))?.id).toBe("1");
    expect(await requestUser(request, `${TEST_SECRET}-other`)).toBeNull();

    // Past the expiry and Auth.js's 15 s clock tolerance.
    vi.useFakeTimers({ now: Date.now() + 90_000 });
    expect(await requestUser(request, TEST_SECRET)).toBeNull();
  });
});
