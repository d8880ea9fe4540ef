import { describe, expect, it } from "vitest";
import { constraintsOfResource, mcpPath, parseResourceIndicator, resourcePathOf } from "./resources";

const ORIGIN = "https://chat.example.com";

describe("MCP resources", () => {
  it("maps a request path to its resource: /mcp, /mcp/<org>, /mcp/<org>/<project>", () => {
    expect(resourcePathOf("/mcp")).toBe("/mcp");
    expect(resourcePathOf("/mcp/acme")).toBe("/mcp/acme");
    expect(resourcePathOf("/mcp/acme/web")).toBe("/mcp/acme/web");
    expect(resourcePathOf("/mcp/a/b/c")).toBeNull();
    expect(resourcePathOf("/mcp/bad slug")).toBeNull();
    expect(resourcePathOf("/sse")).toBeNull();
    expect(mcpPath({ project: "web" })).toBe("/mcp");
  });

  it("accepts a resource indicator only when it names one of ours exactly", () => {
    expect(parseResourceIndicator(ORIGIN, `${ORIGIN}/mcp/acme`)).toBe(`${ORIGIN}/mcp/acme`);
    expect(parseResourceIndicator(ORIGIN, "https://evil.example/mcp")).toBeNull();
    expect(parseResourceIndicator(ORIGIN, `${ORIGIN}/mcp/acme?x=1`)).toBeNull();
    expect(parseResourceIndicator(ORIGIN, `${ORIGIN}/admin`)).toBeNull();
    expect(parseResourceIndicator(ORIGIN, "not a url")).toBeNull();
    expect(parseResourceIndicator(ORIGIN, null)).toBeNull();
  });

  it("reads the pinning a resource carries", () => {
    expect(constraintsOfResource(`${ORIGIN}/mcp`)).toEqual({ organization: undefined, project: undefined });
    expect(constraintsOfResource(`${ORIGIN}/mcp/acme/web`)).toEqual({ organization: "acme", project: "web" });
  });
});
