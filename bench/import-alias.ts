/**
 * Lets a bench run the app's own modules under plain Node: resolves the `@/…` imports they use
 * (tsconfig's `paths`, which only the bundlers know) to files in this repository.
 */
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith("@/")) return nextResolve(specifier, context);
    const base = new URL(specifier.slice(2), root);
    const file = [`${base.pathname}.ts`, `${base.pathname}/index.ts`, base.pathname].find((path) => existsSync(path));
    if (!file) return nextResolve(specifier, context);
    return { url: pathToFileURL(file).href, shortCircuit: true };
  },
});
