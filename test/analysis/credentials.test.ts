import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { credentialIn, credentialKey, type Credential } from "../../src/analysis/credentials.js";
import { mayNameCredential } from "../../src/analysis/credential-words.js";
import { credentialKind, credentialNameVerdict } from "../../src/analysis/names.js";
import { analyze } from "../helpers/analyze.js";
import { JWT_APIS } from "../../src/models/jwt.js";

/** The argument of the last `sink(…)` call in the snippet. */
function sinkArgument(context: AnyContext): TSESTree.Node {
  let found: TSESTree.Node | undefined;
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "sink" && node.arguments[0]) {
      found = node.arguments[0];
    }
  });
  if (!found) throw new Error("no sink(…) call");
  return found;
}

function credentialOf(code: string, filename = "file.ts"): Pick<Credential, "name" | "origin" | "description" | "kind"> | undefined {
  return analyze(
    code,
    (context) => {
      const found = credentialIn(context, sinkArgument(context));
      // The per-file pre-check must never rule out a file in which a credential is found.
      if (found) expect(mayNameCredential(context)).toBe(true);
      return found && { name: found.name, origin: found.origin, description: found.description, kind: found.kind };
    },
    filename,
  );
}

function keyOf(code: string): string | undefined {
  return analyze(code, (context) => {
    const name = credentialKey(context, sinkArgument(context))?.name;
    if (name !== undefined) expect(mayNameCredential(context)).toBe(true);
    return name;
  });
}

describe("mayNameCredential", () => {
  it.each([
    "sink(accessToken)",
    "sink(req.headers.authorization)",
    'sink(headers.get("X-API-Key"))',
    "const { access } = await login(form); sink(access)",
    "sink(`Bearer ${t}`)",
    'sink("eyJhbGciOiJIUzI1NiJ9.e30.x")',
    'sink(cookies.get("connect.sid"))',
    "sink(userSid)",
    "sink(SESSION_ID)",
    "sink(oauthState)",
    "sink(authority)",
  ])("may find a credential in %s", (code) => {
    expect(analyze(code, (context) => mayNameCredential(context))).toBe(true);
  });

  it("may find a credential in every file that imports a JWT library", () => {
    for (const api of JWT_APIS) expect(analyze(`import lib from "${api.module}"; lib.sign(x);`, (context) => mayNameCredential(context)), api.module).toBe(true);
  });

  it.each([
    "/** @author Someone */\nconst inside = consider(side);",
    "assess(possession); const total = items.length;",
    "export function add(a: number, b: number) { return a + b; }",
  ])("rules out %s", (code) => {
    expect(analyze(code, (context) => mayNameCredential(context))).toBe(false);
  });
});

describe("credentialIn: words", () => {
  it.each([
    ["sink(accessToken)", "accessToken", "token"],
    ["sink(auth.accessToken)", "accessToken", "token"],
    ['sink(data["id_token"])', "id_token", "token"],
    ["sink(this.refreshToken)", "refreshToken", "token"],
    ["sink(user.password)", "password", "password"],
    ["sink(sessionId)", "sessionId", "session-id"],
    ["sink(process.env.API_KEY)", "API_KEY", "api-key"],
    ["sink(getAccessToken())", "getAccessToken", "token"],
    ["sink(authService.getToken())", "getToken", "token"],
    ["sink(tokenRef.current)", "tokenRef", "token"],
    ["sink(passwordInput.value)", "passwordInput", "password"],
    ['sink(localStorage.getItem("jwt"))', "jwt", "token"],
    ["const t = session.token; sink(t)", "token", "token"],
    ["sink(token.trim())", "token", "token"],
    ['sink(header.split(" ")[1] ?? bearer)', "bearer", "token"],
  ])("%s", (code, name, kind) => {
    expect(credentialOf(code)).toMatchObject({ name, origin: "name", kind });
  });

  it.each([
    "sink(tokenCount)",
    "sink(usage.maxTokens)",
    "sink(response.nextPageToken)",
    "sink(source.cancelToken)",
    "sink(deviceToken)",
    "sink(fcmToken)",
    "sink(csrfToken)",
    'sink(document.querySelector("meta[name=csrf-token]").content)',
    "sink(data.token_type)",
    "sink(data.expiresAt)",
    "sink(tokenExpiry)",
    "sink(TOKEN_KEY)",
    "sink(authProvider)",
    "sink(getAuth())",
    "sink(useAuth())",
    "sink(errors.password)",
    "sink(theme)",
    "sink(locale)",
    'const AUTH_HEADER = "Authorization"; sink(AUTH_HEADER)',
    "sink(designTokens.color)",
    "const tokenType = data.token; sink(tokenType)",
  ])("%s is not a credential", (code) => {
    expect(credentialOf(code)).toBeUndefined();
  });
});

