import { describe, expect, it } from "vitest";
import { withOrganizationNames } from "@/lib/shares/listing";

const share = { id: "s", conversationId: "c", title: "t", createdAt: 1 };

describe("withOrganizationNames", () => {
  it("names an organization link's organization, and falls back to its slug", () => {
    const listed = withOrganizationNames(
      [
        { ...share, visibility: "org", organization: "acme" },
        { ...share, visibility: "org", organization: "gone" },
        { ...share, visibility: "public", organization: null },
      ],
      [{ slug: "Acme", name: "Acme Corp" }],
    );
    expect(listed.map((s) => s.organizationName)).toEqual(["Acme Corp", "gone", null]);
  });
});
