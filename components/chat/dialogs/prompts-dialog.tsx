"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { useMetadata } from "@/components/chat/use-metadata";
import { InlineCode } from "@/components/inline-code";
import type { PromptMetadata as PromptChipMetadata } from "@/lib/chat/prompt-chip";
import { parseErrorBody } from "@/lib/errors";
import type { PromptMetadata } from "@/lib/mcp/metadata";
import type { ReturnFocus } from "@/components/dialog-focus";

/** The prompt's full text (what the model gets) and the chip the conversation shows for it. */
export type SubmitPrompt = (text: string, chip: PromptChipMetadata) => void;

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw parseErrorBody(json, response.status);
  return json as T;
}

/** Suggestions from Sentry for an argument as the person types (organization, project). */
function useSuggestions(prompt: string, argument: string, value: string, values: Record<string, string>) {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const context = JSON.stringify(values);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      postJson<{ values: string[] }>("/api/prompts/complete", { prompt, argument, value, arguments: JSON.parse(context) })
        .then((result) => live && setSuggestions(result.values))
        .catch(() => live && setSuggestions([]));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [prompt, argument, value, context]);
  return suggestions;
}

function ArgumentField(props: {
  prompt: string;
  name: string;
  title: string;
  description: string | null;
  required: boolean;
  values: Record<string, string>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const value = props.values[props.name] ?? "";
  const suggestions = useSuggestions(props.prompt, props.name, value, props.values);
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {props.title}
        {props.required && (
          <span className="text-destructive" aria-hidden>
            {" "}*
          </span>
        )}
      </label>
      <Input
        id={id}
        value={value}
        required={props.required}
        list={`${id}-suggestions`}
        autoComplete="off"
        aria-describedby={props.description ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={`${id}-suggestions`} data-testid={`suggestions-${props.name}`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {props.description && (
        <p id={`${id}-hint`} className="text-muted-foreground text-xs">
          <InlineCode text={props.description} />
        </p>
      )}
    </div>
  );
}

/** What a sent prompt stores with its message: the given arguments, in the prompt's order. */
function chipOf(prompt: PromptMetadata, values: Record<string, string>): PromptChipMetadata {
  const given = prompt.arguments.flatMap(({ name }) => (values[name]?.trim() ? [{ name, value: values[name].trim() }] : []));
  return { prompt: { name: prompt.name, title: prompt.title, arguments: given } };
}

function PromptForm({ prompt, onSubmit, onBack }: { prompt: PromptMetadata; onSubmit: SubmitPrompt; onBack: () => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="grid gap-4"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          const chip = chipOf(prompt, values);
          const given = Object.fromEntries(chip.prompt.arguments.map((argument) => [argument.name, argument.value]));
          const { text } = await postJson<{ text: string }>("/api/prompts/render", { prompt: prompt.name, arguments: given });
          onSubmit(text, chip);
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : "The prompt could not be prepared.");
        }
      }}
    >
      <p className="text-muted-foreground text-sm">
        <InlineCode text={prompt.description} />
      </p>
      {prompt.arguments.map((argument) => (
        <ArgumentField
          key={argument.name}
          prompt={prompt.name}
          {...argument}
          values={values}
          onChange={(value) => setValues((current) => ({ ...current, [argument.name]: value }))}
        />
      ))}
      {error && <p role="alert" className="text-destructive text-sm">{error}</p>}
      <p className="text-muted-foreground text-xs">* required</p>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onBack}>
          Back
        </Button>
        <Button type="submit">Send</Button>
      </DialogFooter>
    </form>
  );
}

/** `/prompts`: pick a prompt template, fill in its arguments, send the result as a message. */
export function PromptsDialog({
  open,
  onOpenChange,
  onSubmit,
  onCloseAutoFocus,
}: { open: boolean; onOpenChange: (open: boolean) => void; onSubmit: SubmitPrompt } & ReturnFocus) {
  const { metadata, failed } = useMetadata(open);
  const [chosen, setChosen] = useState<PromptMetadata | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setChosen(null);
        onOpenChange(next);
      }}
    >
      <DialogContent className="max-h-[85dvh] overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{chosen ? chosen.title : "Prompts"}</DialogTitle>
          <DialogDescription>{chosen ? "Fill in the details; the assistant gets the full prompt." : "Start from a template; you fill in the details."}</DialogDescription>
        </DialogHeader>
        {failed && <p role="alert">The prompts could not be loaded. Try again.</p>}
        {chosen ? (
          <PromptForm
            prompt={chosen}
            onBack={() => setChosen(null)}
            onSubmit={(text, chip) => {
              setChosen(null);
              onSubmit(text, chip);
            }}
          />
        ) : (
          <ul className="grid gap-2" aria-label="Prompts">
            {metadata?.prompts.map((prompt) => (
              <li key={prompt.name}>
                <Button variant="outline" className="h-auto w-full flex-col items-start gap-0.5 py-2 text-left whitespace-normal" onClick={() => setChosen(prompt)}>
                  <span className="font-medium">{prompt.title}</span>
                  <span className="text-muted-foreground text-xs font-normal">
                    <InlineCode text={prompt.description} />
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </DialogContent>
    </Dialog>
  );
}
