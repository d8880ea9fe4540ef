/** Types for `.open-next/worker.js`, which exists only after `opennextjs-cloudflare build`. */
declare const handler: ExportedHandler<CloudflareEnv> & {
  fetch(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response>;
};
export default handler;
