import { UsageChart } from "@/components/admin/usage-chart";
import type { UsageSummary } from "@/lib/usage/summary";

/** Usage over the last 14 days: the chart, the same figures as a table, the most used tools. */
export function UsagePanel({ usage }: { usage: UsageSummary }) {
  return (
    <section aria-labelledby="usage-heading" className="flex flex-col gap-4">
      <h2 id="usage-heading" className="text-xl font-semibold">
        Usage, last {usage.days.length} days
      </h2>
      <dl className="flex flex-wrap gap-8">
        <div>
          <dt className="text-muted-foreground text-sm">Messages</dt>
          <dd className="text-2xl font-semibold" data-testid="usage-messages">{usage.days.reduce((sum, day) => sum + day.messages, 0)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground text-sm">Tool calls</dt>
          <dd className="text-2xl font-semibold" data-testid="usage-tool-calls">{usage.days.reduce((sum, day) => sum + day.toolCalls, 0)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground text-sm">Active people</dt>
          <dd className="text-2xl font-semibold" data-testid="usage-active-users">{usage.activeUsers}</dd>
        </div>
      </dl>
      <UsageChart days={usage.days} />
      <details>
        <summary className="cursor-pointer text-sm">Show the figures per day</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr className="text-left">
              <th className="pr-6 font-medium">Day (UTC)</th>
              <th className="pr-6 font-medium">Messages</th>
              <th className="pr-6 font-medium">Tool calls</th>
              <th className="font-medium">Active people</th>
            </tr>
          </thead>
          <tbody>
            {usage.days.map((day) => (
              <tr key={day.day}>
                <td className="pr-6">{day.day}</td>
                <td className="pr-6">{day.messages}</td>
                <td className="pr-6">{day.toolCalls}</td>
                <td>{day.activeUsers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div>
        <h3 className="mb-2 font-medium">Top tools</h3>
        {usage.topTools.length === 0 ? (
          <p className="text-muted-foreground text-sm">No tool calls yet.</p>
        ) : (
          <ol className="flex flex-col gap-1 text-sm" aria-label="Top tools">
            {usage.topTools.map(({ tool, calls }) => (
              <li key={tool} className="flex max-w-sm justify-between gap-4">
                <code className="font-mono">{tool}</code>
                <span>{calls}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
