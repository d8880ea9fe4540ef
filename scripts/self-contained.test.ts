/**
 * The repository runs with nothing beside it: a person who clones it has no sibling folders, so no
 * file may name a path that leaves the repository (a sibling folder of the root, say).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|json|jsonc|md|sh|css|sql|yml|yaml)$|^\.ci\/run$/;
/** A relative path in code or prose: one or more `../` and what follows up to a quote, space or bracket. */
const RELATIVE_PATH = /(?<![\w.\/-])(?:\.\.\/)+[^\s"'`)<>\]]*/g;

function repositoryFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  // This file holds examples of what it looks for.
  const skipped = new Set(["package-lock.json", path.relative(root, import.meta.filename)]);
  return listed.split("\n").filter((file) => TEXT_FILE.test(file) && !skipped.has(file));
}

/** Every `file:line: path` whose relative path, taken from the file's own folder, leaves the repository. */
export function referencesOutside(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(RELATIVE_PATH)) {
      const target = path.resolve(root, path.dirname(file), match[0]);
      if (path.relative(root, target).startsWith("..")) found.push(`${file}:${index + 1}: ${match[0]}`);
    }
  });
  return found;
}

/** A sibling folder of the repository, spelled out at run time so this file does not name one itself. */
const SIBLING = ["..", "sibling"].join("/");

describe("the repository stands alone", () => {
  it("finds a path that leaves the repository", () => {
    expect(referencesOutside("lib/sentry/x.ts", `path.resolve(import.meta.dirname, "../../${SIBLING}/a.json")`)).toHaveLength(1);
    expect(referencesOutside("README.md", `See \`${SIBLING}/DESIGN.md\`.`)).toHaveLength(1);
    expect(referencesOutside("lib/sentry/x.ts", `import { y } from "../auth/y";`)).toEqual([]);
  });

  it("has no file that refers to a path outside the repository", () => {
    const outside = repositoryFiles().flatMap((file) => referencesOutside(file, readFileSync(path.join(root, file), "utf8")));
    expect(outside).toEqual([]);
  });
});
