// Scripting for the OpenAI stand-in: rules, step selection, templates, chunking.
// Pure logic (no I/O) so it can be unit-tested and shared by both wire APIs.

export interface ToolCallSpec {
  name: string;
  arguments?: Record<string, unknown>;
}

/** One model turn. `text` and `toolCalls` may be combined (text first, then the calls). */
export interface Step {
  text?: string;
  toolCalls?: ToolCallSpec[];
  /** Explicit chunking of `text` (default: word by word). */
  chunks?: string[];
  /** Delay before the first content/arguments delta (envelope events are sent immediately). */
  firstTokenDelayMs?: number;
  /** Delay between consecutive deltas. */
  chunkDelayMs?: number;
}

export interface Rule {
  /** Case-insensitive substring (or regex source when `regex` is true) tested on the last user message. */
  match: string;
  regex?: boolean;
  steps: Step[];
  /** Removed once its final step has been served. */
  once?: boolean;
}

export interface ToolOutput {
  callId: string;
  name?: string;
  output: string;
}

/** What the script needs to know about a request (normalised across both APIs). */
export interface Conversation {
  lastUserMessage: string;
  /** Tools the model may call (empty when none are offered or tool_choice is "none"). */
  callableTools: string[];
  /** All tool results in the request, in order. */
  toolOutputs: ToolOutput[];
  /** Number of tool-result groups after the last user message (= step index). */
  toolRounds: number;
}

export type PlannedItem =
  | { type: "text"; text: string; chunks: string[] }
  | { type: "call"; name: string; arguments: string; chunks: string[] };

export interface Plan {
  items: PlannedItem[];
  firstTokenDelayMs: number;
  chunkDelayMs: number;
}

export const DONE_TEXT = "Done.";

export const OFFLINE_HELP_TEXT = [
  "Hi! I'm the **offline demo model** — no real AI is connected, so I only understand a few phrases:",
  "",
  '- **"Who am I?"** — shows your Sentry user',
  '- **"Show me the projects in my organization"** — lists its projects',
  '- **"Show me the unresolved issues"** — lists unresolved issues',
  '- **"Explain issue PUMP-STATION-1"** — the issue\'s details with its stack trace',
  '- **"Show me trace da6caabcd90e45fdb81f6655824a5f88"** — a trace\'s spans',
  '- **"What broke after the latest release?"** — the latest releases',
  '- **"Resolve issue PUMP-STATION-1"** — a change that asks for your approval first',
  "",
  "Try one of those!",
].join("\n");

/** A model's way to a tool that needs an organization: find the organization, then call the tool with its slug. */
function inOrganization(name: string, args: Record<string, unknown>, intro: string): Step[] {
  return [
    { toolCalls: [{ name: "find_organizations", arguments: {} }] },
    { toolCalls: [{ name, arguments: { organizationSlug: "{{slug}}", ...args } }] },
    { text: `${intro}\n\n{{tool_output}}` },
  ];
}

/** Built-in rules, used when no scripted rule matches (the offline demo). */
export const BUILT_IN_RULES: readonly Rule[] = [
  {
    match: "who\\s*am\\s*i",
    regex: true,
    steps: [
      { toolCalls: [{ name: "whoami", arguments: {} }] },
      { text: "Here is what Sentry says about you:\n\n{{tool_output}}" },
    ],
  },
  {
    match: "\\bresolve\\s+issue",
    regex: true,
    steps: inOrganization("update_issue", { issueId: "PUMP-STATION-1", status: "resolved" }, "Done — here is the issue now:"),
  },
  {
    match: "explain issue",
    steps: inOrganization("get_issue_details", { issueId: "PUMP-STATION-1" }, "Here is the issue, with its stack trace:"),
  },
  {
    match: "\\bshow\\s+me\\s+trace\\b",
    regex: true,
    steps: inOrganization("get_trace_details", { traceId: "da6caabcd90e45fdb81f6655824a5f88" }, "Here is the trace:"),
  },
  {
    match: "\\bthe\\s+latest\\s+release\\b",
    regex: true,
    steps: inOrganization("find_releases", {}, "Here are the latest releases; open one to see what changed:"),
  },
  {
    match: "projects",
    steps: inOrganization("find_projects", {}, "Here are the projects in your organization:"),
  },
  {
    match: "issues",
    steps: inOrganization("search_issues", { query: "is:unresolved" }, "Here are the unresolved issues:"),
  },
  { match: "", steps: [{ text: OFFLINE_HELP_TEXT }] },
];

export function ruleMatches(rule: Rule, message: string): boolean {
  if (rule.regex) {
    try {
      return new RegExp(rule.match, "i").test(message);
    } catch {
      return false;
    }
  }
  return message.toLowerCase().includes(rule.match.toLowerCase());
}

/** Word-by-word split; each word keeps its following whitespace. Concatenation === input. */
export function splitWords(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Splits tool-call arguments JSON into small fragments (by code point, never mid-surrogate). */
export function splitArguments(json: string, size = 12): string[] {
  const points = Array.from(json);
  const out: string[] = [];
  for (let i = 0; i < points.length; i += size) out.push(points.slice(i, i + size).join(""));
  return out;
}

function textOfPart(part: unknown): string | undefined {
  if (part && typeof part === "object" && typeof (part as { text?: unknown }).text === "string") {
    const type = (part as { type?: unknown }).type;
    if (type === undefined || type === "text" || type === "input_text" || type === "output_text") {
      return (part as { text: string }).text;
    }
  }
  return undefined;
}

/**
 * Human text of a tool result: MCP-like `{content:[{type:"text",text}]}` or an array of such
 * parts → the concatenated texts; a JSON string value → that string; anything else → raw.
 */
export function toolOutputText(raw: string): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (typeof value === "string") return value;
  const parts = Array.isArray(value)
    ? value
    : value && typeof value === "object" && Array.isArray((value as { content?: unknown }).content)
      ? ((value as { content: unknown[] }).content)
      : undefined;
  if (parts && parts.length > 0) {
    const texts = parts.map(textOfPart);
    if (texts.every((t) => t !== undefined)) return texts.join("");
  }
  return raw;
}

