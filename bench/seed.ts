/** Conversations for the benchmarks, made through the app's own API: stored exactly as the chat stores them. */
import { randomUUID } from "node:crypto";

/** Phrases the demo model answers with tools whose results the cards draw (charts, a stack trace, a waterfall, a table). */
export const VIEW_QUESTIONS = ["Explain issue PUMP-STATION-1", "Show me trace da6caabcd90e45fdb81f6655824a5f88", "Show me the unresolved issues"];

/**
 * Each round is a question (the next of `questions`, in turn), the tool calls answering it and the
 * reply (Markdown): two stored messages.
 */
export async function seedConversation(appUrl: string, cookie: string, rounds: number, questions = ["Who am I?"]): Promise<string> {
  const id = randomUUID();
  for (let round = 0; round < rounds; round++) {
    const response = await fetch(`${appUrl}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: appUrl },
      body: JSON.stringify({
        id,
        message: {
          id: `msg_${randomUUID().slice(0, 12)}`,
          role: "user",
          parts: [{ type: "text", text: `${questions[round % questions.length]} (${round + 1})` }],
        },
      }),
    });
    const body = await response.text();
    if (!response.ok || !body.includes("tool-output-available")) throw new Error(`seeding round ${round} failed (${response.status}): ${body.slice(0, 300)}`);
  }
  return id;
}
