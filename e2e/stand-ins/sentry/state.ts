// Everything a running stand-in remembers, in memory, per server instance (tests may start
// several servers in one process; they must not share tokens or notes).

export type Config = {
  /** Lifetime in seconds of access tokens issued from now on (also the `expires_in` answered). */
  tokenExpiresIn: number;
  /** Lifetime in seconds of authorization codes (Sentry: 10 minutes). */
  codeExpiresIn: number;
};

export type AuthCode = {
  clientId: string;
  userId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | null;
  createdAt: number;
  used: boolean;
};

export type AccessToken = { userId: string; scope: string; expiresAt: number };

export type RefreshToken = { userId: string; scope: string; clientId: string; current: boolean };

export type Note = {
  id: string;
  userId: string;
  text: string;
  dateCreated: string;
};

export type Fault = {
  id: string;
  method: string | null;
  path: string;
  match: "prefix" | "exact" | "regex";
  regex: RegExp | null;
  status: number | null;
  body: unknown;
  retryAfter: number | null;
  delayMs: number;
  remaining: number;
};

export type LoggedRequest = {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** null while the answer is still pending (e.g. during an injected delay). */
  status: number | null;
  at: string;
};

export type EnvelopeItem = {
  /** `event`, `transaction`, `span`, `log`, … */
  type: string;
  header: Record<string, unknown>;
  /** Parsed JSON, or the text when it is not JSON. */
  payload: unknown;
  /** The payload as sent, for checks that nothing in it leaked. */
  raw: string;
};

export type Envelope = {
  projectId: string;
  key: string;
  receivedAt: string;
  header: Record<string, unknown>;
  items: EnvelopeItem[];
  /** The whole envelope as sent. */
  raw: string;
};

/** One file of an uploaded artifact bundle, as its manifest describes it. */
export type ArtifactFile = {
  /** Its path inside the bundle. */
  path: string;
  /** The URL it matches in stack frames, e.g. `~/_next/static/chunks/app.js`. */
  url: string;
  /** `minified_source`, `source_map`, … */
  type: string;
  debugId: string | null;
  /** For a script: the path of its source map. */
  sourcemap: string | null;
  size: number;
  /** For a source map: the debug id written into the map itself. */
  mapDebugId: string | null;
};

/** A source map upload (`sentry-cli sourcemaps upload`), once assembled. */
export type ArtifactBundle = {
  checksum: string;
  organization: string;
  projects: string[];
  release: string | null;
  dist: string | null;
  bundleId: string | null;
  files: ArtifactFile[];
};

export type State = {
  /** Own base URL, e.g. http://127.0.0.1:53211; known once listening. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  initialConfig: Config;
  config: Config;
  codes: Map<string, AuthCode>;
  accessTokens: Map<string, AccessToken>;
  refreshTokens: Map<string, RefreshToken>;
  /** Notes per issue id, oldest first. */
  notes: Map<string, Note[]>;
  /** Fields changed by PUT on an issue, applied to later GETs of that issue. */
  issueUpdates: Map<string, Record<string, unknown>>;
  faults: Fault[];
  requests: LoggedRequest[];
  /** What the SDKs sent to the ingest endpoint, oldest first. */
  envelopes: Envelope[];
  /** Uploaded chunks by SHA-1, until a bundle is assembled from them. */
  chunks: Map<string, Buffer>;
  artifactBundles: ArtifactBundle[];
  counter: number;
};

export function createState(options: { clientId: string; clientSecret: string; config: Config }): State {
  return {
    baseUrl: "",
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    initialConfig: { ...options.config },
    config: { ...options.config },
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    notes: new Map(),
    issueUpdates: new Map(),
    faults: [],
    requests: [],
    envelopes: [],
    chunks: new Map(),
    artifactBundles: [],
    counter: 0,
  };
}

/** Monotonic ids for notes and faults, unique within one server. */
export function nextId(state: State): string {
  state.counter += 1;
  return String(state.counter);
}

/** Back to start: tokens already issued stay valid (tests reset between cases while signed in). */
export function resetState(state: State): void {
  state.config = { ...state.initialConfig };
  state.faults = [];
  state.requests = [];
  state.envelopes = [];
  state.chunks.clear();
  state.artifactBundles = [];
  state.notes.clear();
  state.issueUpdates.clear();
}