export interface TemplateContext {
  toolOutput: string;
  userMessage: string;
  /** The first slug in the last tool output (`slug \`acme\``), as find_organizations lists them. */
  slug?: string;
}

export function applyTemplates(s: string, ctx: TemplateContext): string {
  return s.replace(/\{\{\s*(tool_output|user_message|slug)\s*\}\}/g, (_m, key: string) =>
    key === "tool_output" ? ctx.toolOutput : key === "slug" ? (ctx.slug ?? "") : ctx.userMessage,
  );
}

/** A tool error as the model receives it: an MCP result marked isError, or the SDK's error text. */
function isToolError(raw: string): boolean {
  if (/^"?MCP error -?\d+/.test(raw)) return true;
  try {
    const value: unknown = JSON.parse(raw);
    return Boolean(value && typeof value === "object" && (value as { isError?: unknown }).isError === true);
  } catch {
    return false;
  }
}

/** What a model says about a failed tool call: in words, never the raw error alone. */
export function toolFailureText(name: string | undefined, raw: string): string {
  const reason = toolOutputText(raw).replace(/^MCP error -?\d+:\s*/, "").trim();
  const tool = name ? `The \`${name}\` tool` : "The tool";
  return `${tool} failed, so I can't answer that yet. It said: ${reason || "no reason given"}.`;
}

function toolOutputContext(last: ToolOutput | undefined): Pick<TemplateContext, "toolOutput" | "slug"> {
  if (!last) return { toolOutput: "" };
  if (isToolError(last.output)) return { toolOutput: toolFailureText(last.name, last.output) };
  const toolOutput = toolOutputText(last.output);
  return { toolOutput, slug: /\bslug `([^`]+)`/.exec(toolOutput)?.[1] };
}

function templateDeep(value: unknown, ctx: TemplateContext): unknown {
  if (typeof value === "string") return applyTemplates(value, ctx);
  if (Array.isArray(value)) return value.map((v) => templateDeep(v, ctx));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, templateDeep(v, ctx)]));
  }
  return value;
}

function textPlan(text: string, chunks?: string[]): PlannedItem {
  return { type: "text", text: chunks ? chunks.join("") : text, chunks: chunks ?? splitWords(text) };
}

/** Turns one step into the concrete output items for this request. */
export function planStep(step: Step, conv: Conversation): Plan {
  const last = conv.toolOutputs[conv.toolOutputs.length - 1];
  const ctx: TemplateContext = { ...toolOutputContext(last), userMessage: conv.lastUserMessage };
  const pacing = {
    firstTokenDelayMs: Math.max(0, step.firstTokenDelayMs ?? 0),
    chunkDelayMs: Math.max(0, step.chunkDelayMs ?? 0),
  };
  const calls = step.toolCalls ?? [];
  const missing = calls.find((c) => !conv.callableTools.includes(c.name));
  if (missing) {
    return { ...pacing, items: [textPlan(`(offline model) The tool ${missing.name} is not available.`)] };
  }
  const items: PlannedItem[] = [];
  if (step.text !== undefined || step.chunks !== undefined) {
    const chunks = step.chunks?.map((c) => applyTemplates(c, ctx));
    items.push(textPlan(applyTemplates(step.text ?? "", ctx), chunks));
  }
  for (const call of calls) {
    const args = JSON.stringify(templateDeep(call.arguments ?? {}, ctx));
    items.push({ type: "call", name: call.name, arguments: args, chunks: splitArguments(args) });
  }
  if (items.length === 0) items.push(textPlan(""));
  return { ...pacing, items };
}

/** Scripted rules (checked before the built-ins) and reply selection. */
export class Script {
  #rules: Rule[] = [];

  /** Prepends rules: the newest batch is checked first, each batch in its own order. */
  add(rules: Rule[]): void {
    this.#rules = [...rules, ...this.#rules];
  }

  reset(): void {
    this.#rules = [];
  }

  get rules(): readonly Rule[] {
    return this.#rules;
  }

  reply(conv: Conversation): Plan {
    const message = conv.lastUserMessage;
    const rule =
      this.#rules.find((r) => ruleMatches(r, message)) ?? BUILT_IN_RULES.find((r) => ruleMatches(r, message));
    if (!rule) return planStep({ text: OFFLINE_HELP_TEXT }, conv);
    const index = conv.toolRounds;
    if (rule.once && index >= rule.steps.length - 1) {
      this.#rules = this.#rules.filter((r) => r !== rule);
    }
    const step = rule.steps[index];
    return step ? planStep(step, conv) : planStep({ text: DONE_TEXT }, conv);
  }
}

/** Rough completion size in tokens (chars / 4), used for usage reporting. */
export function planOutputTokens(plan: Plan): number {
  const chars = plan.items.reduce((n, i) => n + (i.type === "text" ? i.text.length : i.name.length + i.arguments.length), 0);
  return Math.max(1, Math.ceil(chars / 4));
}
