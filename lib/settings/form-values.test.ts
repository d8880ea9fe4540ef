import { describe, expect, it } from "vitest";
import { readForm, toFormValues } from "./form-values";
import type { Settings } from "@/lib/settings/schema";

const settings: Settings = {
  model: "gpt-4o",
  systemPromptExtra: "",
  maxSteps: 10,
  disabledTools: [],
  writeToolsAllowed: true,
  externalMcpClients: true,
  allowedOrgs: ["acme", "beta"],
  sharingPolicy: "public",
  dailyMessageQuota: 0,
};

describe("the admin settings form", () => {
  it("reads back the settings it was given", () => {
    expect(readForm(toFormValues(settings))).toEqual({ settings, errors: null });
  });

  it("reads organization lists separated by commas, spaces or lines, lower-cased", () => {
    const read = readForm({ ...toFormValues(settings), allowedOrgs: " Acme,\nbeta  gamma ," });
    expect(read.settings?.allowedOrgs).toEqual(["acme", "beta", "gamma"]);
  });

  it("explains each invalid field", () => {
    const read = readForm({
      ...toFormValues(settings),
      model: " ",
      maxSteps: "21",
      dailyMessageQuota: "",
      systemPromptExtra: "x".repeat(4001),
      allowedOrgs: "acme, not a/slug",
    });
    expect(read.errors).toEqual({
      model: "Enter a model id.",
      maxSteps: "At most 20.",
      dailyMessageQuota: "Enter a whole number.",
      systemPromptExtra: "At most 4,000 characters.",
      allowedOrgs: "Organization slugs are letters, digits, - and _ (up to 50).",
    });
  });

  it("refuses fractional steps and a negative quota", () => {
    const read = readForm({ ...toFormValues(settings), maxSteps: "2.5", dailyMessageQuota: "-1" });
    expect(read.errors).toEqual({ maxSteps: "Enter a whole number.", dailyMessageQuota: "0 (unlimited) or more." });
  });
});
