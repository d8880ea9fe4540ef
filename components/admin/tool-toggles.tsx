"use client";

import { InlineCode } from "@/components/inline-code";
import { Field, FieldContent, FieldDescription, FieldLegend, FieldSet } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { AdminTool } from "@/lib/admin/settings-view";
import { withoutBackticks } from "@/lib/inline-code";

type Props = {
  tools: AdminTool[];
  disabled: string[];
  writesOn: boolean;
  onChange: (disabled: string[]) => void;
};

/** One switch per tool of the live registry; write tools are marked, and noted when writes are off altogether. */
export function ToolToggles({ tools, disabled, writesOn, onChange }: Props) {
  const toggle = (name: string, on: boolean) =>
    onChange(on ? disabled.filter((tool) => tool !== name) : [...disabled, name].sort());
  return (
    <FieldSet>
      <FieldLegend>Tools</FieldLegend>
      <FieldDescription>
        A tool turned off is not offered to the assistant, and <code>/mcp</code> refuses it for every client.
      </FieldDescription>
      <ul className="divide-y rounded-md border" aria-label="Tools">
        {tools.map((tool) => {
          const id = `tool-${tool.name}`;
          return (
            <li key={tool.name} className="px-3 py-2">
              <Field orientation="horizontal" className="items-start gap-4">
                <FieldContent>
                  <Label htmlFor={id} className="font-mono">
                    {tool.name}
                    {tool.write && (
                      <span className="rounded bg-amber-100 px-1.5 font-sans text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-50">write</span>
                    )}
                  </Label>
                  {/* Two lines show; the whole description stays in the accessible description. */}
                  <FieldDescription id={`${id}-description`} className="line-clamp-2" title={withoutBackticks(tool.description)}>
                    <InlineCode text={tool.description} />
                  </FieldDescription>
                  {tool.write && !writesOn && <FieldDescription>(Off while write tools are not allowed.)</FieldDescription>}
                </FieldContent>
                <Switch
                  id={id}
                  aria-describedby={`${id}-description`}
                  checked={!disabled.includes(tool.name)}
                  onCheckedChange={(on) => toggle(tool.name, on)}
                />
              </Field>
            </li>
          );
        })}
      </ul>
    </FieldSet>
  );
}
