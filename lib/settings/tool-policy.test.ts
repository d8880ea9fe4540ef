import { describe, expect, it } from "vitest";
import { toolAllowed, type ToolPolicy } from "@/lib/settings/tool-policy";

const read = { name: "whoami", annotations: { readOnlyHint: true } };
const write = { name: "update_issue", annotations: { readOnlyHint: false } };
const policy = (changes: Partial<ToolPolicy> = {}): ToolPolicy => ({ disabledTools: [], writesAllowed: true, ...changes });

describe("toolAllowed", () => {
  it("serves every tool by default", () => {
    expect(toolAllowed(read, policy())).toBe(true);
    expect(toolAllowed(write, policy())).toBe(true);
  });

  it("drops a tool the admin turned off", () => {
    expect(toolAllowed(read, policy({ disabledTools: ["whoami"] }))).toBe(false);
    expect(toolAllowed(write, policy({ disabledTools: ["whoami"] }))).toBe(true);
  });

  it("drops every write tool when writes are not allowed, and keeps the reads", () => {
    expect(toolAllowed(write, policy({ writesAllowed: false }))).toBe(false);
    expect(toolAllowed(read, policy({ writesAllowed: false }))).toBe(true);
  });
});
