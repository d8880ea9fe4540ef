import type { Constraints } from "@/lib/mcp/constraints";
import { toolsetNames, type Toolset } from "@/lib/mcp/toolsets";

/** One choice of the consent page's "which organizations" field. */
export type PinOption = { value: string; label: string };

/**
 * What the consent page (app/oauth/authorize) shows. The worker builds it after the OAuth library
 * has validated the request and bound a consent handle to this browser, and hands it to the page
 * in a request header only the worker can set.
 */
export type ConsentView =
  | {
      kind: "consent";
      handle: string;
      resource: string;
      clientName: string;
      /** A Client ID Metadata Document client's verified domain; absent for a self-registered client. */
      clientDomain?: string;
      logoUri?: string;
      redirectHost: string;
      redirectIsLoopback: boolean;
      /** This person has not connected this client before. */
      firstTime: boolean;
      /** Whether the deployment lets a grant write at all. */
      writeAvailable: boolean;
      /** The URL the client connects to pins this organization/project; the choice is fixed. */
      pinned: Constraints;
      pinOptions: PinOption[];
      /** The tool groups a grant can be narrowed to (`core` is always included), with what each holds. */
      toolsetOptions: Array<{ name: Toolset; description: string }>;
    }
  | { kind: "error"; title: string; message: string };

export const CONSENT_VIEW_HEADER = "x-sentry-chat-consent-view";

export function encodeConsentView(view: ConsentView): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(view))));
}

export function decodeConsentView(value: string | null): ConsentView | null {
  if (!value) return null;
  try {
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)))) as ConsentView;
  } catch {
    return null;
  }
}

/** The pin a consent form's "target" field names: `all`, `org:<slug>` or `project:<org>/<project>`. */
export function pinValue(constraints: Constraints): string {
  if (constraints.organization && constraints.project) return `project:${constraints.organization}/${constraints.project}`;
  if (constraints.organization) return `org:${constraints.organization}`;
  return "all";
}

export function parsePinValue(value: string): Constraints | null {
  if (value === "all") return {};
  const org = /^org:([A-Za-z0-9_.-]{1,100})$/.exec(value);
  if (org) return { organization: org[1] };
  const project = /^project:([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
  if (project) return { organization: project[1], project: project[2] };
  return null;
}

/** A consent choice may only narrow what the URL pins, never widen it. */
export function withinPin(choice: Constraints, pinned: Constraints): boolean {
  if (pinned.organization && choice.organization !== pinned.organization) return false;
  if (pinned.project && choice.project !== pinned.project) return false;
  return true;
}

/**
 * The consent form's "which tools" choice: no group ticked grants every tool (including tools added
 * later); ticked groups grant those and `core`. Null when a ticked name is not a group.
 */
export function parseToolsetChoice(ticked: string[]): { toolsets?: Toolset[] } | null {
  if (ticked.length === 0) return {};
  if (!ticked.every((name) => toolsetNames.includes(name as Toolset))) return null;
  return { toolsets: toolsetNames.filter((name) => name === "core" || ticked.includes(name)) };
}