describe("credentialIn: flow", () => {
  it("follows a JWT sign call whatever the variable is called", () => {
    expect(credentialOf('import jwt from "jsonwebtoken";\nconst x = jwt.sign({ sub }, key);\nsink(x);')).toEqual({
      name: "token",
      origin: "sign",
      description: "the token returned by jwt.sign",
      kind: "token",
    });
    expect(credentialOf('import jwt from "jsonwebtoken";\nconst accessToken = jwt.sign({ sub }, key);\nsink(accessToken);')).toMatchObject({
      name: "accessToken",
      origin: "sign",
      description: '"accessToken" returned by jwt.sign',
    });
    expect(credentialOf('import { SignJWT } from "jose";\nconst v = await new SignJWT({ sub }).setProtectedHeader({ alg }).sign(key);\nsink(v);')).toMatchObject({ origin: "sign" });
    expect(credentialOf('import jwt from "jsonwebtoken";\njwt.sign(payload, key, {}, (err, out) => { sink(out); });')).toMatchObject({ origin: "sign" });
  });

  it("recognises reads from a login response", () => {
    expect(credentialOf('const { data } = await axios.post("/api/login", creds);\nsink(data.accessToken);')).toEqual({
      name: "accessToken",
      origin: "login-response",
      description: '"accessToken" from the login response',
      kind: "token",
    });
    expect(credentialOf('const res = await axios.post("/auth/signin", creds);\nsink(res.data.token);')).toMatchObject({ origin: "login-response" });
    expect(credentialOf('const r = await fetch("/oauth/token", { method: "POST" });\nsink((await r.json()).jwt);')).toMatchObject({
      origin: "login-response",
      description: '"jwt" from the token response',
    });
    expect(credentialOf('const { token: v } = await api.login(email, password);\nsink(v);')).toMatchObject({ name: "token", origin: "login-response" });
    expect(credentialOf('fetch("/api/token/refresh/", opts).then((r) => r.json()).then((body) => sink(body.access));')).toMatchObject({
      name: "access",
      origin: "login-response",
      description: '"access" from the refresh response',
    });
    expect(credentialOf('const { data } = await axios.post("/api/token/", creds);\nconst v = data.access;\nsink(v);')).toMatchObject({ name: "access", origin: "login-response" });
    // the same field from any other response is not a credential
    expect(credentialOf('const { data } = await axios.get("/api/profile");\nsink(data.access);')).toBeUndefined();
    expect(credentialOf('const { data } = await axios.post("/api/login", creds);\nsink(data.expiresAt);')).toBeUndefined();
  });

  it("recognises the whole body of a login response identified by its URL", () => {
    expect(credentialOf('const { data } = await axios.post("/api/login", creds);\nsink(JSON.stringify(data));')).toEqual({
      name: "login response",
      origin: "login-response",
      description: "the login response",
      kind: "token",
    });
    expect(credentialOf('const res = await fetch("/oauth/token", opts);\nconst body = await res.json();\nsink(body);')).toMatchObject({ description: "the token response" });
    expect(credentialOf('fetch("/api/auth/refresh").then((r) => r.json()).then((payload) => sink(payload));')).toMatchObject({ description: "the refresh response" });
    expect(credentialOf('axios.post("/auth/signin", creds).then((res) => sink(res.data));')).toMatchObject({ description: "the login response" });
    expect(
      credentialOf("this.http.post<User>(`${environment.apiUrl}/users/authenticate`, { username, password }).pipe(map((user) => { sink(JSON.stringify(user)); return user; }));"),
    ).toMatchObject({ description: "the login response" });
    expect(credentialOf('this.http.post("/api/login", form).subscribe((session) => sink(session));')).toMatchObject({ description: "the login response" });
    // parts of it that are not credentials, other endpoints, function names alone, the fetch Response object
    expect(credentialOf('const { data } = await axios.post("/api/login", creds);\nsink(data.user);')).toBeUndefined();
    expect(credentialOf('const { data } = await axios.get("/api/orders");\nsink(data);')).toBeUndefined();
    expect(credentialOf("const user = await authService.login(email, password);\nsink(user);")).toBeUndefined();
    expect(credentialOf('const res = await fetch("/api/login", opts);\nsink(res.status);')).toBeUndefined();
  });

  it("recognises the Authorization header", () => {
    expect(credentialOf("sink(req.headers.authorization)")).toEqual({
      name: "Authorization header",
      origin: "authorization-header",
      description: "the Authorization header",
      kind: "token",
    });
    expect(credentialOf('const v = request.headers.get("Authorization");\nsink(v);')).toMatchObject({ origin: "authorization-header" });
    expect(credentialOf('const token = req.get("authorization").slice(7);\nsink(token);')).toMatchObject({
      name: "token",
      origin: "authorization-header",
      description: '"token" from the Authorization header',
    });
    expect(credentialOf("const { authorization: h } = req.headers;\nsink(h);")).toMatchObject({ origin: "authorization-header" });
    expect(credentialOf('sink(req.headers["x-auth-token"])')).toMatchObject({ name: "X-Auth-Token header" });
    expect(credentialOf("sink(req.headers.cookie)")).toMatchObject({ kind: "session-id" });
    expect(credentialOf('sink(req.headers["x-csrf-token"])')).toBeUndefined();
  });
});

