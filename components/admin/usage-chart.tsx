import type { UsageDay } from "@/lib/usage/summary";

const HEIGHT = 120;
const BAR = 8;
const GAP = 2;
const GROUP = BAR * 2 + GAP + 10;

/** Messages and tool calls per day as paired bars: a small SVG, no chart library. */
export function UsageChart({ days }: { days: UsageDay[] }) {
  const peak = Math.max(1, ...days.map((day) => Math.max(day.messages, day.toolCalls)));
  const height = (value: number) => (value / peak) * HEIGHT;
  const totalMessages = days.reduce((sum, day) => sum + day.messages, 0);
  const totalCalls = days.reduce((sum, day) => sum + day.toolCalls, 0);
  return (
    <figure className="flex flex-col gap-2">
      <svg
        role="img"
        aria-label={`Messages and tool calls per day over the last ${days.length} days: ${totalMessages} messages, ${totalCalls} tool calls.`}
        viewBox={`0 0 ${days.length * GROUP} ${HEIGHT + 16}`}
        className="h-40 w-full max-w-2xl"
        preserveAspectRatio="none"
      >
        {days.map((day, index) => {
          const x = index * GROUP;
          return (
            <g key={day.day}>
              <title>{`${day.day}: ${day.messages} messages, ${day.toolCalls} tool calls`}</title>
              <rect x={x} y={HEIGHT - height(day.messages)} width={BAR} height={height(day.messages)} className="fill-primary" />
              <rect x={x + BAR + GAP} y={HEIGHT - height(day.toolCalls)} width={BAR} height={height(day.toolCalls)} className="fill-amber-500" />
              {index % 2 === 0 && (
                <text x={x} y={HEIGHT + 12} className="fill-muted-foreground text-[8px]">
                  {day.day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-muted-foreground flex gap-4 text-sm">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="bg-primary inline-block size-2.5 rounded-sm" /> Messages
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-2.5 rounded-sm bg-amber-500" /> Tool calls
        </span>
      </figcaption>
    </figure>
  );
}
