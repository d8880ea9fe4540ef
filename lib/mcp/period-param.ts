import { z } from "zod";

/** How far back a tool looks, as Sentry's `statsPeriod` (beside the common parameters in params.ts). */
export const statsPeriod = z.string().trim().max(10).default("7d").describe("How far back, e.g. `24h`; default `7d`.");
