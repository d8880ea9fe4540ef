import { z } from "zod";

/**
 * Parameters many tools share. Under `/mcp/:org[/:project]` the server removes
 * `organizationSlug` / `projectSlug` from a tool's schema and fills them in, so every tool names them
 * exactly so. Their descriptions are short on purpose: they are sent to the model with every tool,
 * on every call, and the names say most of it (the patterns are checked, not advertised).
 */
export const organizationSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "an organization slug, e.g. `acme`")
  .describe("e.g. `acme` (from `find_organizations`)");

export const projectSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "a project slug, e.g. `backend`")
  .describe("e.g. `backend` (from `find_projects`)");

export const cursor = z.string().max(200).optional().describe("From the previous page's hint");

/** The bounds and the default are in the advertised schema; a description would repeat them. */
export const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);
