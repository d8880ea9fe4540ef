import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const workflowConditionSchema = z.looseObject({
  type: z.string(),
  // `true`, a number, or an object such as `{ value: 100, interval: "1h" }`, depending on the type.
  comparison: z.unknown(),
});
export type WorkflowCondition = z.infer<typeof workflowConditionSchema>;

export const workflowActionSchema = z.looseObject({
  type: z.string(),
  config: z
    .looseObject({
      targetType: z.string().nullish(),
      targetDisplay: z.string().nullish(),
      targetIdentifier: z.string().nullish(),
    })
    .nullish(),
  status: z.string().nullish(),
});
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

const conditionGroupSchema = z.looseObject({
  logicType: z.string().nullish(),
  conditions: z.array(workflowConditionSchema).nullish(),
  actions: z.array(workflowActionSchema).nullish(),
});
export type ConditionGroup = z.infer<typeof conditionGroupSchema>;

/** An alert: when its triggers fire and its filters pass, it runs the filters' actions. */
export const workflowSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean().nullish(),
  environment: z.string().nullish(),
  lastTriggered: z.string().nullish(),
  dateCreated: z.string().nullish(),
  triggers: conditionGroupSchema.nullish(),
  actionFilters: z.array(conditionGroupSchema).nullish(),
  /** `frequency`: minutes between two runs for the same issue. */
  config: z.looseObject({ frequency: z.number().nullish() }).nullish(),
  detectorIds: z.array(z.string()).nullish(),
});
export type Workflow = z.infer<typeof workflowSchema>;

/** `GET /api/0/organizations/{org}/workflows/`: the organization's alerts; `query` searches them. */
export async function listWorkflows(
  client: SentryClient,
  organization: string,
  options: { project?: string; query?: string; perPage?: number; cursor?: string } = {},
): Promise<Page<Workflow>> {
  return client.list(`/api/0/organizations/${encodeURIComponent(organization)}/workflows/`, workflowSchema, {
    baseUrl: await client.regionOf(organization),
    query: { project: options.project, query: options.query, per_page: options.perPage, cursor: options.cursor },
    scope: "alerts:read",
  });
}
