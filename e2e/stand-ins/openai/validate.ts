// Validation of rules posted to POST /__control/script.
import type { Rule, Step } from "./script.ts";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function validateStep(raw: unknown, where: string): Step {
  if (!isRecord(raw)) throw new Error(`${where}: a step must be an object`);
  const step: Step = {};
  if (raw.text !== undefined) {
    if (typeof raw.text !== "string") throw new Error(`${where}.text must be a string`);
    step.text = raw.text;
  }
  if (raw.chunks !== undefined) {
    if (!Array.isArray(raw.chunks) || !raw.chunks.every((c) => typeof c === "string")) {
      throw new Error(`${where}.chunks must be an array of strings`);
    }
    step.chunks = raw.chunks as string[];
  }
  if (raw.toolCalls !== undefined) {
    if (!Array.isArray(raw.toolCalls) || raw.toolCalls.length === 0) {
      throw new Error(`${where}.toolCalls must be a non-empty array`);
    }
    step.toolCalls = raw.toolCalls.map((c, i) => {
      if (!isRecord(c) || typeof c.name !== "string" || c.name === "") {
        throw new Error(`${where}.toolCalls[${i}].name must be a non-empty string`);
      }
      if (c.arguments !== undefined && !isRecord(c.arguments)) {
        throw new Error(`${where}.toolCalls[${i}].arguments must be an object`);
      }
      return { name: c.name, arguments: (c.arguments as Record<string, unknown> | undefined) ?? {} };
    });
  }
  for (const key of ["firstTokenDelayMs", "chunkDelayMs"] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new Error(`${where}.${key} must be a number >= 0`);
    step[key] = v;
  }
  if (step.text === undefined && step.chunks === undefined && step.toolCalls === undefined) {
    throw new Error(`${where}: a step needs "text", "chunks" or "toolCalls"`);
  }
  return step;
}

/** Validates the body of POST /__control/script; throws with a readable message. */
export function validateRules(raw: unknown): Rule[] {
  if (!Array.isArray(raw)) throw new Error('"rules" must be an array');
  return raw.map((r, i) => {
    const where = `rules[${i}]`;
    if (!isRecord(r)) throw new Error(`${where} must be an object`);
    if (typeof r.match !== "string") throw new Error(`${where}.match must be a string`);
    if (r.regex !== undefined && typeof r.regex !== "boolean") throw new Error(`${where}.regex must be a boolean`);
    if (r.regex) {
      try {
        new RegExp(r.match, "i");
      } catch {
        throw new Error(`${where}.match is not a valid regular expression`);
      }
    }
    if (r.once !== undefined && typeof r.once !== "boolean") throw new Error(`${where}.once must be a boolean`);
    if (!Array.isArray(r.steps) || r.steps.length === 0) throw new Error(`${where}.steps must be a non-empty array`);
    const rule: Rule = { match: r.match, steps: r.steps.map((s, j) => validateStep(s, `${where}.steps[${j}]`)) };
    if (r.regex) rule.regex = true;
    if (r.once) rule.once = true;
    return rule;
  });
}
