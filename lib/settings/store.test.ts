import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/env";
import { defaultSettings } from "@/lib/settings/defaults";
import { changedFields, readSettings } from "@/lib/settings/store";
import { MemoryKV } from "@/lib/test-support/memory-kv";

const config = getConfig({ AUTH_SECRET: "x".repeat(32), ALLOWED_ORGS: "acme", SHARING_POLICY: "org", ALLOW_WRITE_TOOLS: "false" } as unknown as CloudflareEnv);
const kv = (value?: unknown) => {
  const store = new MemoryKV();
  if (value !== undefined) store.values.set("settings", JSON.stringify(value));
  return store as unknown as KVNamespace;
};

describe("the settings every request reads", () => {
  it("start from the environment until an admin saves: ALLOWED_ORGS, SHARING_POLICY and ALLOW_WRITE_TOOLS become the defaults", async () => {
    expect(await readSettings(kv(), config)).toEqual({
      version: 0,
      settings: {
        model: "gpt-4o",
        systemPromptExtra: "",
        maxSteps: 10,
        disabledTools: [],
        writeToolsAllowed: false,
        allowedOrgs: ["acme"],
        sharingPolicy: "org",
        externalMcpClients: true,
        dailyMessageQuota: 0,
      },
    });
  });

  it("take the saved document over the defaults", async () => {
    const saved = { ...defaultSettings(config), model: "gpt-4.1", allowedOrgs: [], sharingPolicy: "off" };
    expect(await readSettings(kv({ version: 4, settings: saved }), config)).toEqual({ version: 4, settings: saved });
  });

  it("fill a field a saved document lacks, or holds invalid, with its default rather than failing", async () => {
    const read = await readSettings(kv({ version: 2, settings: { model: "gpt-4.1", maxSteps: 99 } }), config);
    expect(read.settings).toEqual({ ...defaultSettings(config), model: "gpt-4.1" });
  });

  it("ignore a document that is not one", async () => {
    expect((await readSettings(kv({ nonsense: true }), config)).version).toBe(0);
  });
});

describe("changedFields", () => {
  it("lists each changed field with its old and new value, lists compared by content", () => {
    const before = defaultSettings(config);
    const after = { ...before, allowedOrgs: ["acme"], disabledTools: ["whoami"], dailyMessageQuota: 5 };
    expect(changedFields(before, after)).toEqual([
      { field: "disabledTools", oldValue: [], newValue: ["whoami"] },
      { field: "dailyMessageQuota", oldValue: 0, newValue: 5 },
    ]);
  });
});
