import type { Element } from "hast";
import { h } from "hastscript";
import { externalLink, formatMoment, formatNumber } from "@/components/tool-views/format";
import type { IssueTableView } from "@/lib/tool-views/issue-table";

const LEVEL_COLORS: Record<string, string> = {
  fatal: "bg-red-700",
  error: "bg-red-500",
  warning: "bg-amber-500",
  info: "bg-sky-500",
  debug: "bg-slate-400",
};

const cell = "px-2 py-1.5 align-top";
const number = (value: number | null) => (value === null ? "—" : formatNumber(value));

export function issueTableView(view: IssueTableView): Element {
  const head = ["Issue", "Level", "Status", "Events", "Users", "Last seen"];
  return h("div", { className: "overflow-x-auto", role: "region", ariaLabel: "Issues", tabIndex: 0, dataTestid: "tool-view-issue-table" }, [
    h("table", { className: "w-full min-w-[36rem] text-xs" }, [
      h("caption", { className: "sr-only" }, `${view.issues.length} issue${view.issues.length === 1 ? "" : "s"}`),
      h("thead", [
        h(
          "tr",
          { className: "text-muted-foreground border-b text-left" },
          head.map((label, index) => h("th", { scope: "col", className: `${cell} font-medium ${index >= 3 && index <= 4 ? "text-right" : ""}` }, label)),
        ),
      ]),
      h(
        "tbody",
        view.issues.map((issue) =>
          h("tr", { className: "border-b last:border-0" }, [
            h("td", { className: `${cell} max-w-80` }, [
              h("div", { className: "flex gap-2" }, [
                externalLink(issue.url, issue.shortId, "text-primary shrink-0 font-mono underline underline-offset-2"),
                h("span", { className: "truncate font-medium", title: issue.title }, issue.title),
              ]),
              issue.culprit ? h("div", { className: "text-muted-foreground truncate font-mono", title: issue.culprit }, issue.culprit) : "",
            ]),
            h("td", { className: cell }, [
              h("span", { className: "inline-flex items-center gap-1" }, [
                h("span", { className: `${LEVEL_COLORS[issue.level ?? ""] ?? "bg-muted-foreground"} inline-block size-2 rounded-full`, ariaHidden: "true" }),
                issue.level ?? "unknown",
              ]),
            ]),
            h("td", { className: cell }, issue.status),
            h("td", { className: `${cell} text-right tabular-nums` }, number(issue.count)),
            h("td", { className: `${cell} text-right tabular-nums` }, number(issue.userCount)),
            h("td", { className: `${cell} whitespace-nowrap` }, issue.lastSeen ? formatMoment(issue.lastSeen) : "—"),
          ]),
        ),
      ),
    ]),
  ]);
}
