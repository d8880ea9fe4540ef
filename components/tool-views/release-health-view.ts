import type { Element } from "hast";
import { h } from "hastscript";
import { formatCount } from "@/components/tool-views/format";
import type { ReleaseHealthView } from "@/lib/tool-views/release-health";

const percent = (value: number) => `${Math.round(value * 100) / 100}%`;

/** One rate as a bar filled to it; below 99% is worth a look, so it turns the warning colour. */
function rate(label: string, value: number | null, total: number | null, unit: string): Element {
  const shown = value === null ? "unknown" : percent(value);
  return h("div", { className: "space-y-0.5" }, [
    h("div", { className: "flex justify-between gap-2 text-xs" }, [
      h("span", label),
      h("span", { className: "tabular-nums" }, [h("span", { className: "font-medium" }, shown), total === null ? "" : ` of ${formatCount(total, unit)}`]),
    ]),
    h("div", { className: "bg-muted h-1.5 overflow-hidden rounded-full", ariaHidden: "true" }, [
      value === null ? "" : h("div", { className: `${value < 99 ? "bg-amber-500" : "bg-emerald-500"} h-full`, style: `width:${Math.max(0, Math.min(100, value))}%` }),
    ]),
  ]);
}

export function releaseHealthView(view: ReleaseHealthView): Element {
  return h("figure", { className: "space-y-2", dataTestid: "tool-view-release-health" }, [
    h("figcaption", { className: "font-medium" }, ["Release health of ", h("code", { className: "font-mono text-xs" }, view.version)]),
    h(
      "ul",
      { className: "space-y-3" },
      view.projects.map((project) =>
        h("li", { className: "space-y-1" }, [
          h("div", { className: "font-mono text-xs" }, project.project),
          rate("Crash-free sessions", project.crashFreeSessions, project.sessions, "sessions"),
          rate("Crash-free users", project.crashFreeUsers, project.users, "users"),
        ]),
      ),
    ),
  ]);
}
