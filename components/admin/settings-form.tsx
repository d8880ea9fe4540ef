"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { saveSettings } from "@/components/admin/admin-api";
import { ToolToggles } from "@/components/admin/tool-toggles";
import { useUnsavedWarning } from "@/components/admin/use-unsaved-warning";
import { Button } from "@/components/ui/button";
import { Field, FieldContent, FieldDescription, FieldError, FieldLegend, FieldSet } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { AdminSettingsView } from "@/lib/admin/settings-view";
import { AppError } from "@/lib/errors";
import { readForm, sameValues, toFormValues, type FormValues } from "@/lib/settings/form-values";
import { MAX_STEPS, MAX_SYSTEM_PROMPT_EXTRA, MIN_STEPS, MODEL_SUGGESTIONS, type SettingsField } from "@/lib/settings/schema";
import type { SharingPolicy } from "@/lib/shares/policy";

const SHARING_OPTIONS: Array<{ value: SharingPolicy; label: string; description: string }> = [
  { value: "off", label: "Off", description: "No links; the Share button is hidden and existing links stop working." },
  { value: "org", label: "Organization only", description: "Links only members of one of the sharer's Sentry organizations can open." },
  { value: "public", label: "Public allowed", description: "Links anyone can open, and organization links." },
];

/** The admin's settings: inline validation, save and discard, a warning before leaving unsaved changes. */
export function SettingsForm({ view }: { view: AdminSettingsView }) {
  const router = useRouter();
  const [saved, setSaved] = useState({ version: view.version, values: toFormValues(view.settings) });
  const [values, setValues] = useState<FormValues>(saved.values);
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const dirty = !sameValues(values, saved.values);
  useUnsavedWarning(dirty);
  const read = readForm(values);
  // A field's problem shows once it has been changed, or for every field after a save attempt.
  const errorOf = (field: SettingsField) =>
    showAllErrors || JSON.stringify(values[field]) !== JSON.stringify(saved.values[field]) ? read.errors?.[field] : undefined;
  const set = <K extends keyof FormValues>(field: K, value: FormValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const control = (field: SettingsField) => {
    const error = errorOf(field);
    return {
      id: field,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": `${field}-description${error ? ` ${field}-error` : ""}`,
    };
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setShowAllErrors(true);
    if (!read.settings) return;
    setSaving(true);
    setProblem(null);
    try {
      const result = await saveSettings(saved.version, read.settings);
      const next = toFormValues(result.settings);
      setSaved({ version: result.version, values: next });
      setValues(next);
      setShowAllErrors(false);
      toast.success(result.changed.length > 0 ? "Settings saved. They apply to the next chat request." : "Nothing changed.");
      router.refresh();
    } catch (error) {
      const message = error instanceof AppError ? error.message : "The settings could not be saved. Try again.";
      setProblem(message);
      toast.error(message);
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    setValues(saved.values);
    setShowAllErrors(false);
    setProblem(null);
  }

  const writesOn = view.writeToolsPermitted && values.writeToolsAllowed;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-8" aria-labelledby="settings-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Settings
        </h2>
        <p className="text-muted-foreground text-sm">Version {saved.version}{saved.version === 0 && " (defaults, never saved)"}</p>
      </div>

      <FieldSet>
        <FieldLegend>Assistant</FieldLegend>
        <Field data-invalid={errorOf("model") ? true : undefined}>
          <Label htmlFor="model">Model id</Label>
          <Input {...control("model")} list="model-suggestions" value={values.model} onChange={(e) => set("model", e.target.value)} />
          <datalist id="model-suggestions">
            {MODEL_SUGGESTIONS.map((model) => (
              <option key={model} value={model} />
            ))}
          </datalist>
          <FieldDescription id="model-description">Any model your OpenAI-compatible server offers, e.g. {MODEL_SUGGESTIONS.slice(0, 3).join(", ")}.</FieldDescription>
          <FieldError id="model-error">{errorOf("model")}</FieldError>
        </Field>
        <Field data-invalid={errorOf("systemPromptExtra") ? true : undefined}>
          <Label htmlFor="systemPromptExtra">Extra system prompt</Label>
          <Textarea
            {...control("systemPromptExtra")}
            rows={5}
            value={values.systemPromptExtra}
            onChange={(e) => set("systemPromptExtra", e.target.value)}
          />
          <FieldDescription id="systemPromptExtra-description">
            Added after the built-in instructions. {values.systemPromptExtra.length.toLocaleString("en-US")} /{" "}
            {MAX_SYSTEM_PROMPT_EXTRA.toLocaleString("en-US")} characters.
          </FieldDescription>
          <FieldError id="systemPromptExtra-error">{errorOf("systemPromptExtra")}</FieldError>
        </Field>
        <Field data-invalid={errorOf("maxSteps") ? true : undefined}>
          <Label htmlFor="maxSteps">Max tool steps</Label>
          <Input
            {...control("maxSteps")}
            type="number"
            inputMode="numeric"
            min={MIN_STEPS}
            max={MAX_STEPS}
            className="w-32"
            value={values.maxSteps}
            onChange={(e) => set("maxSteps", e.target.value)}
          />
          <FieldDescription id="maxSteps-description">
            How many rounds of tool calls one answer may take ({MIN_STEPS}–{MAX_STEPS}).
          </FieldDescription>
          <FieldError id="maxSteps-error">{errorOf("maxSteps")}</FieldError>
        </Field>
      </FieldSet>

      <FieldSet>
        <FieldLegend>Access</FieldLegend>
        <Field orientation="horizontal" className="items-start gap-4">
          <FieldContent>
            <Label htmlFor="writeToolsAllowed">Write tools allowed</Label>
            <FieldDescription id="writeToolsAllowed-description">
              {view.writeToolsPermitted
                ? "Lets the assistant offer the write tools (each still needs the person's approval)."
                : "ALLOW_WRITE_TOOLS=false on this server: sign-in asks Sentry for read scopes only, so write tools stay off."}
            </FieldDescription>
          </FieldContent>
          <Switch
            id="writeToolsAllowed"
            aria-describedby="writeToolsAllowed-description"
            checked={writesOn}
            disabled={!view.writeToolsPermitted}
            onCheckedChange={(on) => set("writeToolsAllowed", on)}
          />
        </Field>
        <Field orientation="horizontal" className="items-start gap-4">
          <FieldContent>
            <Label htmlFor="externalMcpClients">External MCP clients</Label>
            <FieldDescription id="externalMcpClients-description">
              Lets people connect MCP clients (Claude Code, Cursor, VS Code…) to this app&apos;s /mcp with OAuth. Off refuses new
              connections and stops the existing ones at their next request.
            </FieldDescription>
          </FieldContent>
          <Switch
            id="externalMcpClients"
            aria-describedby="externalMcpClients-description"
            checked={values.externalMcpClients}
            onCheckedChange={(on) => set("externalMcpClients", on)}
          />
        </Field>
        <Field data-invalid={errorOf("allowedOrgs") ? true : undefined}>
          <Label htmlFor="allowedOrgs">Organization allowlist</Label>
          <Input {...control("allowedOrgs")} value={values.allowedOrgs} onChange={(e) => set("allowedOrgs", e.target.value)} />
          <FieldDescription id="allowedOrgs-description">
            Sentry organization slugs, separated by commas. Empty allows every organization.
          </FieldDescription>
          <FieldError id="allowedOrgs-error">{errorOf("allowedOrgs")}</FieldError>
        </Field>
        <Field>
          <Label id="sharingPolicy-label">Sharing</Label>
          <RadioGroup
            aria-labelledby="sharingPolicy-label"
            value={values.sharingPolicy}
            onValueChange={(value) => set("sharingPolicy", value as SharingPolicy)}
          >
            {SHARING_OPTIONS.map((option) => (
              <div key={option.value} className="flex items-start gap-3">
                <RadioGroupItem value={option.value} id={`sharing-${option.value}`} aria-describedby={`sharing-${option.value}-description`} className="mt-0.5" />
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`sharing-${option.value}`}>{option.label}</Label>
                  <FieldDescription id={`sharing-${option.value}-description`}>{option.description}</FieldDescription>
                </div>
              </div>
            ))}
          </RadioGroup>
        </Field>
        <Field data-invalid={errorOf("dailyMessageQuota") ? true : undefined}>
          <Label htmlFor="dailyMessageQuota">Daily message quota per person</Label>
          <Input
            {...control("dailyMessageQuota")}
            type="number"
            inputMode="numeric"
            min={0}
            className="w-32"
            value={values.dailyMessageQuota}
            onChange={(e) => set("dailyMessageQuota", e.target.value)}
          />
          <FieldDescription id="dailyMessageQuota-description">Messages per person per UTC day; 0 is unlimited.</FieldDescription>
          <FieldError id="dailyMessageQuota-error">{errorOf("dailyMessageQuota")}</FieldError>
        </Field>
      </FieldSet>

      <ToolToggles tools={view.tools} disabled={values.disabledTools} writesOn={writesOn} onChange={(disabled) => set("disabledTools", disabled)} />

      {problem && (
        <p role="alert" className="border-destructive/40 text-destructive rounded-md border px-3 py-2 text-sm">
          {problem}
        </p>
      )}
      {/* The form's one Save: it stays in reach while the form scrolls, and ends with the form. */}
      <div className="bg-background sticky bottom-0 z-10 flex items-center gap-3 border-t py-3" data-testid="save-bar" data-slot="save-bar">
        <Button type="submit" disabled={!dirty || saving}>
          {saving ? "Saving…" : "Save"}
        </Button>
        <Button type="button" variant="outline" disabled={!dirty || saving} onClick={discard}>
          Discard changes
        </Button>
        {dirty && <span className="text-muted-foreground text-sm">Unsaved changes</span>}
      </div>
    </form>
  );
}