describe("credentialIn: containers and strings", () => {
  it.each([
    ["sink(JSON.stringify({ token, user }))", "token"],
    ["sink({ ...session, accessToken: t })", "accessToken"],
    ["const payload = { user, jwt: data.jwt }; sink(JSON.stringify(payload))", "jwt"],
    ["sink([user, refreshToken])", "refreshToken"],
    ["sink(Object.assign({}, prefs, { sessionId }))", "sessionId"],
    ["sink({ auth: { token: t } })", "token"],
  ])("%s", (code, name) => {
    expect(credentialOf(code)).toMatchObject({ name, origin: "container" });
  });

  it("describes what the container holds", () => {
    expect(credentialOf('const { data } = await axios.post("/login", c);\nsink(JSON.stringify({ user: data.user, t: data.token }));')).toMatchObject({
      description: 'an object holding "token" from the login response',
    });
  });

  it.each([
    "sink({ theme, locale })",
    'sink({ token: null, password: "" })',
    "sink({ tokenType: data.token_type, expiresAt })",
    "sink(JSON.stringify({ password: { required: true, minLength: 8 } }))",
    "sink({ cart, draft })",
  ])("%s holds no credential", (code) => {
    expect(credentialOf(code)).toBeUndefined();
  });

  it("reads templates and concatenations", () => {
    expect(credentialOf("sink(`token=${v}; path=/`)")).toMatchObject({ name: "token", origin: "name" });
    expect(credentialOf('sink("access_token=" + v)')).toMatchObject({ name: "access_token" });
    expect(credentialOf("sink(`Bearer ${v}`)")).toMatchObject({ description: "a bearer token", kind: "token" });
    expect(credentialOf('sink(`${name}=${jwt}`)')).toMatchObject({ name: "jwt" });
    expect(credentialOf("sink(`csrf_token=${v}`)")).toBeUndefined();
    expect(credentialOf("sink(`theme=${v}`)")).toBeUndefined();
    expect(credentialOf('sink("token=; Max-Age=0")')).toBeUndefined();
    expect(credentialOf('sink("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ")')).toMatchObject({ description: "a JWT literal" });
  });

  it("stays bounded on self-referencing code and never throws", () => {
    expect(credentialOf("let a = b; let b = a; sink(a)")).toBeUndefined();
    expect(credentialOf("const o = { ...o }; sink(o)")).toBeUndefined();
    expect(credentialOf("sink(" + "(".repeat(50) + "x" + ")".repeat(50) + ")")).toBeUndefined();
  });
});

describe("credentialKey", () => {
  it.each([
    ['sink("token")', "token"],
    ['sink("app.auth.token")', "app.auth.token"],
    ['const TOKEN_KEY = "app.auth.token"; sink(TOKEN_KEY)', "app.auth.token"],
    ['sink("x-auth-token")', "x-auth-token"],
    ["sink(`${prefix}:jwt`)", "`${prefix}:jwt`"],
    ['import { TOKEN_KEY } from "./keys"; sink(TOKEN_KEY)', "TOKEN_KEY"],
    ['import { KEYS } from "./keys"; sink(KEYS.refreshToken)', "refreshToken"],
    ['import { JWT_STORAGE_KEY } from "./keys"; sink(JWT_STORAGE_KEY)', "JWT_STORAGE_KEY"],
    ['sink("sid")', "sid"],
  ])("%s", (code, name) => {
    expect(keyOf(code)).toBe(name);
  });

  it.each(['sink("theme")', 'sink("csrfToken")', 'sink("tokenExpiresAt")', 'import { THEME_KEY } from "./keys"; sink(THEME_KEY)', 'sink("XSRF-TOKEN")', "sink(key)"])(
    "%s is not a credential key",
    (code) => expect(keyOf(code)).toBeUndefined(),
  );
});

describe("names: verdicts and kinds", () => {
  it.each([
    ["accessToken", "credential"],
    ["auth", "credential"],
    ["authData", "credential"],
    ["authRedirect", "neutral"],
    ["authHeader", "credential"],
    ["tokenHeader", "excluded"],
    ["tokenId", "excluded"],
    ["tokenService", "excluded"],
    ["data", "neutral"],
    ["at", "neutral"],
    ["csrfToken", "excluded"],
  ] as const)("%s is %s", (name, verdict) => {
    expect(credentialNameVerdict(name)).toBe(verdict);
  });
  it.each([
    ["password", "password"],
    ["session_id", "session-id"],
    ["apiKey", "api-key"],
    ["refresh_token", "token"],
  ] as const)("%s is a %s", (name, kind) => {
    expect(credentialKind(name)).toBe(kind);
  });
});
