/** The JavaScript a page makes the browser fetch, measured from its HTML the way the browser finds it. */
import { gzipSync } from "node:zlib";

export type ScriptFile = { src: string; raw: number; gzip: number };
export type PageScripts = {
  /** `<script src>`: loaded, parsed and run before the page is interactive. */
  scripts: ScriptFile[];
  /** `<link rel="preload" as="script">`: fetched at low priority for content on the page (lazy components) and run when it is ready. */
  preloaded: ScriptFile[];
};

async function measure(appUrl: string, sources: string[]): Promise<ScriptFile[]> {
  const files: ScriptFile[] = [];
  for (const src of new Set(sources)) {
    const response = await fetch(new URL(src, appUrl));
    if (!response.ok) throw new Error(`GET ${src} answered ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    files.push({ src, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength });
  }
  return files.sort((a, b) => b.gzip - a.gzip);
}

/** `nomodule` scripts (polyfills for browsers without modules) are skipped by every current browser. */
export async function pageScripts(appUrl: string, html: string): Promise<PageScripts> {
  const scriptTags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snoModule/i.test(match[0]));
  const scripts = await measure(appUrl, scriptTags.map((match) => match[1]));
  const preloadTags = [...html.matchAll(/<link[^>]*>/g)].filter((match) => /\srel="preload"/.test(match[0]) && /\sas="script"/.test(match[0]));
  const loaded = new Set(scripts.map((file) => file.src));
  const preloadSources = preloadTags.map((match) => /\shref="([^"]+)"/.exec(match[0])?.[1]).filter((src): src is string => !!src && !loaded.has(src));
  return { scripts, preloaded: await measure(appUrl, preloadSources) };
}

export function total(files: ScriptFile[]): { files: number; raw: number; gzip: number } {
  return { files: files.length, raw: files.reduce((sum, file) => sum + file.raw, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
