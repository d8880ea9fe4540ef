import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "e2e/stand-ins/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // bundled through Vite it resolves as it does in Next.
    server: { deps: { inline: ["next-auth"] } },
  },
});
