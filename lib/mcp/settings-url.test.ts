import { describe, expect, it } from "vitest";
import { settingsUrl } from "./settings-url";

describe("settingsUrl", () => {
  it("uses the organization's subdomain on sentry.io", () => {
    expect(settingsUrl("https://sentry.io", "acme", "/teams/backend/")).toBe("https://acme.sentry.io/settings/teams/backend/");
    expect(settingsUrl("https://us.sentry.io", "acme", "projects/web/keys/")).toBe("https://acme.sentry.io/settings/projects/web/keys/");
  });

  it("puts the organization after /settings/ on a self-hosted Sentry", () => {
    expect(settingsUrl("https://sentry.example.com/", "acme", "teams/backend/")).toBe("https://sentry.example.com/settings/acme/teams/backend/");
  });
});
