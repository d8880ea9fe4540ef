"use client";

import type { SLASH_COMMANDS } from "@/lib/chat/slash-commands";
import { cn } from "@/lib/utils";

type Command = (typeof SLASH_COMMANDS)[number];

/**
 * The menu above the composer while the message is `/word`. Focus stays in the textarea (its
 * `aria-activedescendant` points here); arrows move, Enter or Tab chooses, Escape closes.
 */
export function SlashMenu({ commands, active, onChoose }: { commands: Command[]; active: number; onChoose: (name: Command["name"]) => void }) {
  return (
    <ul
      id="slash-menu"
      role="listbox"
      aria-label="Commands"
      className="bg-popover text-popover-foreground absolute bottom-full left-0 mb-2 w-full overflow-hidden rounded-md border p-1 shadow-md"
    >
      {commands.map((command, index) => (
        <li
          key={command.name}
          id={`slash-command-${command.name}`}
          role="option"
          aria-selected={index === active}
          className={cn("flex cursor-pointer flex-col rounded-sm px-2 py-1.5 text-sm", index === active && "bg-accent text-accent-foreground")}
          // Keep the textarea focused: choosing happens on mouse down, before focus would move.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(command.name);
          }}
        >
          <span className="font-mono font-medium">/{command.name}</span>
          <span className="text-muted-foreground text-xs">{command.description}</span>
        </li>
      ))}
    </ul>
  );
}
