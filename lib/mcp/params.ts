import { z } from "zod";

/**
 * Parameters many tools share. Under `/mcp/:org[/:project]` the server removes
 * `organizationSlug` / `projectSlug` from a tool's schema and fills them in, so every tool names them
 * exactly so.
 */
export const organizationSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "an organization slug, e.g. `acme`")
  .describe("The organization's slug, e.g. `acme` (find it with `find_organizations`).");

export const projectSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "a project slug, e.g. `backend`")
  .describe("The project's slug, e.g. `backend` (find it with `find_projects`).");

export const cursor = z
  .string()
  .max(200)
  .optional()
  .describe("Pagination cursor from a previous call's 'next page' hint; omit for the first page.");

export const limit = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback).describe(`How many results to return (1–${max}, default ${fallback}).`);
