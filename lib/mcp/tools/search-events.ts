import { z } from "zod";
import { AppError } from "@/lib/errors";
import { code, escapeMarkdown, facts, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listEvents, type EventRow, type EventsDataset, type EventsPage } from "@/lib/sentry/explore";

export const DEFAULT_FIELDS: Record<EventsDataset, string[]> = {
  errors: ["title", "project", "timestamp", "level", "issue", "id"],
  spans: ["span.op", "span.description", "span.duration", "transaction", "timestamp", "project", "trace"],
  logs: ["timestamp", "severity", "message", "project", "trace"],
};

const MAX_CELL = 100;
const isAggregate = (field: string) => field.includes("(");

/** `-timestamp` for plain rows, `-count()` when counting, else Sentry's own order. */
function defaultSort(fields: string[]): string | undefined {
  if (fields.some(isAggregate)) return fields.includes("count()") ? "-count()" : undefined;
  return fields.includes("timestamp") ? "-timestamp" : undefined;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** One table cell: plain text on one line, truncated, with Markdown (and the table's `|`) escaped. */
function cell(value: unknown, type: string | undefined, unit: string | null | undefined): string {
  let text: string;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") {
    text = formatNumber(value);
    if (type === "duration") text += unit === "second" ? " s" : " ms";
    else if (type === "percentage") text = `${formatNumber(value * 100)}%`;
  } else if (typeof value === "string") text = value;
  else if (Array.isArray(value)) text = value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(", ");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\s+/g, " ").trim();
  if (text.length > MAX_CELL) text = `${text.slice(0, MAX_CELL - 1)}…`;
  return escapeMarkdown(text);
}

/** Rows as a Markdown table, columns in the order the fields were asked for. */
export function markdownTable(fields: string[], rows: EventRow[], page: Pick<EventsPage, "fieldTypes" | "units">): string {
  // Field names keep their underscores (`count_unique(user)`); what would break the table is escaped.
  const header = `| ${fields.map((field) => field.replace(/([\\`*[\]<>|])/g, "\\$1")).join(" | ")} |`;
  const rule = `| ${fields.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${fields.map((field) => cell(row[field], page.fieldTypes[field], page.units[field])).join(" | ")} |`);
  return [header, rule, ...body].join("\n");
}

/** The same search in Sentry's web UI. */
function exploreUrl(
  baseUrl: string,
  organization: string,
  search: { dataset: EventsDataset; fields: string[]; query?: string; sort?: string; statsPeriod: string; project?: string },
): string {
  const params = new URLSearchParams();
  if (search.dataset === "logs") {
    for (const field of search.fields) params.append("logsFields", field);
    if (search.query) params.set("logsQuery", search.query);
    if (search.sort) params.set("logsSortBys", search.sort);
  } else {
    for (const field of search.fields) params.append("field", field);
    if (search.query) params.set("query", search.query);
    if (search.sort) params.set("sort", search.sort);
  }
  if (search.project) params.set("project", search.project);
  params.set("statsPeriod", search.statsPeriod);
  const path = { errors: "discover/results/", spans: "explore/traces/", logs: "explore/logs/" }[search.dataset];
  const extra = search.dataset === "errors" ? "&dataset=errors&queryDataset=error-events" : "";
  return `${webUrl(baseUrl, organization, path)}?${params.toString()}${extra}`;
}

export const searchEvents = defineTool({
  name: "search_events",
  title: "Search events",
  description:
    "Query events or aggregates (`errors`, `spans` such as requests and DB queries, or `logs`) with Sentry search syntax; returns a table. For grouped problems use `search_issues`. Aggregate with functions in `fields`, e.g. `fields: ['transaction', 'count()'], sort: '-count()'`. Example: `dataset: 'spans', query: 'span.op:db', sort: '-span.duration'`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    dataset: z.enum(["errors", "spans", "logs"]).default("errors"),
    query: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe("e.g. `level:error`, `transaction:/api/checkout`, `span.duration:>500ms`, `message:\"timeout\"`"),
    fields: z
      .array(z.string().trim().min(1).max(200))
      .min(1)
      .max(20)
      .optional()
      .describe("Columns: fields, tags or functions such as `count()`, `p95(span.duration)`; each dataset has defaults"),
    sort: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("A requested field, `-` for descending, e.g. `-timestamp`"),
    statsPeriod: z
      .string()
      .trim()
      .regex(/^\d{1,4}[smhdw]$/, "a period such as `1h`, `24h`, `14d` or `2w`")
      .default("14d")
      .describe("e.g. `24h`, `7d`"),
    limit: limit(100, 20),
    cursor,
  },
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, dataset, query, fields, sort, statsPeriod, limit, cursor }, { sentry }) {
    const columns = [...new Set(fields ?? DEFAULT_FIELDS[dataset])];
    const order = sort || defaultSort(columns);
    if (order && !columns.includes(order.replace(/^-/, ""))) {
      throw new AppError(
        "bad_request",
        `\`sort\` must name one of the requested fields (${columns.map((f) => code(f)).join(", ")}): add ${code(order.replace(/^-/, ""))} to \`fields\`, or sort by one of them, e.g. ${code(`-${columns[0]}`)}.`,
      );
    }
    const page = await listEvents(sentry, org, {
      dataset,
      fields: columns,
      query: query || undefined,
      sort: order,
      statsPeriod,
      project,
      perPage: limit,
      cursor,
    });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    const label = { errors: "Error events", spans: "Spans", logs: "Logs" }[dataset];
    const url = exploreUrl(sentry.baseUrl, org, { dataset, fields: columns, query, sort: order, statsPeriod, project });
    if (page.items.length === 0) {
      if (cursor) return `No more ${label.toLowerCase()} in ${scope}: this page is empty. Call again without \`cursor\` to start over.`;
      return (
        `No ${label.toLowerCase()}${query ? ` match ${code(query)}` : ""} in ${scope} in the last ${statsPeriod}. ` +
        "Try a broader query (fewer filters), a longer `statsPeriod` (e.g. `30d`), or another dataset. " +
        link("Open the query in Sentry", url)
      );
    }
    const rows = page.items.slice(0, limit);
    // Sentry answers with the requested fields as keys; should none of them be there, show what it sent.
    const answered = columns.some((field) => rows.some((row) => row[field] !== undefined));
    const shownColumns = answered ? columns : [...new Set(rows.flatMap((row) => Object.keys(row)))].slice(0, 20);
    const note = answered ? "" : "\n\nSentry's rows did not carry the requested fields; these are the fields it sent.";
    const summary = facts([
      ["Query", query ? code(query) : "none (everything)"],
      ["Period", `last ${statsPeriod}`],
      ["Sort", order ? code(order) : null],
    ]);
    return (
      [
        `# ${label} in ${scope} (${rows.length} row${rows.length === 1 ? "" : "s"})`,
        `${summary}\n\n${link("Open in Sentry", url)}`,
        markdownTable(shownColumns, rows, page) + note,
      ].join("\n\n") + nextPageHint(page.nextCursor)
    );
  },
});
