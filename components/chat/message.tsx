"use client";

import type { UIMessage } from "ai";
import { ToolCard } from "@/components/chat/tool-card";
import { cn } from "@/lib/utils";

export function Message({ message }: { message: UIMessage }) {
  const fromUser = message.role === "user";
  return (
    <div
      className={cn("flex w-full", fromUser ? "justify-end" : "justify-start")}
      data-testid={`message-${message.role}`}
    >
      <div className={cn("flex max-w-[85%] flex-col gap-2", fromUser && "bg-secondary rounded-2xl px-4 py-2")}>
        {message.parts.map((part, index) => {
          if (part.type === "text") {
            return (
              <div key={index} className="leading-relaxed whitespace-pre-wrap">
                {part.text}
              </div>
            );
          }
          if (part.type === "dynamic-tool") return <ToolCard key={part.toolCallId} part={part} />;
          return null;
        })}
      </div>
    </div>
  );
}
