/**
 * Signs in over plain HTTP, as a browser would (Auth.js sign-in, the Sentry stand-in's consent form,
 * the callback), and returns the cookies. For benchmarks and API-level tests that run no browser.
 */
type Jar = Map<string, string>;

function remember(jar: Jar, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const index = pair.indexOf("=");
    jar.set(pair.slice(0, index).trim(), pair.slice(index + 1));
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function step(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, {
    ...init,
    redirect: "manual",
    headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader(jar) },
  });
  remember(jar, response);
  return response;
}

export async function signInOverHttp(appUrl: string, user: "1" | "2" = "1"): Promise<string> {
  const jar: Jar = new Map();
  const { csrfToken } = (await (await step(jar, `${appUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const signIn = await step(jar, `${appUrl}/api/auth/signin/sentry`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
  });
  const authorizeUrl = signIn.headers.get("location");
  if (!authorizeUrl) throw new Error(`sign-in did not redirect to Sentry (status ${signIn.status})`);

  const consent = await (await fetch(authorizeUrl)).text();
  const form = new URLSearchParams();
  for (const match of consent.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(match[1], match[2].replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
  }
  form.set("user", user);
  form.set("op", "approve");
  const approved = await fetch(new URL("/oauth/authorize/", authorizeUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  const callback = approved.headers.get("location");
  if (!callback) throw new Error(`the consent form did not redirect back (status ${approved.status})`);
  await step(jar, callback);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) throw new Error("no session cookie after sign-in");
  return cookieHeader(jar);
}
