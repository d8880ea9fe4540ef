import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { draftText, saveReauthDraft, takeReauthDraft, type ReauthDraft } from "./reauth-draft";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const message = (id: string, role: "user" | "assistant", text: string): UIMessage => ({ id, role, parts: [{ type: "text", text }] });
const draft: ReauthDraft = {
  path: "/",
  conversationId: "c1",
  messages: [message("m1", "user", "Who am I?"), message("m2", "assistant", "Jane")],
  draft: "Show my issues",
};

describe("reauth draft", () => {
  it("is restored once, on the page it was saved for", () => {
    const storage = new MemoryStorage();
    saveReauthDraft(storage, draft);
    expect(takeReauthDraft(storage, "/c/other")).toBeNull();
    expect(takeReauthDraft(storage, "/")).toEqual(draft);
    expect(takeReauthDraft(storage, "/")).toBeNull();
  });

  it("is dropped after an hour", () => {
    const storage = new MemoryStorage();
    saveReauthDraft(storage, draft, 0);
    expect(takeReauthDraft(storage, "/", 60 * 60 * 1000 + 1)).toBeNull();
  });

  it("keeps at least the typed text when the conversation does not fit", () => {
    const storage = new MemoryStorage(200);
    saveReauthDraft(storage, { ...draft, messages: [message("m1", "user", "x".repeat(500))] });
    expect(takeReauthDraft(storage, "/")).toEqual({ ...draft, messages: [] });
  });

  it("ignores what it did not write", () => {
    const storage = new MemoryStorage();
    storage.setItem("sentry-chat:reauth-draft", "{not json");
    expect(takeReauthDraft(storage, "/")).toBeNull();
  });

  it("puts back the unsent message, then anything typed since", () => {
    expect(draftText(message("m3", "user", "Show my issues"), "")).toBe("Show my issues");
    expect(draftText(message("m3", "user", "Show my issues"), "and releases")).toBe("Show my issues\n\nand releases");
    expect(draftText(undefined, "typed")).toBe("typed");
  });
});
