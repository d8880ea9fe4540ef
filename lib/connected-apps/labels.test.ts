import { describe, expect, it } from "vitest";
import { accessLabel, scopeLabel } from "./labels";

describe("connection labels", () => {
  it("name the access granted", () => {
    expect(accessLabel("read")).toBe("Read only");
    expect(accessLabel("write")).toBe("Read and write");
  });

  it("name the organization scope", () => {
    expect(scopeLabel({ organization: null, project: null })).toBe("All organizations");
    expect(scopeLabel({ organization: "acme", project: null })).toBe("acme");
    expect(scopeLabel({ organization: "acme", project: "web" })).toBe("acme / web");
  });
});
