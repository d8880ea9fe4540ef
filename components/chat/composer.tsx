"use client";

import { ArrowUpIcon, SquareIcon } from "lucide-react";
import { useState, type RefObject } from "react";
import { SlashMenu } from "@/components/chat/slash-menu";
import { Button } from "@/components/ui/button";
import { MESSAGE_BOX_ID } from "@/components/dialog-focus";
import { Textarea } from "@/components/ui/textarea";
import { MAX_MESSAGE_CHARS } from "@/lib/chat/request";
import { matchCommands, type SlashCommandName } from "@/lib/chat/slash-commands";

type Props = {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  onCommand: (command: SlashCommandName) => void;
  onStop: () => void;
  busy: boolean;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
};

/** The message box: Enter sends, Shift+Enter breaks the line, `/` opens the command menu. */
export function Composer({ value, onChange, onSend, onCommand, onStop, busy, inputRef }: Props) {
  const commands = matchCommands(value);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const menuOpen = commands.length > 0 && dismissed !== value;
  const highlighted = Math.min(active, commands.length - 1);

  function choose(command: SlashCommandName) {
    onChange("");
    setActive(0);
    onCommand(command);
  }

  function submit() {
    const text = value.trim();
    if (!text || busy) return;
    onSend(text);
  }

  return (
    <form
      className="mx-auto flex w-full max-w-3xl items-end gap-2 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {/* The menu opens above the box itself: the same left edge and width. */}
      <div className="relative min-w-0 flex-1">
        {menuOpen && <SlashMenu commands={commands} active={highlighted} onChoose={choose} />}
          <Textarea
          ref={inputRef}
          id={MESSAGE_BOX_ID}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing) return;
            if (menuOpen) {
              if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                const step = event.key === "ArrowDown" ? 1 : -1;
                setActive((highlighted + step + commands.length) % commands.length);
                return;
              }
              if (event.key === "Enter" || event.key === "Tab") {
                event.preventDefault();
                choose(commands[highlighted].name);
                return;
              }
              if (event.key === "Escape") {
                event.preventDefault();
                setDismissed(value);
                return;
              }
            }
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              submit();
            }
          }}
          placeholder="Ask about your Sentry data, or type / for commands…"
          aria-label="Message"
          aria-controls={menuOpen ? "slash-menu" : undefined}
          aria-expanded={menuOpen}
          aria-activedescendant={menuOpen ? `slash-command-${commands[highlighted].name}` : undefined}
          aria-autocomplete="list"
          role="combobox"
          maxLength={MAX_MESSAGE_CHARS}
          rows={1}
          className="max-h-48 min-h-10 resize-none"
        />
      </div>
      {busy ? (
        <Button type="button" size="icon" variant="secondary" aria-label="Stop" onClick={onStop}>
          <SquareIcon />
        </Button>
      ) : (
        <Button type="submit" size="icon" aria-label="Send" disabled={!value.trim()}>
          <ArrowUpIcon />
        </Button>
      )}
    </form>
  );
}
