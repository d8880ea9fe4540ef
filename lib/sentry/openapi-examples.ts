/**
 * For contract tests: the response examples Sentry documents in `data/sentry-api/openapi.json`,
 * by operationId, so the client's schemas are checked against Sentry's own shapes; for operations
 * documented by schema only, that schema (turned into a body with the stand-in's `sampleFromSchema`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Operation = { operationId?: string; responses?: Record<string, { content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }>; schema?: unknown }> }> };

let operations: Map<string, Operation> | null = null;

function load(): Map<string, Operation> {
  if (operations) return operations;
  const file = path.resolve(import.meta.dirname, "../../data/sentry-api/openapi.json");
  const document = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, Record<string, Operation>> };
  operations = new Map();
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      if (operation?.operationId) operations.set(operation.operationId, operation);
    }
  }
  return operations;
}

/** Every 2xx JSON example of the operation; throws when it documents none, so a typo cannot pass. */
export function documentedExamples(operationId: string): unknown[] {
  const operation = load().get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in openapi.json`);
  const examples: unknown[] = [];
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const json = response.content?.["application/json"];
    if (json?.example !== undefined) examples.push(json.example);
    for (const example of Object.values(json?.examples ?? {})) examples.push(example.value);
  }
  if (examples.length === 0) throw new Error(`${operationId} documents no example`);
  return examples;
}

/** The JSON schema of the operation's first 2xx response, for operations Sentry documents without an example. */
export function documentedResponseSchema(operationId: string): unknown {
  const operation = load().get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in openapi.json`);
  const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
  const schema = success?.[1].content?.["application/json"]?.schema;
  if (schema === undefined) throw new Error(`${operationId} documents no response schema`);
  return schema;
}
