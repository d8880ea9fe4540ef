import { code, escapeMarkdown, link, webUrl } from "@/lib/mcp/format";
import { eventId, normalizeEventId } from "@/lib/mcp/format-issues";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getProjectEventSourceMapDebug, type SourceMapDebug, type SourceMapFrame } from "@/lib/sentry/events";

const MAX_FRAMES = 10;
const WIZARD = "`npx @sentry/wizard@latest -i sourcemaps`";

/** How Sentry un-minified the frame, or null when none of its three ways worked. */
function resolvedBy(frame: SourceMapFrame): string | null {
  const debugId = frame.debug_id_process;
  if (debugId?.uploaded_source_file_with_correct_debug_id && debugId.uploaded_source_map_with_correct_debug_id) return "debug ID";
  const release = frame.release_process;
  if (release?.source_file_lookup_result === "found" && release.source_map_lookup_result === "found") return "release artifacts";
  const scraping = frame.scraping_process;
  if (scraping?.source_file?.status === "success" && scraping.source_map?.status === "success") return "fetching from the web";
  return null;
}

/** What went wrong for an unresolved frame, one sentence per way Sentry tried. */
function frameProblems(frame: SourceMapFrame, debug: SourceMapDebug): string[] {
  const problems: string[] = [];
  const debugId = frame.debug_id_process;
  if (!debugId?.debug_id) {
    // Only an SDK that supports debug IDs can use them; for others the release is the way.
    if (debug.sdk_debug_id_support === "full") problems.push("The minified file carries no debug ID: inject one at build time (Sentry's bundler plugin, or `sentry-cli sourcemaps inject`) and deploy the injected files.");
  } else if (!debugId.uploaded_source_file_with_correct_debug_id || !debugId.uploaded_source_map_with_correct_debug_id) {
    const missing = debugId.uploaded_source_map_with_correct_debug_id ? "source file" : "source map";
    problems.push(`No uploaded ${missing} has this frame's debug ID ${code(debugId.debug_id)}: upload the artifacts of the exact build that was deployed.`);
  }
  const release = frame.release_process;
  if (release) {
    const target = debug.release ? code(debug.release) : "the event's release";
    if (release.source_file_lookup_result === "wrong-dist" || release.source_map_lookup_result === "wrong-dist") {
      problems.push(`An artifact matches, but for another dist: upload with dist ${debug.dist ? code(debug.dist) : "unset"}, as the event has it.`);
    } else if (release.source_file_lookup_result !== "found") {
      const tried = (release.matching_source_file_names ?? []).slice(0, 3).map((name) => code(name)).join(", ");
      problems.push(`No artifact in ${target} is named like the file${tried ? ` (looked for ${tried})` : ""}: check the upload's \`--url-prefix\`.`);
    } else if (!release.source_map_reference) {
      problems.push("The minified file has no `sourceMappingURL` comment, so Sentry cannot tell which source map belongs to it.");
    } else if (release.source_map_lookup_result !== "found") {
      problems.push(`The file points to ${code(release.source_map_reference)}, but no such source map was uploaded to ${target}.`);
    }
  }
  for (const [what, step] of [["file", frame.scraping_process?.source_file], ["source map", frame.scraping_process?.source_map]] as const) {
    if (step?.status === "failure") {
      const details = step.details ? `: ${escapeMarkdown(step.details)}` : "";
      problems.push(`Fetching the ${what} from ${code(step.url ?? "its URL")} failed (${step.reason ?? "unknown reason"}${details}).`);
    }
  }
  return problems.length > 0 ? problems : [`Sentry found no source map for it. Set up the upload with ${WIZARD}.`];
}

/** Advice about the SDK and the project as a whole, before any frame. */
function projectAdvice(debug: SourceMapDebug): string[] {
  const advice: string[] = [];
  if (debug.sdk_debug_id_support === "needs-upgrade") {
    advice.push(`The SDK (${code(debug.sdk_version ?? "unknown")}) is too old for debug IDs: upgrade to ${code(debug.min_debug_id_sdk_version ?? "a newer version")} or later.`);
  } else if (debug.sdk_debug_id_support === "not-supported" || debug.sdk_debug_id_support === "unofficial-sdk") {
    advice.push("This SDK does not support debug IDs: upload source maps to the event's release instead.");
  }
  if (!debug.project_has_some_artifact_bundle && !debug.release_has_some_artifact && !debug.has_uploaded_some_artifact_with_a_debug_id) {
    advice.push(`No source maps were ever uploaded to this project. Set up the upload with ${WIZARD}.`);
  }
  return advice;
}

export const debugSourceMaps = defineTool({
  name: "debug_source_maps",
  title: "Debug source maps",
  description: [
    "Explain why a JavaScript event's stack trace is not un-minified (symbolicated) and what to fix, frame by frame.",
    "Use it when `get_event` shows minified frames.",
    "Example: `debug_source_maps(organizationSlug: 'acme', projectSlug: 'web', eventId: '9999aaaaca8b46d797c23c6077c6ff01')`.",
  ].join(" "),
  inputSchema: { organizationSlug, projectSlug, eventId },
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, eventId: rawId }, { sentry }) {
    const id = normalizeEventId(rawId);
    const debug = await getProjectEventSourceMapDebug(sentry, org, project, id);
    const frames = debug.exceptions.flatMap((exception) => exception.frames);
    const release = [debug.release ? `release ${code(debug.release)}` : "no release", debug.dist ? `dist ${code(debug.dist)}` : null].filter(Boolean);
    const eventUrl = webUrl(sentry.baseUrl, org, `projects/${encodeURIComponent(project)}/events/${encodeURIComponent(id)}/`);
    const lines = [`# Source maps of event ${code(id)} (${release.join(", ")})`, ""];
    if (frames.length === 0) {
      lines.push("Sentry found no minified JavaScript frame to check in this event: its stack trace needs no source maps (or it is not a JavaScript event).");
      return [...lines, "", link("Open the event in Sentry", eventUrl)].join("\n");
    }
    const unresolved = frames.filter((frame) => resolvedBy(frame) === null);
    const advice = projectAdvice(debug);
    lines.push(
      unresolved.length === 0
        ? `Every frame (${frames.length}) has its source map. If the trace still looks minified, the event arrived before the upload; newer events are un-minified.`
        : `${unresolved.length} of ${frames.length} frames could not be un-minified.`,
    );
    if (advice.length > 0) lines.push("", ...advice.map((text) => `- ${text}`));
    lines.push("", "## Frames", "");
    for (const frame of frames.slice(0, MAX_FRAMES)) {
      const file = code(frame.release_process?.abs_path ?? frame.scraping_process?.source_file?.url ?? "unknown file");
      const by = resolvedBy(frame);
      if (by) {
        lines.push(`- ${file}: resolved by ${by}.`);
        continue;
      }
      lines.push(`- ${file}: not resolved.`, ...frameProblems(frame, debug).map((problem) => `  - ${problem}`));
    }
    if (frames.length > MAX_FRAMES) lines.push(`- … and ${frames.length - MAX_FRAMES} more frames.`);
    return [...lines, "", link("Open the event in Sentry", eventUrl)].join("\n");
  },
});
