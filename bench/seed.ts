/** Conversations for the benchmarks, made through the app's own API: stored exactly as the chat stores them. */
import { randomUUID } from "node:crypto";

/** Each round is a question, a whoami tool call and the reply (Markdown): two stored messages. */
export async function seedConversation(appUrl: string, cookie: string, rounds: number): Promise<string> {
  const id = randomUUID();
  for (let round = 0; round < rounds; round++) {
    const response = await fetch(`${appUrl}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: appUrl },
      body: JSON.stringify({
        id,
        message: { id: `msg_${randomUUID().slice(0, 12)}`, role: "user", parts: [{ type: "text", text: `Who am I? (${round + 1})` }] },
      }),
    });
    const body = await response.text();
    if (!response.ok || !body.includes("tool-output-available")) throw new Error(`seeding round ${round} failed (${response.status}): ${body.slice(0, 300)}`);
  }
  return id;
}
