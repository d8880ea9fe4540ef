// HTML for the OAuth consent screen and its error page. Every echoed value goes through
// escapeHtml: the query string is attacker-controlled, and a browser test must see exactly
// what it sent, not markup.
import { escapeHtml } from "./http.ts";
import { USERS } from "./fixtures.ts";

export type AuthorizeRequest = {
  responseType: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
};

const STYLE = `body{font-family:system-ui,sans-serif;background:#f5f3f7;color:#2b1d38;margin:0}
main{max-width:28rem;margin:4rem auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.25rem}ul{padding-left:1.25rem}label{display:block;margin:1rem 0}
.actions{display:flex;gap:.5rem}button{padding:.5rem 1rem;border-radius:4px;border:1px solid #6c5fc7;cursor:pointer}
button[value=approve]{background:#6c5fc7;color:#fff}button[value=deny]{background:#fff;color:#6c5fc7}`;

function layout(title: string, inner: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${inner}</main></body></html>`;
}

function hidden(name: string, value: string | undefined): string {
  if (value === undefined) return "";
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

export function consentPage(appName: string, req: AuthorizeRequest): string {
  const scopes = req.scope.split(/[\s,]+/).filter((s) => s.length > 0);
  const scopeList = scopes.length
    ? `<ul class="scopes">${scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ul>`
    : `<p>No specific permissions requested.</p>`;
  const options = USERS.map(
    (u, i) =>
      `<option value="${escapeHtml(u.id)}"${i === 0 ? " selected" : ""}>${escapeHtml(u.name)} &lt;${escapeHtml(u.email)}&gt;</option>`,
  ).join("");
  return layout(
    "Authorize application - Sentry",
    `<h1>${escapeHtml(appName)} wants to access your Sentry account</h1>
<p>It is requesting the following permissions:</p>
${scopeList}
<form method="post" action="/oauth/authorize/">
${hidden("response_type", req.responseType)}
${hidden("client_id", req.clientId)}
${hidden("redirect_uri", req.redirectUri)}
${hidden("scope", req.scope)}
${hidden("state", req.state)}
${hidden("code_challenge", req.codeChallenge)}
${hidden("code_challenge_method", req.codeChallengeMethod)}
<label>Signed in as <select name="user">${options}</select></label>
<div class="actions">
<button type="submit" name="op" value="approve">Approve</button>
<button type="submit" name="op" value="deny">Deny</button>
</div>
</form>`,
  );
}

export function errorPage(message: string): string {
  return layout("Authorization error - Sentry", `<h1>Authorization error</h1><p class="error">${escapeHtml(message)}</p>`);
}
