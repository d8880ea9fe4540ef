/**
 * Tokens the chat spends on the model, counted with the real o200k tokenizer (GPT-4o's): the tool
 * definitions /mcp lists, and every model request of a scripted three-turn conversation with tool
 * calls, as the chat sends it (earlier turns' tool results cut) and as it would be with the whole
 * history, and how much of each request repeats the previous one from its start (what OpenAI's
 * prompt cache can reuse). In process: the real /mcp handler against the Sentry stand-in, the
 * chat's own MCP client and model requests, recorded by the OpenAI stand-in.
 * Run with `npm run bench:tokens`.
 */
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import type { UIMessage } from "ai";
import { startChatHarness, type RecordedModelRequest } from "@/lib/chat/test-support";

const GOALS = { tools: 40, definitionTokens: 10_000 };
const ORG = "the-interstellar-jurisdiction";
const TURNS = ["Which issues are unresolved?", "Explain issue PUMP-STATION-1", "Show me trace da6caabcd90e45fdb81f6655824a5f88"];
const ISSUES_ON_A_PAGE = 10;

const fmt = (n: number) => n.toLocaleString("en-US");
const pct = (part: number, whole: number) => `${Math.floor((100 * part) / whole)}%`;

type Json = Record<string, unknown>;
type ContentPart = { type: string; text: string };

/**
 * A request as the model reads it, in order: the tools, then the instructions and each item of the
 * conversation, each tokenized on its own (as the model's prompt separates them).
 */
function promptTokens(body: Json): number[] {
  const items = (body.input ?? body.messages) as unknown[];
  return [JSON.stringify(body.tools), String(body.instructions ?? ""), ...items.map((item) => JSON.stringify(item))].flatMap((piece) => encode(piece));
}

function sharedPrefix(a: number[], b: number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Each tool call's whole result, as the conversation keeps it. */
function wholeResults(history: UIMessage[]): Map<string, ContentPart[]> {
  const results = new Map<string, ContentPart[]>();
  for (const part of history.flatMap((message) => message.parts)) {
    if (part.type === "dynamic-tool" && part.state === "output-available") {
      results.set(part.toolCallId, (part.output as { content: ContentPart[] }).content);
    }
  }
  return results;
}

/**
 * The request with the whole history: every tool result as the running reply sends it (its text
 * parts). A result that was not cut must come out exactly as sent, or this comparison is wrong.
 */
function withWholeHistory(body: Json, results: Map<string, ContentPart[]>): Json {
  const input = (body.input as Json[]).map((item) => {
    const whole = item.type === "function_call_output" ? results.get(item.call_id as string) : undefined;
    if (!whole) return item;
    const rebuilt = { ...item, output: whole.map((part) => ({ type: "input_text", text: part.text })) };
    const cut = JSON.stringify(item.output).includes("[Shortened for this request");
    if (!cut && JSON.stringify(rebuilt) !== JSON.stringify(item)) throw new Error(`the rebuilt result of ${String(item.call_id)} differs from what the chat sent`);
    return rebuilt;
  });
  return { ...body, input };
}

/** A realistic first page of issues (Sentry's published example, ten times over) instead of the stand-in's one issue. */
async function scriptIssuePage(sentry: { url: string; demoToken: string }): Promise<void> {
  const path = `/api/0/organizations/${ORG}/issues/`;
  const response = await fetch(`${sentry.url}${path}`, { headers: { authorization: `Bearer ${sentry.demoToken}` } });
  const [example] = (await response.json()) as Json[];
  const page = Array.from({ length: ISSUES_ON_A_PAGE }, (_, i) => ({
    ...example,
    id: String(i + 1),
    shortId: `PUMP-STATION-${i + 1}`,
    title: `${String(example.title)} #${i + 1}`,
  }));
  const scripted = await fetch(`${sentry.url}/__control/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ method: "GET", path, match: "exact", status: 200, body: page, count: 100 }),
  });
  if (!scripted.ok) throw new Error(`scripting the issue page failed: ${scripted.status}`);
}

const harness = await startChatHarness();
try {
  const listed = JSON.parse((await harness.listToolsRaw()).replace(/^[\s\S]*?data: /, "")) as { result: { tools: unknown[] } };
  await scriptIssuePage(harness.sentryStandIn);
  let history: UIMessage[] = [];
  const requests: Array<{ turn: number; body: Json }> = [];
  for (const [index, text] of TURNS.entries()) {
    const result = await harness.turn(history, text);
    history = result.history;
    requests.push(...result.requests.map((request: RecordedModelRequest) => ({ turn: index + 1, body: request.body })));
  }

  const toolCount = listed.result.tools.length;
  const definitionTokens = encode(JSON.stringify(requests[0].body.tools)).length;
  console.log("\nTool definitions (tools/list, as the chat sends them to the model)");
  console.log(`  tools              ${String(toolCount).padStart(7)}   goal ≥ ${GOALS.tools}${toolCount >= GOALS.tools ? "" : "  (not met)"}`);
  console.log(
    `  o200k tokens       ${fmt(definitionTokens).padStart(7)}   goal ≤ ${fmt(GOALS.definitionTokens)}` +
      `${definitionTokens <= GOALS.definitionTokens ? "" : "  (not met)"}   (${fmt(Math.round(definitionTokens / toolCount))} a tool)`,
  );
  const keys = new Set(requests.map(({ body }) => body.prompt_cache_key));
  console.log(`  prompt_cache_key   ${keys.has(undefined) ? "NOT sent" : `sent, ${keys.size === 1 ? "the same" : "DIFFERENT"} on every request`}`);

  const results = wholeResults(history);
  const sent = requests.map(({ body }) => promptTokens(body));
  const whole = requests.map(({ body }) => promptTokens(withWholeHistory(body, results)));
  console.log("\nModel requests of a three-turn conversation (o200k tokens: tools + instructions + history)");
  console.log("  goal: every request starts with the whole previous request (100% of it reusable)\n");
  console.log(`  ${"req".padEnd(5)}${"turn".padEnd(6)}${"whole history".padStart(14)}${"cut (sent)".padStart(12)}${"saved".padStart(8)}   prefix shared with the previous request, as sent`);
  requests.forEach(({ turn }, i) => {
    let shared = "—";
    if (i > 0) {
      const common = sharedPrefix(sent[i - 1], sent[i]);
      shared = `${fmt(common).padStart(6)} tokens: ${pct(common, sent[i - 1].length)} of the previous, ${pct(common, sent[i].length)} of this`;
    }
    console.log(
      `  ${String(i + 1).padEnd(5)}${String(turn).padEnd(6)}${fmt(whole[i].length).padStart(14)}${fmt(sent[i].length).padStart(12)}` +
        `${fmt(whole[i].length - sent[i].length).padStart(8)}   ${shared}`,
    );
  });
  const total = (list: number[][]) => list.reduce((sum, tokens) => sum + tokens.length, 0);
  console.log(`  ${"all".padEnd(11)}${fmt(total(whole)).padStart(14)}${fmt(total(sent)).padStart(12)}${fmt(total(whole) - total(sent)).padStart(8)}`);
  console.log("\n  A new turn cuts the previous turn's long results, so its first request shares less than all of the previous one.");
} finally {
  await harness.close();
}
