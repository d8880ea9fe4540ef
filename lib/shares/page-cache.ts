import { findActiveShare, readSnapshot, type SharedConversation } from "@/lib/db/shares";
import { RENDERER_VERSION, renderSnapshotHtml } from "@/lib/shares/render-html";
import { firstQuestion } from "@/lib/shares/snapshot";

/** What a shared page shows of its snapshot: the messages as HTML, and the first question for its description. */
export type RenderedSnapshot = { html: string; description: string };

/**
 * A day: the sharer's name is part of the HTML, so a renamed sharer shows up by the next day. The
 * renderer's version is part of the key, so a deploy that changes the HTML never serves the old one.
 */
const TTL_SECONDS = 24 * 60 * 60;

const keyFor = (shareId: string) => `share-page:v${RENDERER_VERSION}:${shareId}`;

/**
 * The link's messages rendered once and kept in KV, instead of running Markdown over every message
 * on every view. Only for a viewer openShare has let in: the access check runs on every request,
 * before this.
 */
export async function renderedSnapshot(env: Pick<CloudflareEnv, "DB" | "KV">, share: SharedConversation): Promise<RenderedSnapshot> {
  const cached = await env.KV.getWithMetadata<{ description: string }>(keyFor(share.id));
  if (cached.value !== null && cached.metadata) return { html: cached.value, description: cached.metadata.description };
  const messages = await readSnapshot(env.DB, share);
  const rendered = { html: renderSnapshotHtml(messages, share.ownerName), description: firstQuestion(messages) };
  await env.KV.put(keyFor(share.id), rendered.html, { expirationTtl: TTL_SECONDS, metadata: { description: rendered.description } });
  return rendered;
}

/**
 * Renders a new link after it has been answered, so its first viewer does not wait for it. A
 * failure costs nothing but that: the first view renders it then.
 */
export async function prerenderSnapshot(env: Pick<CloudflareEnv, "DB" | "KV">, shareId: string): Promise<void> {
  try {
    const share = await findActiveShare(env.DB, shareId);
    if (share) await renderedSnapshot(env, share);
  } catch (error) {
    console.error(JSON.stringify({ msg: "rendering a shared link ahead failed", shareId, error: String(error) }));
  }
}

/** A revoked link's rendering is dropped with it (the access check already answers 404 for it). */
export async function forgetRenderedSnapshot(kv: KVNamespace, shareId: string): Promise<void> {
  await kv.delete(keyFor(shareId));
}
