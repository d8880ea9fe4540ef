"use client";

import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useHistory } from "@/components/history/history-provider";
import { Input } from "@/components/ui/input";
import { titleProblem } from "@/lib/conversations/title";
import type { Conversation } from "@/lib/db/conversations";
import { AppError } from "@/lib/errors";

/**
 * Inline rename: Enter or leaving the field saves, Escape keeps the old title. No `maxLength`: it
 * counts UTF-16 units and would silently cut a title of emoji short; the check says what is wrong.
 */
export function RenameField({ conversation, onDone }: { conversation: Conversation; onDone: () => void }) {
  const history = useHistory();
  const [title, setTitle] = useState(conversation.title);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const problemId = useId();
  // Enter saves and then the field blurs; Escape closes it and then it blurs: act once.
  const busy = useRef(false);

  function finish() {
    busy.current = true;
    onDone();
  }

  async function save() {
    if (busy.current) return;
    const trimmed = title.trim();
    if (trimmed === conversation.title) return finish();
    const invalid = titleProblem(trimmed);
    if (invalid) return setProblem(invalid);
    busy.current = true;
    setSaving(true);
    try {
      await history?.rename(conversation.id, trimmed);
      finish();
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError("internal");
      // The server's validation speaks about this field; anything else is not about what was typed.
      if (appError.code === "bad_request") {
        busy.current = false;
        setSaving(false);
        setProblem(appError.message);
      } else {
        toast.error(appError.message);
        finish();
      }
    }
  }

  return (
    <form
      className="px-1 py-1"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Input
        // The person just chose "Rename": typing goes straight into the title.
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            finish();
          }
        }}
        onBlur={() => void save()}
        aria-label="Conversation title"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        readOnly={saving}
        className="h-8"
      />
      {problem && (
        <p id={problemId} role="alert" className="text-destructive px-1 pt-1 text-xs">
          {problem}
        </p>
      )}
    </form>
  );
}
