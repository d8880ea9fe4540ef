/**
 * A shared page's messages are one finished HTML fragment (page-cache.ts), often hundreds of kB.
 * Rendered through React it travels twice: in the document, and again as a string in the RSC
 * payload, which the worker then strips (lib/worker/static-document.ts); both copies cost time in
 * proportion to its size on every view. So for a document request the worker opens a slot; the
 * page puts the fragment in it and renders only an empty element with SNAPSHOT_ATTRIBUTE, and the
 * worker writes the fragment into that element as the document streams out. Wherever no slot is
 * open (an RSC request, `next dev`) the page renders the fragment itself.
 *
 * The page and the worker are bundled apart (Next's server bundle, the worker's), so the slots live
 * on globalThis. Each is keyed by the request's ExecutionContext, the one object both hold for
 * that request (OpenNext hands the worker's to the page through getCloudflareContext).
 */
export const SNAPSHOT_ATTRIBUTE = "data-share-snapshot";

export type SnapshotSlot = { html: string | null };

const SLOTS = Symbol.for("sentry-chat.share-snapshot-slots");

function slots(): WeakMap<object, SnapshotSlot> {
  const global = globalThis as { [SLOTS]?: WeakMap<object, SnapshotSlot> };
  global[SLOTS] ??= new WeakMap();
  return global[SLOTS];
}

/** The worker, before it asks Next for a shared page's document. */
export function openSnapshotSlot(ctx: object): SnapshotSlot {
  const slot: SnapshotSlot = { html: null };
  slots().set(ctx, slot);
  return slot;
}

/** The page: hands its fragment over, or says no slot is open for this request (then it renders the fragment itself). */
export function fillSnapshotSlot(ctx: object, html: string): boolean {
  const slot = slots().get(ctx);
  if (!slot) return false;
  slot.html = html;
  return true;
}
