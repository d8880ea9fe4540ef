import { describe, expect, it } from "vitest";
import { assertKnownTools, knownTools } from "@/lib/admin/tool-names";
import { AppError } from "@/lib/errors";

describe("assertKnownTools", () => {
  it("accepts names of the live tool list", () => {
    expect(() => assertKnownTools(["whoami", "update_issue"])).not.toThrow();
    expect(() => assertKnownTools([])).not.toThrow();
  });

  it("refuses unknown names with bad_request, naming each once", () => {
    const error = (() => {
      try {
        assertKnownTools(["whoami", "who_am_i", "search-issues", "who_am_i"]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_request");
    expect((error as AppError).message).toBe("There is no tool called who_am_i or search-issues. Pick the tools to turn off from the list.");
  });
});

describe("knownTools", () => {
  it("keeps only the names that are still tools", () => {
    expect(knownTools(["whoami", "retired_tool", "find_projects"])).toEqual(["whoami", "find_projects"]);
  });
});
