import { describe, expect, it } from "vitest";
import { z } from "zod";
import { advertisedSchema } from "@/lib/mcp/advertised-schema";
import { organizationSlug } from "@/lib/mcp/params";

const shape = {
  organizationSlug,
  pattern: z.string().max(20).regex(/^\w+$/).optional().describe("A parameter named like a keyword"),
  tags: z.array(z.string().min(1)).max(3).optional(),
};

describe("advertisedSchema", () => {
  it("advertises no dialect, patterns or lengths, and keeps parameters, descriptions, defaults and required", () => {
    const json = advertisedSchema(shape)["~standard"].jsonSchema.input({ target: "draft-2020-12" });
    expect(json).toEqual({
      type: "object",
      properties: {
        organizationSlug: { type: "string", description: "e.g. `acme` (from `find_organizations`)" },
        pattern: { type: "string", description: "A parameter named like a keyword" },
        tags: { type: "array", items: { type: "string" } },
      },
      required: ["organizationSlug"],
    });
  });

  it("still validates every argument against the whole schema", async () => {
    const { validate } = advertisedSchema(shape)["~standard"];
    expect(await validate({ organizationSlug: " acme " })).toEqual({ value: { organizationSlug: "acme" } });
    const refused = await validate({ organizationSlug: "acme/../other", tags: ["a", "b", "c", "d"] });
    expect("issues" in refused && refused.issues?.map((issue) => issue.path?.[0])).toEqual(["organizationSlug", "tags"]);
  });
});
