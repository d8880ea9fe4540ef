// Builds a plausible body from a JSON schema, for the few documented operations that have a
// response schema but no example and no hand-written fixture. Hand-written fixtures (fixtures.ts)
// cover the operations the app actually calls; this is only the fallback so that no documented
// endpoint answers with nothing.
import { isRecord } from "./http.ts";

const FIXED_DATE = "2024-01-01T00:00:00Z";

function sampleString(schema: Record<string, unknown>, name: string): string {
  if (Array.isArray(schema.enum) && typeof schema.enum[0] === "string") return schema.enum[0];
  switch (schema.format) {
    case "date-time":
      return FIXED_DATE;
    case "date":
      return FIXED_DATE.slice(0, 10);
    case "uri":
    case "url":
      // Relative on purpose: nothing in a body may point the app at a non-loopback host.
      return "/";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
  }
  if (name === "id" || name.endsWith("Id")) return "1";
  return name || "string";
}

export function sampleFromSchema(schema: unknown, name = "", depth = 0): unknown {
  if (!isRecord(schema) || depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  const variants = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (Array.isArray(variants) && variants.length > 0) {
    if (schema.allOf) {
      // allOf: merge every part's sample.
      return Object.assign({}, ...variants.map((v) => sampleFromSchema(v, name, depth + 1)));
    }
    return sampleFromSchema(variants[0], name, depth + 1);
  }
  if (schema.type === "array") return [sampleFromSchema(schema.items, name, depth + 1)];
  if (schema.type === "object" || isRecord(schema.properties)) {
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(isRecord(schema.properties) ? schema.properties : {})) {
      out[key] = sampleFromSchema(sub, key, depth + 1);
    }
    return out;
  }
  switch (schema.type) {
    case "string":
      return sampleString(schema, name);
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return false;
    default:
      return null;
  }
}
