"use client";

import { useEffect, useState } from "react";
import type { McpMetadata } from "@/lib/mcp/metadata";

let cached: Promise<McpMetadata> | null = null;

/** The tools and prompts, fetched once per page (the response is also HTTP-cached with an ETag). */
export function useMetadata(enabled: boolean): { metadata: McpMetadata | null; failed: boolean } {
  const [state, setState] = useState<{ metadata: McpMetadata | null; failed: boolean }>({ metadata: null, failed: false });
  useEffect(() => {
    if (!enabled) return;
    cached ??= fetch("/api/metadata").then((response) => {
      if (!response.ok) throw new Error(`metadata ${response.status}`);
      return response.json() as Promise<McpMetadata>;
    });
    let live = true;
    cached.then(
      (metadata) => live && setState({ metadata, failed: false }),
      () => {
        cached = null;
        if (live) setState({ metadata: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
