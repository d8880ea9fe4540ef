import type { Connection } from "@/lib/oauth/connections";

/** What a connection may do, in the consent page's words. */
export function accessLabel(access: Connection["access"]): string {
  return access === "write" ? "Read and write" : "Read only";
}

/** Which organizations a connection reaches: all of the person's, one, or one project of one. */
export function scopeLabel({ organization, project }: Pick<Connection, "organization" | "project">): string {
  if (!organization) return "All organizations";
  return project ? `${organization} / ${project}` : organization;
}
