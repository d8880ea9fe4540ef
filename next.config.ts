import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` runs `tsc` over the whole project before building; checking again here only costs time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;

// Gives `next dev` the same bindings (KV, D1, rate limits) the worker has under preview.
if (process.env.NODE_ENV === "development") {
  void initOpenNextCloudflareForDev();
}
