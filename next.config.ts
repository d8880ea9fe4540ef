import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";

/**
 * Code highlighting runs only in the browser; in the server bundles shiki's grammars and themes
 * (about 9 MB) would only make the worker bigger.
 */
const SERVER_CODE_PLUGIN = "./components/chat/server-code-plugin.ts";
/** Raw HTML in Markdown is sanitised, never parsed: see the module for why this is resolved away. */
const NO_RAW_HTML = "./components/chat/no-raw-html.ts";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` runs `tsc` over the whole project before building; checking again here only costs time.
  typescript: { ignoreBuildErrors: true },
  // Only for `npm run deploy` with Sentry configured: the maps are uploaded to Sentry, not served.
  productionBrowserSourceMaps: process.env.SENTRY_SOURCE_MAPS === "true",
  // shadcn/ui imports primitives from the `radix-ui` barrel; resolved through it, webpack ships
  // every primitive (select, slider, toast, …) to the browser.
  experimental: { optimizePackageImports: ["radix-ui"] },
  // `npm run build` uses webpack: its server build shares modules between routes, where Turbopack's
  // gives each group of route handlers its own copy (auth, zod, Next's internals), which kept the
  // worker (every route in one script) over its 3 MiB budget. `next dev` keeps Turbopack.
  webpack: (config: { resolve: { alias: Record<string, string> } }, { isServer }: { isServer: boolean }) => {
    if (isServer) config.resolve.alias["@streamdown/code"] = fileURLToPath(new URL(SERVER_CODE_PLUGIN, import.meta.url));
    config.resolve.alias["rehype-raw"] = fileURLToPath(new URL(NO_RAW_HTML, import.meta.url));
    return config;
  },
  turbopack: {
    resolveAlias: { "@streamdown/code": { browser: "@streamdown/code", default: SERVER_CODE_PLUGIN }, "rehype-raw": NO_RAW_HTML },
  },
};

export default nextConfig;

// Gives `next dev` the same bindings (KV, D1, rate limits) the worker has under preview.
if (process.env.NODE_ENV === "development") {
  void initOpenNextCloudflareForDev();
}
