/**
 * A Durable Object class monitored like the worker's fetch handler: with SENTRY_DSN set each
 * instance is built through `@sentry/cloudflare`'s `instrumentDurableObjectWithSentry` (a
 * transaction per request to it, its errors captured, the same scrubbing settings); without it the
 * plain class is built and the SDK does nothing.
 */
import type { DurableObject } from "cloudflare:workers";
import * as Sentry from "@sentry/cloudflare";
import { isMonitored, monitoringOptions } from "@/lib/observability/with-observability";

type DurableObjectClass = new (ctx: DurableObjectState, env: CloudflareEnv) => DurableObject<CloudflareEnv>;

export function withDurableObjectObservability<C extends DurableObjectClass>(plain: C): C {
  // Only built when SENTRY_DSN is set, so there are options.
  const monitored = Sentry.instrumentDurableObjectWithSentry((env: CloudflareEnv) => monitoringOptions(env)!, plain);
  return new Proxy(plain, {
    construct(_target, [ctx, env]: [DurableObjectState, CloudflareEnv], newTarget) {
      return Reflect.construct(isMonitored(env) ? monitored : plain, [ctx, env], newTarget);
    },
  });
}
