import { settingsSchema, type Settings, type SettingsField } from "@/lib/settings/schema";

/** What the form holds: text as typed (numbers and lists included), so nothing is lost while it is invalid. */
export type FormValues = {
  model: string;
  systemPromptExtra: string;
  maxSteps: string;
  disabledTools: string[];
  writeToolsAllowed: boolean;
  allowedOrgs: string;
  sharingPolicy: Settings["sharingPolicy"];
  externalMcpClients: boolean;
  dailyMessageQuota: string;
};

export function toFormValues(settings: Settings): FormValues {
  return {
    ...settings,
    maxSteps: String(settings.maxSteps),
    allowedOrgs: settings.allowedOrgs.join(", "),
    dailyMessageQuota: String(settings.dailyMessageQuota),
  };
}

/** An empty or non-numeric field stays NaN, for the schema to explain. */
function toNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

export type FormErrors = Partial<Record<SettingsField, string>>;

/** The settings the form describes, or the first problem with each field. */
export function readForm(values: FormValues): { settings: Settings; errors: null } | { settings: null; errors: FormErrors } {
  const parsed = settingsSchema.safeParse({
    ...values,
    maxSteps: toNumber(values.maxSteps),
    dailyMessageQuota: toNumber(values.dailyMessageQuota),
    allowedOrgs: values.allowedOrgs
      .split(/[\s,]+/)
      .map((slug) => slug.trim())
      .filter((slug) => slug !== ""),
  });
  if (parsed.success) return { settings: parsed.data, errors: null };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    errors[field] ??= issue.message;
  }
  return { settings: null, errors };
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
