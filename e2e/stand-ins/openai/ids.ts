// OpenAI-looking identifiers.
import { randomBytes } from "node:crypto";

const ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function alnum(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += ALPHANUM[b % ALPHANUM.length];
  return out;
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

export const newId = {
  response: () => `resp_${hex(24)}`,
  message: () => `msg_${hex(24)}`,
  functionCall: () => `fc_${hex(24)}`,
  callId: () => `call_${alnum(24)}`,
  chatCompletion: () => `chatcmpl-${alnum(29)}`,
  request: () => `req_${hex(16)}`,
};

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
