import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import { externalLink } from "@/components/tool-views/format";
import type { StackFrame, StackTraceView } from "@/lib/tool-views/stack-trace";

type Exception = StackTraceView["exceptions"][number];

function location(frame: StackFrame): string {
  const line = frame.lineNo == null ? "" : `:${frame.lineNo}${frame.colNo == null ? "" : `:${frame.colNo}`}`;
  return `${frame.file ?? "<unknown>"}${line}`;
}

function frameItem(frame: StackFrame): Element {
  const head = h("div", { className: "flex flex-wrap gap-x-2 font-mono" }, [
    h("span", { className: frame.inApp ? "font-semibold" : "" }, location(frame)),
    frame.function ? h("span", { className: "text-muted-foreground" }, `in ${frame.function}`) : "",
    frame.inApp ? h("span", { className: "text-primary font-sans text-[0.6875rem] font-medium uppercase" }, "in app") : "",
  ]);
  const source =
    frame.context.length > 0
      ? h(
          "pre",
          { className: "bg-muted mt-1 overflow-x-auto rounded p-1.5 text-[0.6875rem] leading-snug" },
          frame.context.map(([lineNo, code]) =>
            h("div", { className: lineNo === frame.lineNo ? "bg-primary/15 font-semibold" : "text-muted-foreground" }, `${String(lineNo).padStart(5)}  ${code}`),
          ),
        )
      : "";
  return h("li", { className: frame.inApp ? "border-primary bg-primary/5 border-l-2 py-1 pl-2" : "py-0.5 pl-2.5", dataInApp: String(frame.inApp) }, [head, source]);
}

/**
 * Most recent call first, as Sentry shows it. When some frames are the application's own, the
 * runs of other frames (libraries, the runtime) between them fold away behind one line each.
 */
function frameList(exception: Exception): Element {
  const frames = [...exception.frames].reverse();
  const fold = frames.some((frame) => frame.inApp);
  const items: ElementContent[] = [];
  for (let index = 0; index < frames.length; ) {
    if (!fold || frames[index].inApp) {
      items.push(frameItem(frames[index]));
      index += 1;
      continue;
    }
    let end = index;
    while (end < frames.length && !frames[end].inApp) end += 1;
    const run = frames.slice(index, end);
    items.push(
      h("li", [
        h("details", [
          h("summary", { className: "text-muted-foreground cursor-pointer py-0.5 pl-2.5" }, `${run.length} other frame${run.length === 1 ? "" : "s"}`),
          h("ol", { className: "space-y-0.5" }, run.map(frameItem)),
        ]),
      ]),
    );
    index = end;
  }
  if (exception.omittedFrames > 0) items.push(h("li", { className: "text-muted-foreground py-0.5 pl-2.5" }, `${exception.omittedFrames} older frames not shown`));
  return h("ol", { className: "space-y-0.5 text-xs", ariaLabel: "Frames, most recent call first" }, items);
}

function exceptionSection(exception: Exception, index: number): Element {
  const handled = exception.handled === null ? null : exception.handled ? "handled" : "unhandled";
  return h("section", { className: "space-y-1" }, [
    h("div", { className: "flex flex-wrap items-baseline gap-x-2" }, [
      index > 0 ? h("span", { className: "text-muted-foreground text-xs" }, "Chained exception") : "",
      h("span", { className: "font-semibold break-all" }, exception.type),
      exception.value ? h("span", { className: "break-words" }, exception.value) : "",
      handled
        ? h("span", { className: exception.handled ? "text-muted-foreground text-xs" : "text-destructive text-xs font-medium" }, [handled, exception.mechanism ? ` (${exception.mechanism})` : ""])
        : "",
    ]),
    exception.frames.length > 0 ? frameList(exception) : h("p", { className: "text-muted-foreground text-xs" }, "No stack trace was recorded."),
  ]);
}

export function stackTraceView(view: StackTraceView): Element {
  return h("figure", { className: "space-y-2", dataTestid: "tool-view-stack-trace" }, [
    h("figcaption", { className: "flex flex-wrap items-baseline justify-between gap-2" }, [
      h("span", { className: "font-medium" }, "Stack trace"),
      view.url ? externalLink(view.url, "Open the event in Sentry", "text-primary text-xs underline underline-offset-2") : "",
    ]),
    ...view.exceptions.map(exceptionSection),
  ]);
}
