import { z } from "zod";

/** The release the commit and deploy tools read (beside the common parameters in params.ts). */
export const releaseVersion = z.string().trim().min(1).max(250).describe("Release version, e.g. `backend@2.4.1`.");
