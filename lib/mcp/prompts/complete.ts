import { completable } from "@modelcontextprotocol/server";
import { z } from "zod";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { listOrganizations } from "@/lib/sentry/organizations";
import { listOrganizationProjects } from "@/lib/sentry/projects";

const MAX_SUGGESTIONS = 20;
const startsWith = (prefix: string) => (slug: string) => slug.toLowerCase().startsWith(prefix.toLowerCase());

/** Suggestions for one value, given the other arguments already filled in. */
export type Completer = (value: string, context?: { arguments?: Record<string, string> }) => Promise<string[]>;

/** The completer of each argument schema built here: the MCP server and `/api/prompts/complete` both ask it. */
const completers = new WeakMap<object, Completer>();

function withCompleter<Schema extends z.ZodType<string | undefined>>(schema: Schema, complete: Completer): Schema {
  completers.set(schema, complete);
  return completable(schema, complete as Parameters<typeof completable<Schema>>[1]);
}

/** The completer an argument schema was built with, if any. */
export function completerOf(schema: object): Completer | undefined {
  return completers.get(schema);
}

/** The user's organization slugs starting with `value` (the pinned one only, under `/mcp/<org>`). */
export function organizationCompleter(context: PromptContext): Completer {
  return async (value) => {
    if (context.constraints.organization) return [context.constraints.organization];
    const { items } = await listOrganizations(context.sentry).catch(() => ({ items: [] }));
    return items.map((org) => org.slug).filter(startsWith(value ?? "")).slice(0, MAX_SUGGESTIONS);
  };
}

/** The chosen organization's project slugs starting with `value` (the pinned one only, under `/mcp/<org>/<project>`). */
export function projectCompleter(context: PromptContext): Completer {
  return async (value, request) => {
    if (context.constraints.project) return [context.constraints.project];
    const organization = context.constraints.organization ?? request?.arguments?.organization;
    if (!organization) return [];
    const { items } = await listOrganizationProjects(context.sentry, organization).catch(() => ({ items: [] }));
    return items.map((project) => project.slug).filter(startsWith(value ?? "")).slice(0, MAX_SUGGESTIONS);
  };
}

/** An `organization` argument whose completions are the user's organization slugs. */
export function organizationArgument(context: PromptContext) {
  return withCompleter(z.string().meta({ title: "Organization", description: "Organization slug, e.g. `acme`." }), organizationCompleter(context));
}

/** A `project` argument whose completions are the chosen organization's project slugs. */
export function projectArgument(context: PromptContext, options: { optional: boolean }) {
  const meta = { title: "Project", description: "Project slug, e.g. `backend`." };
  const complete = projectCompleter(context);
  if (!options.optional) return withCompleter(z.string().meta(meta), complete);
  // The SDK completes an optional argument through the schema inside `.optional()`; the description
  // and title go on the outermost schema, where MCP clients read them.
  const schema = withCompleter(z.string(), complete).optional().meta(meta);
  completers.set(schema, complete);
  return schema as unknown as z.ZodString;
}
