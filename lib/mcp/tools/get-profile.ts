import { z } from "zod";
import { code, link, webUrl } from "@/lib/mcp/format";
import { formatDuration } from "@/lib/mcp/format-duration";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { statsPeriod } from "@/lib/mcp/period-param";
import { defineTool } from "@/lib/mcp/tool";
import { findHotspots, type Hotspot } from "@/lib/profiling/hotspots";
import { getFlamegraph, type FlamegraphFrame } from "@/lib/sentry/profiling";

// Enough to see past the hottest function into its callers; a parameter would cost every request more tokens than it saves.
const SHOWN_FRAMES = 10;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function where(frame: FlamegraphFrame): string {
  const file = frame.file || frame.path || frame.package;
  const place = file ? code(`${file}${frame.line ? `:${frame.line}` : ""}`) : "unknown file";
  return frame.is_application === false ? `${place}, library` : place;
}

const name = (frame: FlamegraphFrame) => code(frame.name || "unknown");

function describeHotspot(hotspot: Hotspot, index: number): string {
  return `${index + 1}. ${name(hotspot.frame)} (${where(hotspot.frame)}) — self ${percent(hotspot.self)}, total ${percent(hotspot.total)}`;
}

/** The headline: where most of the time goes, and where in the application's own code if that is elsewhere. */
function headline(frames: Hotspot[]): string {
  const [top] = frames;
  const caller = top.caller ? `, called from ${name(top.caller)} (${where(top.caller)})` : "";
  const lines = [`**Most time is spent in ${name(top.frame)}** (${where(top.frame)}): ${percent(top.self)} of samples${caller}.`];
  const app = frames.find((hotspot) => hotspot.frame.is_application);
  if (app && app !== top) {
    lines.push(`**Hottest application frame:** ${name(app.frame)} (${where(app.frame)}), self ${percent(app.self)}, total ${percent(app.total)}.`);
  }
  return lines.join("\n");
}

export const getProfile = defineTool({
  name: "get_profile",
  title: "Get profile hotspots",
  description:
    "Summarize the CPU profile of a transaction or project: hottest functions with self and total share of time. Use it to learn why code is slow. Example: `get_profile(organizationSlug: 'acme', transaction: 'GET /api/users')`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    transaction: z.string().trim().max(500).optional().describe("Transaction name, e.g. `GET /api/users`. Omit for all."),
    statsPeriod,
  },
  toolset: "traces",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, transaction, statsPeriod }, { sentry }) {
    const query = transaction ? `transaction:"${transaction.replace(/["\\]/g, "\\$&")}"` : undefined;
    const flamegraph = await getFlamegraph(sentry, org, { project, query, statsPeriod });
    const { durationNs, samples, frames } = findHotspots(flamegraph);
    const subject = transaction ? `transaction ${code(transaction)}` : project ? `project ${code(project)}` : `organization ${code(org)}`;
    if (frames.length === 0) {
      return (
        `No profiles of ${subject} in the last ${code(statsPeriod)}. Profiles come from SDKs with profiling turned on; ` +
        "try a longer `statsPeriod`, or check the transaction's exact name with `search_events`."
      );
    }
    const page =
      project && transaction
        ? `explore/profiling/summary/${encodeURIComponent(project)}/?${new URLSearchParams({ transaction, statsPeriod })}`
        : "explore/profiling/";
    const sampled = [formatDuration(durationNs === null ? null : durationNs / 1e6), `${samples} sampled stack${samples === 1 ? "" : "s"}`]
      .filter(Boolean)
      .join(" in ");
    return [
      `# Profile of ${subject} (last ${code(statsPeriod)})`,
      link("Open in Sentry", webUrl(sentry.baseUrl, org, page)),
      `${sampled}${flamegraph.platform ? ` of ${code(flamegraph.platform)} code` : ""}. Self is time in the function itself; total includes what it calls.`,
      headline(frames),
      `## Hottest functions by self time\n\n${frames.slice(0, SHOWN_FRAMES).map(describeHotspot).join("\n")}`,
    ].join("\n\n");
  },
});
