import { describe, expect, it } from "vitest";
import type { AdminUser } from "@/lib/admin/admin-user";
import { AppError } from "@/lib/errors";
import { connectedClientsSummary, parsePersonId } from "./per-person";

const admin = { id: "1", name: "Jane Doe", email: "jane@example.com", image: null } as unknown as AdminUser;

/** OAUTH_KV with these grant keys (one page), and D1 with these recorded people. */
function envWith(grantKeys: string[], users: Array<{ id: string; name: string; email: string | null }>): CloudflareEnv {
  const OAUTH_KV = { list: async () => ({ keys: grantKeys.map((name) => ({ name })), list_complete: true }) };
  const DB = {
    prepare: () => ({
      bind: (ids: string) => ({ all: async () => ({ results: users.filter((user) => (JSON.parse(ids) as string[]).includes(user.id)) }) }),
    }),
  };
  return { OAUTH_KV, DB } as unknown as CloudflareEnv;
}

describe("connected clients summary", () => {
  it("counts each person's connections, names them, and lists the most connected first", async () => {
    const env = envWith(
      ["grant:1:aaaaaaaaaaaaaaaa", "grant:2:bbbbbbbbbbbbbbbb", "grant:2:cccccccccccccccc", "grant:3:dddddddddddddddd", "grant:9:eeeeeeeeeeeeeeee"],
      [
        { id: "1", name: "Jane Doe", email: "jane@example.com" },
        { id: "2", name: "Sam Other", email: null },
        { id: "3", name: "Alex Ample", email: "alex@example.com" },
      ],
    );
    expect(await connectedClientsSummary(env, admin)).toEqual({
      total: 5,
      complete: true,
      people: [
        { userId: "2", name: "Sam Other", email: null, connections: 2 },
        { userId: "3", name: "Alex Ample", email: "alex@example.com", connections: 1 },
        { userId: "1", name: "Jane Doe", email: "jane@example.com", connections: 1 },
        // Not in the users table: shown by id.
        { userId: "9", name: null, email: null, connections: 1 },
      ],
    });
  });

  it("is empty when nobody has connected a client", async () => {
    expect(await connectedClientsSummary(envWith([], []), admin)).toEqual({ total: 0, complete: true, people: [] });
  });
});

describe("person ids", () => {
  it("accept a Sentry user id and refuse anything else as an unknown person", () => {
    expect(parsePersonId("12345")).toBe("12345");
    for (const bad of ["", "1:2", "../1", "a".repeat(65), "1 2"]) {
      expect(() => parsePersonId(bad), bad).toThrow(AppError);
    }
  });
});
