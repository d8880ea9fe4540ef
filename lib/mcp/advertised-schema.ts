import type { StandardSchemaWithJSON } from "@modelcontextprotocol/server";
import { z } from "zod";

/**
 * Keywords a model gains nothing from, which the server still enforces on every call (the zod
 * schema validates the arguments): the dialect, slug patterns, string and list lengths. Every
 * tool definition is re-sent on each model call, so each of these costs tokens many times over.
 */
const SERVER_ONLY_KEYWORDS = new Set(["$schema", "pattern", "minLength", "maxLength", "minItems", "maxItems"]);

/** Drops those keywords at every depth; the names of `properties` are parameters (one may be called `pattern`) and stay. */
function compact(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(compact);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !SERVER_ONLY_KEYWORDS.has(key))
      .map(([key, value]) => [key, key === "properties" ? mapValues(value, compact) : compact(value)]),
  );
}

const mapValues = (record: unknown, map: (value: unknown) => unknown) =>
  Object.fromEntries(Object.entries(record as Record<string, unknown>).map(([key, value]) => [key, map(value)]));

/**
 * A tool's arguments as the MCP SDK takes them: validated by the full zod schema, advertised (in
 * `tools/list`, so to every model) as its compact JSON Schema. The JSON is built once, so every
 * listing sends the same bytes.
 */
export function advertisedSchema(shape: z.ZodRawShape): StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>> {
  const object = z.object(shape);
  let input: Record<string, unknown> | undefined;
  return {
    "~standard": {
      version: 1,
      vendor: "sentry-chat",
      validate: (value) => object["~standard"].validate(value),
      jsonSchema: {
        input: () => (input ??= compact(z.toJSONSchema(object, { io: "input", target: "draft-2020-12" })) as Record<string, unknown>),
        output: (options) => object["~standard"].jsonSchema.output(options),
      },
    },
  } as StandardSchemaWithJSON<Record<string, unknown>, Record<string, unknown>>;
}

