"use client";

import { Button } from "@/components/ui/button";

const STARTERS = [
  "What are my most frequent unresolved issues this week?",
  "What broke after the latest release?",
  "Show me the projects in my organization",
  "Who am I signed in as?",
];

/** Suggestions on an empty chat: one click sends the question. */
export function Starters({ onPick }: { onPick: (text: string) => void }) {
  return (
    <div className="mx-auto mt-12 flex max-w-xl flex-col items-center gap-4 text-center">
      <h2 className="text-xl font-semibold">What do you want to know about your Sentry data?</h2>
      <p className="text-muted-foreground text-sm">Ask in your own words, or type <kbd>/</kbd> for commands and prompt templates.</p>
      <div className="grid w-full gap-2 sm:grid-cols-2">
        {STARTERS.map((text) => (
          <Button key={text} variant="outline" className="h-auto justify-start py-2 text-left whitespace-normal" onClick={() => onPick(text)}>
            {text}
          </Button>
        ))}
      </div>
    </div>
  );
}
