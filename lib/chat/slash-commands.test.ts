import { describe, expect, it } from "vitest";
import { matchCommands, parseCommand } from "./slash-commands";

describe("slash commands", () => {
  it("offers every command for a bare slash and filters by prefix", () => {
    expect(matchCommands("/").map((c) => c.name)).toEqual(["help", "prompts", "tools", "clear", "new", "share"]);
    expect(matchCommands("/sh").map((c) => c.name)).toEqual(["share"]);
    expect(matchCommands("/p").map((c) => c.name)).toEqual(["prompts"]);
    expect(matchCommands("/NE").map((c) => c.name)).toEqual(["new"]);
  });

  it("offers nothing once the text is not a lone command word", () => {
    expect(matchCommands("")).toEqual([]);
    expect(matchCommands("hello /help")).toEqual([]);
    expect(matchCommands("/help me")).toEqual([]);
    expect(matchCommands("/zzz")).toEqual([]);
  });

  it("recognises an exact command and nothing else", () => {
    expect(parseCommand("/help")).toBe("help");
    expect(parseCommand("  /New ")).toBe("new");
    expect(parseCommand("/helpme")).toBeNull();
    expect(parseCommand("what does /help do")).toBeNull();
  });
});
