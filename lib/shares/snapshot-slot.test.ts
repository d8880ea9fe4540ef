import { describe, expect, it } from "vitest";
import { fillSnapshotSlot, openSnapshotSlot } from "./snapshot-slot";

describe("a shared page's snapshot slot", () => {
  it("carries the page's fragment to the worker that opened it for the request", () => {
    const ctx = {};
    const slot = openSnapshotSlot(ctx);
    expect(fillSnapshotSlot(ctx, "<p>hi</p>")).toBe(true);
    expect(slot.html).toBe("<p>hi</p>");
  });

  it("is refused where no slot was opened, so the page renders the fragment itself", () => {
    const other = openSnapshotSlot({});
    expect(fillSnapshotSlot({}, "<p>hi</p>")).toBe(false);
    expect(other.html).toBeNull();
  });
});
