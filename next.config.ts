import type { NextConfig } from "next";
import { initOpenNextCloudflareForDev } from "@opennextjs/cloudflare";

const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;

// Gives `next dev` the same bindings (KV, D1, rate limits) the worker has under preview.
if (process.env.NODE_ENV === "development") {
  void initOpenNextCloudflareForDev();
}
