import { z } from "zod";

/** Parameters shared by the team, project and DSN tools (beside the common ones in params.ts). */

export const teamSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "a team slug, e.g. `backend`")
  .describe("The team's slug, e.g. `backend` (find it with `find_teams`).");

/** A slug Sentry accepts for a new team or project: lowercase letters, digits, `_` and `-`, not only digits. */
export const newSlug = (what: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^(?![0-9]+$)[a-z0-9_-]+$/, `a slug of lowercase letters, digits, "_" or "-", e.g. \`${example}\``)
    .optional()
    .describe(`Slug for the ${what}, e.g. \`${example}\` (lowercase letters, digits, \`_\`, \`-\`). Omit it and Sentry derives one from the name.`);

export const platform = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "a Sentry platform id, e.g. `python` or `javascript-react`")
  .optional()
  .describe(
    "The Sentry platform id of the SDK the project uses, e.g. `python`, `python-django`, `javascript`, `javascript-react`, `javascript-nextjs`, `node`, `node-express`, `go`, `java`, `ruby-rails`, `php-laravel`, `apple-ios`, `android`, `dotnet`, `other`.",
  );
