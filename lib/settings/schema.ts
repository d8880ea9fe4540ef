import { z } from "zod";
import { SHARING_POLICIES } from "@/lib/shares/policy";

/** The admin's settings: what the admin page edits and every chat and MCP request reads. Shared with the browser form. */
export const MAX_SYSTEM_PROMPT_EXTRA = 4000;
export const MIN_STEPS = 1;
export const MAX_STEPS = 20;
export const MAX_DAILY_QUOTA = 100_000;

/** Offered in the model field; any id the OpenAI-compatible server knows is accepted. */
export const MODEL_SUGGESTIONS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "o3"];

const organizationSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, "Organization slugs are letters, digits, - and _ (up to 50).");

export const settingsSchema = z.object({
  model: z
    .string()
    .trim()
    .min(1, "Enter a model id.")
    .max(100, "A model id is at most 100 characters.")
    .regex(/^[\w.:/-]+$/, "A model id is letters, digits and . : / _ - only."),
  systemPromptExtra: z.string().max(MAX_SYSTEM_PROMPT_EXTRA, `At most ${MAX_SYSTEM_PROMPT_EXTRA.toLocaleString("en-US")} characters.`),
  maxSteps: z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(MIN_STEPS, `At least ${MIN_STEPS}.`)
    .max(MAX_STEPS, `At most ${MAX_STEPS}.`),
  /** Tools listed here are neither offered to the model nor served by /mcp; new tools start enabled. */
  disabledTools: z.array(z.string().max(100)).max(200),
  writeToolsAllowed: z.boolean(),
  /** Empty allows every organization. */
  allowedOrgs: z.array(organizationSlug).max(100),
  sharingPolicy: z.enum(SHARING_POLICIES),
  /** Whether MCP clients may connect through OAuth ("Connected apps"); off refuses new grants and existing ones. Settings saved before it existed read as on. */
  externalMcpClients: z.boolean().default(true),
  /** Messages per person per UTC day; 0 is unlimited. */
  dailyMessageQuota: z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(0, "0 (unlimited) or more.")
    .max(MAX_DAILY_QUOTA, `At most ${MAX_DAILY_QUOTA.toLocaleString("en-US")}.`),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;

/** A document with the version it was saved as; version 0 is the defaults, never saved. */
export type VersionedSettings = { version: number; settings: Settings };

export const saveSettingsRequestSchema = z.object({
  version: z.number().int().min(0),
  settings: settingsSchema,
});

/** Human names for the audit log and messages. */
export const SETTING_LABELS: Record<SettingsField, string> = {
  model: "Model",
  systemPromptExtra: "Extra system prompt",
  maxSteps: "Max tool steps",
  disabledTools: "Disabled tools",
  writeToolsAllowed: "Write tools allowed",
  allowedOrgs: "Organization allowlist",
  sharingPolicy: "Sharing policy",
  externalMcpClients: "External MCP clients",
  dailyMessageQuota: "Daily message quota",
};
