"use client";

import { CopyIcon } from "lucide-react";
import { useId } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A value to paste into an MCP client: read-only, so it scrolls and selects like text, with Copy beside it. */
function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(`${label} copied`);
    } catch {
      // The clipboard is refused outside secure contexts and without permission; the field still selects.
      toast.error("Copying is not allowed here: select the text and copy it.");
    }
  }
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} className="font-mono text-xs md:text-xs" onFocus={(event) => event.target.select()} />
        <Button variant="outline" size="icon" aria-label={`Copy ${label}`} onClick={() => void copy()}>
          <CopyIcon />
        </Button>
      </div>
    </div>
  );
}

/** The empty state of "Connected apps": how an MCP client connects to this server. */
export function HowToConnect({ mcpUrl }: { mcpUrl: string }) {
  return (
    <div className="space-y-4 text-sm">
      <p>No apps are connected.</p>
      <p className="text-muted-foreground">
        To use Sentry from an MCP client such as Claude Code, Cursor or VS Code, add this server by its address. The client then
        opens a page here where you choose what it may do.
      </p>
      <CopyField label="Server address" value={mcpUrl} />
      <CopyField label="Claude Code command" value={`claude mcp add --transport http sentry ${mcpUrl}`} />
    </div>
  );
}
