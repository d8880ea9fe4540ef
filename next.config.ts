import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` runs `tsc` over the whole project before building; checking again here only costs time.
  typescript: { ignoreBuildErrors: true },
  // Only for `npm run deploy` with Sentry configured: the maps are uploaded to Sentry, not served.
  productionBrowserSourceMaps: process.env.SENTRY_SOURCE_MAPS === "true",
};

export default nextConfig;

// Gives `next dev` the same bindings (KV, D1, rate limits) the worker has under preview.
if (process.env.NODE_ENV === "development") {
  void initOpenNextCloudflareForDev();
}
