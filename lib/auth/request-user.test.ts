import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { requestUser } from "./request-user";
import { TEST_SECRET } from "./test-support";

const claims = { sub: "1", name: "Jane Doe", email: "jane@example.com", picture: "https://example.com/jane.png" };

async function requestWith(origin: string, cookieName: string, headers: Record<string, string> = {}) {
  const token = await encode({ token: claims, secret: TEST_SECRET, salt: cookieName });
  return new Request(`${origin}/api/chat`, { method: "POST", headers: { cookie: `${cookieName}=${token}`, ...headers } });
}

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
});
