/**
 * Tokens the chat spends on the model, counted with the real o200k tokenizer (GPT-4o's): the tool
 * definitions /mcp lists, and every model request of a scripted three-turn conversation with tool
 * calls, with the history as the chat sends it (earlier turns' tool results cut) and whole, and how
 * much of each request repeats the previous one from its start (what OpenAI's prompt cache reuses).
 * In process: the real /mcp handler against the Sentry stand-in, the chat's own MCP client and
 * model requests, recorded by the OpenAI stand-in. Run with `npm run bench:tokens`.
 */
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import type { UIMessage } from "ai";
import { startChatHarness, type RecordedModelRequest } from "@/lib/chat/test-support";

const GOALS = { tools: 40, definitionTokens: 10_000 };
const TURNS = ["Which issues are unresolved?", "Explain issue PUMP-STATION-1", "Show me trace da6caabcd90e45fdb81f6655824a5f88"];

/** A request as the model reads it, in order: the tools, then the instructions and conversation. */
function promptTokens(request: RecordedModelRequest): number[] {
  const { tools, instructions, input, messages } = request.body;
  return encode([JSON.stringify(tools), instructions ?? "", JSON.stringify(input ?? messages)].join("\n"));
}

function sharedPrefix(a: number[], b: number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;

async function conversation(wholeHistory: boolean): Promise<Array<{ turn: number; tokens: number[] }>> {
  const harness = await startChatHarness();
  try {
    let history: UIMessage[] = [];
    const requests: Array<{ turn: number; tokens: number[] }> = [];
    for (const [index, text] of TURNS.entries()) {
      const result = await harness.turn(history, text, { wholeHistory });
      history = result.history;
      requests.push(...result.requests.map((request) => ({ turn: index + 1, tokens: promptTokens(request) })));
    }
    return requests;
  } finally {
    await harness.close();
  }
}

const harness = await startChatHarness();
const listed = JSON.parse((await harness.listToolsRaw()).replace(/^[\s\S]*?data: /, "")) as { result: { tools: unknown[] } };
const first = await harness.turn([], TURNS[0]);
await harness.close();
const definitions = JSON.stringify(first.requests[0].body.tools);
const definitionTokens = encode(definitions).length;
const toolCount = listed.result.tools.length;

console.log("\nTool definitions (tools/list, as the chat sends them to the model)");
console.log(`  tools              ${String(toolCount).padStart(7)}   goal ≥ ${GOALS.tools}${toolCount >= GOALS.tools ? "" : "  (not met)"}`);
console.log(
  `  o200k tokens       ${fmt(definitionTokens).padStart(7)}   goal ≤ ${fmt(GOALS.definitionTokens)}${definitionTokens <= GOALS.definitionTokens ? "" : "  (not met)"}` +
    `   (${fmt(Math.round(definitionTokens / toolCount))} a tool)`,
);
console.log(`  prompt_cache_key   ${first.requests[0].body.prompt_cache_key ? "sent" : "NOT sent"}`);

const cut = await conversation(false);
const whole = await conversation(true);
console.log(`\nModel requests of a three-turn conversation (o200k tokens of tools + instructions + history)`);
console.log("  goal: each request starts with the whole previous request (100% reusable)\n");
console.log(`  ${"req".padEnd(5)}${"turn".padEnd(6)}${"whole history".padStart(14)}${"cut (sent)".padStart(12)}${"saved".padStart(8)}   prefix shared with previous request (cut | whole)`);
let totals = { whole: 0, cut: 0 };
cut.forEach((request, index) => {
  const uncut = whole[index];
  totals = { whole: totals.whole + uncut.tokens.length, cut: totals.cut + request.tokens.length };
  const shared = (list: typeof cut) => {
    if (index === 0) return "—";
    const previous = list[index - 1].tokens;
    const common = sharedPrefix(previous, list[index].tokens);
    return `${fmt(common)} = ${pct(common, previous.length)} of previous, ${pct(common, list[index].tokens.length)} of this`;
  };
  console.log(
    `  ${String(index + 1).padEnd(5)}${String(request.turn).padEnd(6)}${fmt(uncut.tokens.length).padStart(14)}${fmt(request.tokens.length).padStart(12)}` +
      `${fmt(uncut.tokens.length - request.tokens.length).padStart(8)}   ${shared(cut)} | ${shared(whole)}`,
  );
});
console.log(`  ${"all".padEnd(11)}${fmt(totals.whole).padStart(14)}${fmt(totals.cut).padStart(12)}${fmt(totals.whole - totals.cut).padStart(8)}`);
