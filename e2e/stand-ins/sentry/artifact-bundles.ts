// Source map uploads, as `sentry-cli sourcemaps upload` (3.x) makes them: it reads the
// chunk-upload options, asks to assemble its artifact bundle (learning which chunks are missing),
// uploads those (multipart, gzip-compressed as `file_gzip`), then asks to assemble again. The
// stand-in unzips each assembled bundle and keeps its manifest for tests, read back through
// `/__control/artifact-bundles`. Any Bearer token is taken for an organization auth token.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { detail, isRecord, json } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import type { ArtifactBundle, ArtifactFile, State } from "./state.ts";
import { readZip } from "./zip.ts";

const CHUNK_UPLOAD_PATH = /^\/api\/0\/organizations\/([^/]+)\/chunk-upload\/$/;
const ASSEMBLE_PATH = /^\/api\/0\/organizations\/([^/]+)\/artifactbundle\/assemble\/$/;
const CHUNK_SIZE = 1024 * 1024;
const CHUNKS_PER_REQUEST = 16;
/** What a chunk upload request may weigh: its chunks and the multipart framing around them. */
export const MAX_CHUNK_REQUEST_BYTES = CHUNK_SIZE * CHUNKS_PER_REQUEST + 64 * 1024;

export function isArtifactUploadPath(path: string): boolean {
  return CHUNK_UPLOAD_PATH.test(path) || ASSEMBLE_PATH.test(path);
}

const sha1 = (data: Buffer) => createHash("sha1").update(data).digest("hex");

function chunkUploadOptions(state: State, org: string): Reply {
  return json(200, {
    url: `${state.baseUrl}/api/0/organizations/${org}/chunk-upload/`,
    chunkSize: CHUNK_SIZE,
    chunksPerRequest: CHUNKS_PER_REQUEST,
    maxRequestSize: MAX_CHUNK_REQUEST_BYTES,
    maxFileSize: 64 * CHUNK_SIZE,
    concurrency: 1,
    hashAlgorithm: "sha1",
    compression: ["gzip"],
    accept: ["release_files", "sources", "artifact_bundles"],
  });
}

async function receiveChunks(state: State, incoming: Incoming, raw: Buffer): Promise<Reply> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { "content-type": String(incoming.headers["content-type"]) } }).formData();
  } catch {
    return detail(400, "Expected a multipart/form-data body of chunks.");
  }
  for (const [field, value] of form.entries()) {
    if ((field !== "file" && field !== "file_gzip") || typeof value === "string") return detail(400, `Unexpected field ${field}.`);
    const bytes = Buffer.from(await value.arrayBuffer());
    const chunk = field === "file_gzip" ? gunzipSync(bytes) : bytes;
    // Sentry names each chunk by its checksum and checks it.
    if (value.name !== sha1(chunk)) return detail(400, `Chunk ${value.name} does not match its checksum.`);
    state.chunks.set(value.name, chunk);
  }
  return json(200, {});
}

function describeFiles(entries: Map<string, Buffer>, manifest: Record<string, unknown>): ArtifactFile[] {
  const files = isRecord(manifest.files) ? manifest.files : {};
  return Object.entries(files).map(([path, entry]) => {
    const info = isRecord(entry) ? entry : {};
    const headers = isRecord(info.headers) ? (info.headers as Record<string, string>) : {};
    const content = entries.get(path);
    const file: ArtifactFile = {
      path,
      url: String(info.url ?? ""),
      type: String(info.type ?? ""),
      debugId: headers["debug-id"] ?? null,
      sourcemap: headers.sourcemap ?? null,
      size: content?.length ?? 0,
      mapDebugId: null,
    };
    if (file.type === "source_map" && content) {
      const map: unknown = JSON.parse(content.toString("utf8"));
      if (isRecord(map)) file.mapDebugId = String(map.debug_id ?? map.debugId ?? "") || null;
    }
    return file;
  });
}

function assemble(state: State, org: string, body: unknown): Reply {
  if (!isRecord(body) || typeof body.checksum !== "string" || !Array.isArray(body.chunks) || !body.chunks.every((c) => typeof c === "string")) {
    return detail(400, "Expected {checksum, chunks, projects, version?, dist?}.");
  }
  const chunks = body.chunks as string[];
  const missing = chunks.filter((checksum) => !state.chunks.has(checksum));
  if (missing.length > 0) return json(200, { state: "not_found", missingChunks: missing });
  if (state.artifactBundles.some((bundle) => bundle.checksum === body.checksum)) return json(200, { state: "ok", missingChunks: [] });

  const zip = Buffer.concat(chunks.map((checksum) => state.chunks.get(checksum)!));
  if (sha1(zip) !== body.checksum) return json(200, { state: "error", missingChunks: [], detail: "The bundle does not match its checksum." });
  let entries: Map<string, Buffer>;
  let manifest: unknown;
  try {
    entries = readZip(zip);
    manifest = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "null");
  } catch (err) {
    return json(200, { state: "error", missingChunks: [], detail: `Not an artifact bundle: ${(err as Error).message}` });
  }
  if (!isRecord(manifest)) return json(200, { state: "error", missingChunks: [], detail: "The bundle has no manifest.json." });
  const bundle: ArtifactBundle = {
    checksum: body.checksum,
    organization: org,
    projects: Array.isArray(body.projects) ? body.projects.map(String) : [],
    release: typeof body.version === "string" ? body.version : null,
    dist: typeof body.dist === "string" ? body.dist : null,
    bundleId: typeof manifest.debug_id === "string" ? manifest.debug_id : null,
    files: describeFiles(entries, manifest),
  };
  state.artifactBundles.push(bundle);
  return json(200, { state: "created", missingChunks: [] });
}

export async function handleArtifactUpload(state: State, incoming: Incoming, raw: Buffer): Promise<Reply> {
  if (!/^Bearer\s+\S+$/i.test(String(incoming.headers.authorization ?? ""))) {
    return detail(401, "Authentication credentials were not provided.");
  }
  const upload = CHUNK_UPLOAD_PATH.exec(incoming.path);
  if (upload) {
    if (incoming.method === "GET") return chunkUploadOptions(state, upload[1]);
    if (incoming.method === "POST") return receiveChunks(state, incoming, raw);
  }
  const assembly = ASSEMBLE_PATH.exec(incoming.path);
  if (assembly && incoming.method === "POST") return assemble(state, assembly[1], incoming.body);
  return detail(405, `Method "${incoming.method}" not allowed.`);
}
