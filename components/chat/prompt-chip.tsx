import { SparklesIcon } from "lucide-react";
import type { PromptChip } from "@/lib/chat/prompt-chip";

/** A sent prompt, compact: its title and the values given ("Explain an issue · PROJ-123"). */
export function PromptChipView({ chip }: { chip: PromptChip }) {
  return (
    <p className="flex flex-wrap items-center gap-x-1.5 text-sm" data-testid="prompt-chip">
      <SparklesIcon className="size-3.5 shrink-0" aria-hidden />
      <span className="font-medium">{chip.title}</span>
      {chip.arguments.map((argument) => (
        <span key={argument.name} className="break-all">
          {` · ${argument.value}`}
        </span>
      ))}
    </p>
  );
}
