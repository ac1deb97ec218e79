import { describe, expect, it } from "vitest";
import {
  cookieLabel,
  cookieSettings,
  findCookieWrites,
  isAuthCookie,
  isAuthCookieName,
  isCsrfCookie,
  isCsrfCookieName,
  mayWriteCookies,
  type Attribute,
  type CookieWrite,
} from "../../src/models/cookies.js";
import type { AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

function show<T>(a: Attribute<T>): string {
  if (a.kind === "unknown") return "?";
  if (a.kind === "set") return a.value === undefined ? "runtime" : String(a.value);
  return `default:${a.value === undefined ? "-" : String(a.value)}${a.dynamic ? "(dynamic)" : ""}`;
}

function summary(context: AnyContext, w: CookieWrite): string {
  const auth = isAuthCookie(context, w, cookieSettings(undefined)) ? " auth" : "";
  return `${w.api} | ${show(w.name)} | httpOnly=${show(w.httpOnly)} secure=${show(w.secure)} sameSite=${show(w.sameSite)} maxAge=${show(w.maxAge)}${w.deletion ? " deletion" : ""}${auth}`;
}

function writes(code: string, filename = "file.ts"): string[] {
  return analyze(code, (context) => findCookieWrites(context).map((w) => summary(context, w)), filename);
}

describe("findCookieWrites: direct APIs", () => {
  it("Express res.cookie, with run-time values and deletions", () => {
    expect(
      writes(`import express from "express";\nconst app = express();\napp.post("/l", (req, res) => {\n  res.cookie("sid", id, { httpOnly: true, secure: isProd, maxAge: 60_000 });\n  res.cookie("theme", "dark");\n  res.cookie("sid", "", { maxAge: 0 });\n});`),
    ).toEqual([
      "res.cookie (Express) | sid | httpOnly=true secure=runtime sameSite=default:- maxAge=60000 auth",
      "res.cookie (Express) | theme | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:-",
      "res.cookie (Express) | sid | httpOnly=default:- secure=default:- sameSite=default:- maxAge=0 deletion auth",
    ]);
  });

  it("serializers (cookie, cookie-es) with maxAge in seconds", () => {
    expect(writes(`import cookie from "cookie";\nres.setHeader("Set-Cookie", cookie.serialize("token", t, { httpOnly: true, maxAge: 60 }));`)).toEqual([
      "cookie serialize | token | httpOnly=true secure=default:- sameSite=default:- maxAge=60000 auth",
    ]);
    expect(writes(`import { serialize } from "cookie-es";\nserialize("sid", v, { sameSite: true });`)).toEqual(["cookie-es serialize | sid | httpOnly=default:- secure=default:- sameSite=strict maxAge=default:- auth"]);
  });

  it("raw Set-Cookie headers in strings, templates, concatenations and arrays", () => {
    expect(
      writes(
        `res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; HttpOnly\`);\nheaders.append("set-cookie", "a=b; Secure; SameSite=None");\nnew Response(null, { headers: { "Set-Cookie": ["x=1", "token=" + t + "; HttpOnly; Max-Age=60"] } });\nres.writeHead(200, { "Set-Cookie": \`\${c}\` });\nnew Headers([["Set-Cookie", "old=; Max-Age=0"]]);`,
      ),
    ).toEqual([
      "setHeader(\"Set-Cookie\") | sid | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
      "append(\"Set-Cookie\") | a | httpOnly=default:- secure=true sameSite=none maxAge=default:-",
      "Set-Cookie header | x | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:-",
      "Set-Cookie header | token | httpOnly=true secure=default:- sameSite=default:- maxAge=60000 auth",
      "Set-Cookie header | ? | httpOnly=? secure=? sameSite=? maxAge=?",
      "Set-Cookie header | old | httpOnly=default:- secure=default:- sameSite=default:- maxAge=0 deletion",
    ]);
    // attributes added at run time: unknown
    expect(writes(`res.setHeader("Set-Cookie", \`sid=\${id}; \${flags}\`);`)).toEqual(["setHeader(\"Set-Cookie\") | sid | httpOnly=? secure=? sameSite=? maxAge=? auth"]);
  });

  it("Koa, Fastify, Hono", () => {
    expect(writes(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx) => { ctx.cookies.set("sid", v, { sameSite: "lax" }); });`)).toEqual([
      "ctx.cookies.set (Koa) | sid | httpOnly=default:true secure=default:-(dynamic) sameSite=lax maxAge=default:- auth",
    ]);
    expect(writes(`import Fastify from "fastify";\nconst app = Fastify();\napp.post("/", async (request, reply) => { reply.setCookie("token", t, { secure: "auto" }); reply.cookie("a", "b"); });`)).toEqual([
      "reply.setCookie (Fastify) | token | httpOnly=default:- secure=default:-(dynamic) sameSite=default:lax maxAge=default:- auth",
      "reply.cookie (Fastify) | a | httpOnly=default:- secure=default:- sameSite=default:lax maxAge=default:-",
    ]);
    expect(
      writes(`import cookie from "@fastify/cookie";\nimport Fastify from "fastify";\nconst app = Fastify();\napp.register(cookie, { parseOptions: { httpOnly: true } });\napp.get("/", (request, reply) => { reply.setCookie("sid", v); });`),
    ).toEqual(["reply.setCookie (Fastify) | sid | httpOnly=true secure=default:- sameSite=default:lax maxAge=default:- auth"]);
    expect(
      writes(`import { setCookie, setSignedCookie } from "hono/cookie";\nimport { Hono } from "hono";\nconst app = new Hono();\napp.post("/", (c) => { setCookie(c, "session", v, { prefix: "host" }); setSignedCookie(c, "sid", v, secret); });`),
    ).toEqual([
      "setCookie (Hono) | __Host-session | httpOnly=default:- secure=true sameSite=default:- maxAge=default:- auth",
      "setSignedCookie (Hono) | sid | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth",
    ]);
  });

  it("Next.js cookies().set (sync, awaited, object form) and NextResponse, not request cookies", () => {
    expect(
      writes(
        `import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", t); const store = await cookies(); store.set({ name: "sid", value: v, httpOnly: true }); cookies().set("x", "y", { secure: true }); }`,
      ),
    ).toEqual([
      "cookies().set (Next.js) | token | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth",
      "cookies().set (Next.js) | sid | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
      "cookies().set (Next.js) | x | httpOnly=default:- secure=true sameSite=default:- maxAge=default:-",
    ]);
    expect(
      writes(`import { NextResponse } from "next/server";\nexport function middleware(request) { const res = NextResponse.next(); res.cookies.set("session", v); request.cookies.set("a", "b"); return res; }`),
    ).toEqual(["NextResponse cookies.set (Next.js) | session | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth"]);
    expect(writes(`import type { NextResponse } from "next/server";\nexport function remember(response: NextResponse) { response.cookies.set("sid", v); }`)).toEqual([
      "NextResponse cookies.set (Next.js) | sid | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth",
    ]);
  });

  it("SvelteKit, h3 / Nuxt, Astro, Remix", () => {
    expect(writes(`export const actions = { default: async ({ cookies }) => { cookies.set("session", v, { path: "/", httpOnly: false }); } };`, "src/routes/+page.server.ts")).toEqual([
      "cookies.set (SvelteKit) | session | httpOnly=false secure=default:true sameSite=default:lax maxAge=default:- auth",
    ]);
    expect(writes(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", t); });`)).toEqual([
      "setCookie (h3) | token | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth",
    ]);
    expect(writes(`export default defineEventHandler((event) => { setCookie(event, "token", t, { httpOnly: true }); });`)).toEqual([
      "setCookie (h3) | token | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
    ]);
    // a local setCookie is not h3's
    expect(writes(`function setCookie(e, n, v) {}\nexport default defineEventHandler((event) => { setCookie(event, "token", t); });`)).toEqual([]);
    expect(writes(`import type { APIRoute } from "astro";\nexport const POST: APIRoute = ({ cookies }) => { cookies.set("sid", v); };\nAstro.cookies.set("token", t, { httpOnly: true });`)).toEqual([
      "cookies.set (Astro) | sid | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:- auth",
      "cookies.set (Astro) | token | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
    ]);
    expect(writes(`import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { secrets: [s], httpOnly: true, maxAge: 3600 });`)).toEqual([
      "createCookie (Remix) | __session | httpOnly=true secure=default:- sameSite=default:lax maxAge=3600000 auth",
    ]);
  });

  it("hapi server.state, h.state and response.state", () => {
    expect(
      writes(
        `import Hapi from "@hapi/hapi";\nconst server = Hapi.server();\nserver.state("session", { isSecure: false, ttl: 1000 });\nserver.route({ method: "POST", path: "/", handler: (request, h) => h.response("ok").code(201).state("token", t, { isHttpOnly: false }) });`,
      ),
    ).toEqual([
      "server.state (hapi) | session | httpOnly=default:true secure=false sameSite=default:strict maxAge=1000 auth",
      "h.state (hapi) | token | httpOnly=false secure=default:true sameSite=default:strict maxAge=default:- auth",
    ]);
  });

  it("csurf's cookie only when enabled", () => {
    expect(writes(`import csurf from "csurf";\napp.use(csurf({ cookie: true }));\napp.use(csurf({ cookie: { httpOnly: true, key: "XSRF" } }));\napp.use(csurf());\napp.use(csurf({ cookie: false }));`)).toEqual([
      "csurf cookie | default:_csrf | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:-",
      "csurf cookie | XSRF | httpOnly=true secure=default:- sameSite=default:- maxAge=default:-",
    ]);
  });

  it("finds nothing on look-alikes", () => {
    expect(
      writes(`const m = new Map();\nm.set("token", t);\nheaders.set("X-Foo", "a");\nform.set("session", x);\nres.clearCookie("sid");\nfunction f(res) { res.cookie("sid", v); }\nstore.state("token", t);`),
    ).toEqual([]);
  });
});

describe("findCookieWrites: session middleware", () => {
  it("applies the middleware defaults", () => {
    expect(writes(`import session from "express-session";\napp.use(session({ secret, cookie: { secure: true, maxAge: 60_000 } }));`)).toEqual([
      "express-session | default:connect.sid | httpOnly=default:true secure=true sameSite=default:- maxAge=60000 auth",
    ]);
    expect(writes(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "s", keys }));`)).toEqual([
      "cookie-session | s | httpOnly=default:true secure=default:-(dynamic) sameSite=default:- maxAge=default:- auth",
    ]);
    expect(writes(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });\n`)).toEqual([
      "next-auth | default:next-auth.session-token | httpOnly=default:true secure=default:-(dynamic) sameSite=default:lax maxAge=default:- auth",
    ]);
    expect(writes(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: false });`)).toEqual([
      "next-auth | default:next-auth.session-token | httpOnly=default:true secure=false sameSite=default:lax maxAge=default:- auth",
    ]);
    expect(writes(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", maxAge: 60 } });`)).toEqual([
      "@remix-run/node createCookieSessionStorage | __session | httpOnly=default:- secure=default:- sameSite=default:lax maxAge=60000 auth",
    ]);
    expect(writes(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret });`)).toEqual([
      "@fastify/session | default:sessionId | httpOnly=default:true secure=default:true sameSite=default:- maxAge=default:- auth",
    ]);
  });

  it("is unknown when the options are", () => {
    expect(writes(`import session from "express-session";\napp.use(session(options));`)).toEqual(["express-session | ? | httpOnly=? secure=? sameSite=? maxAge=? auth"]);
  });
});

describe("auth and CSRF cookie names", () => {
  it("knows session and credential names", () => {
    for (const name of ["sid", "session", "connect.sid", "__Host-session", "__Secure-token", "access_token", "refreshToken", "jwt", "auth", "remember_me", "koa.sess", "next-auth.session-token"]) {
      expect(isAuthCookieName(name), name).toBe(true);
    }
    for (const name of ["theme", "locale", "consent", "cart", "XSRF-TOKEN", "_csrf", "csrftoken", "tokenCount", "pageToken", "login", "skipSilentLogin"]) {
      expect(isAuthCookieName(name), name).toBe(false);
    }
    expect(isAuthCookieName("prefs", [/^prefs$/iu])).toBe(true);
  });

  it("tells companions of a session (expiry, activity, redirects, analytics) from the session", () => {
    for (const name of ["session_expires_at", "sessionExpiry", "session_timeout", "has_session", "session_active", "sess_last_seen", "analytics_session", "auth_redirect", "auth.return_to", "visitor_session"]) {
      expect(isAuthCookieName(name), name).toBe(false);
    }
    for (const name of ["session.sig", "koa.sess.sig", "sessionId", "id_token", "auth_state"]) {
      expect(isAuthCookieName(name), name).toBe(true);
    }
  });

  it("knows CSRF cookies by a computed name or a CSRF token value", () => {
    const csrf = analyze(
      `import express from "express";\nconst app = express();\nconst CSRF_COOKIE = process.env.CSRF_NAME;\napp.get("/", (req, res) => { res.cookie(CSRF_COOKIE, token, { httpOnly: false }); res.cookie(config.csrfCookieName, t); res.cookie(name, req.csrfToken()); res.cookie(name, await issueToken()); res.cookie("sid", req.csrfToken()); });`,
      (context) => findCookieWrites(context).map((w) => isCsrfCookie(context, w)),
    );
    expect(csrf).toEqual([true, true, true, false, false]);
  });

  it("knows CSRF cookie names", () => {
    expect(["_csrf", "XSRF-TOKEN", "csrf_token", "__Host-csrf", "x-csrf-token"].every((name) => isCsrfCookieName(name))).toBe(true);
    expect(["sid", "token", "theme"].some((name) => isCsrfCookieName(name))).toBe(false);
  });

  it("compiles cookieNames and skips invalid patterns", () => {
    const settings = cookieSettings({ cookieNames: ["app_auth", "(", "x.*"] });
    expect(settings.cookieNames.map((r) => r.source)).toEqual(["^(?:app_auth)$", "^(?:x.*)$"]);
    expect(settings.checkAllCookies).toBe(false);
  });

  it("labels cookies for messages", () => {
    const labels = analyze(
      `import express from "express";\nimport session from "express-session";\nconst app = express();\nconst NAME = getName();\napp.use(session({ secret }));\napp.get("/", (req, res) => { res.cookie("sid", v); res.cookie(NAME, v); });`,
      (context) => findCookieWrites(context).map((w) => cookieLabel(context, w)),
    );
    expect(labels).toEqual(['The express-session cookie "connect.sid"', 'Cookie "sid"', "Cookie NAME"]);
  });
});

describe("Set-Cookie header objects", () => {
  it("reads header objects that are written, not assertions", () => {
    expect(
      writes(
        `const headers = { "Set-Cookie": "a=1" };\nreturn json(data, { headers: { "set-cookie": "b=2" } });\nexport const handler = (req, res) => res.set({ "Set-Cookie": "c=3" });\nexpect(response.headers).toEqual({ "set-cookie": "sid=abc" });\nconst fixture = { "Set-Cookie": "sid=abc" };\nrequest(app).get("/").set({ "Set-Cookie": "d=4" });`,
      ).map((line) => line.split(" | ")[1]),
    ).toEqual(["a", "b", "c"]);
  });
});

describe("Set-Cookie headers need a receiver that holds response headers", () => {
  const names = (code: string, filename?: string): string[] => writes(code, filename).map((line) => `${line.split(" | ")[0]} ${line.split(" | ")[1]}`);

  it("ignores Maps, plain objects and unknown receivers of generic setters", () => {
    expect(
      names(
        `const jar = new Map();\njar.set("Set-Cookie", "sid=1");\nnew Map().set("Set-Cookie", "session=abc");\ncache.set("Set-Cookie", value);\nconst headers = new Map();\nheaders.set("Set-Cookie", "token=x");\nconst fake = {};\nfake.setHeader("Set-Cookie", "jwt=y");\nrequest(app).get("/").set("Set-Cookie", ["sid=2"]);`,
      ),
    ).toEqual([]);
  });

  it("accepts Headers instances and annotations, response headers and handler responses", () => {
    expect(
      names(
        `const h = new Headers();\nh.append("Set-Cookie", "a=1");\nexport function add(target: Headers) { target.set("Set-Cookie", "b=2"); }\nconst response = new Response(null);\nresponse.headers.append("Set-Cookie", "c=3");\nconst responseHeaders = getHeaders();\nresponseHeaders.append("set-cookie", "d=4");`,
      ),
    ).toEqual(['append("Set-Cookie") a', 'set("Set-Cookie") b', 'append("Set-Cookie") c', 'append("Set-Cookie") d']);
    expect(
      names(
        `import express from "express";\nimport { Hono } from "hono";\nconst app = express();\nconst hono = new Hono();\napp.get("/", (req, res) => { res.status(200).set("Set-Cookie", "e=5"); res.append("Set-Cookie", "f=6"); });\nhono.get("/", (c) => { c.header("Set-Cookie", "g=7", { append: true }); c.res.headers.append("Set-Cookie", "h=8"); return c.text("ok"); });`,
      ),
    ).toEqual(['set("Set-Cookie") e', 'append("Set-Cookie") f', 'header("Set-Cookie") g', 'append("Set-Cookie") h']);
  });

  it("accepts Node's response-only methods on any receiver that is not built as a Map or object", () => {
    expect(names(`function send(out) { out.setHeader("Set-Cookie", "a=1"); out.writeHead(200, { "Set-Cookie": "b=2" }); }`)).toEqual(['setHeader("Set-Cookie") a', "Set-Cookie header b"]);
  });

  it("reads h3's header functions", () => {
    expect(names(`import { defineEventHandler, setResponseHeader, appendHeader } from "h3";\nexport default defineEventHandler((event) => { setResponseHeader(event, "Set-Cookie", "sid=1"); appendHeader(event, "x-other", "a=1"); });`)).toEqual([
      'setResponseHeader("Set-Cookie") (h3) sid',
    ]);
  });
});

describe("more cookie APIs", () => {
  it("cookie 1.x stringifySetCookie and the object form of serialize", () => {
    expect(
      writes(
        `import { stringifySetCookie, serialize } from "cookie";\nstringifySetCookie("sid", v, { httpOnly: true });\nstringifySetCookie({ name: "token", value: t, secure: true, maxAge: 60 });\nserialize({ name: "session", value: v, sameSite: "lax" }, { encode: String });`,
      ),
    ).toEqual([
      "cookie stringifySetCookie | sid | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
      "cookie stringifySetCookie | token | httpOnly=default:- secure=true sameSite=default:- maxAge=60000 auth",
      "cookie serialize | session | httpOnly=default:- secure=default:- sameSite=lax maxAge=default:- auth",
    ]);
  });

  it("reads the object form when it is built with Object.assign or given serializer options only", () => {
    expect(
      writes(
        `let cookieModule = null;\nasync function load() { cookieModule = await import("cookie"); }\nexport function serialize(name, value, options) {\n  const { encode, ...attributes } = options || {};\n  return cookieModule.stringifySetCookie(Object.assign({ name, value }, attributes), { encode });\n}`,
      ),
    ).toEqual(["cookie stringifySetCookie | ? | httpOnly=? secure=? sameSite=? maxAge=?"]);
    expect(writes(`import { stringifySetCookie } from "cookie";\nstringifySetCookie(cookie, { encode: String });\nstringifySetCookie(name, value);`)).toEqual([
      "cookie stringifySetCookie | runtime | httpOnly=default:- secure=default:- sameSite=default:- maxAge=default:-",
    ]);
  });

  it("hono generateCookie / generateSignedCookie and what prefix forces", () => {
    expect(
      writes(
        `import { generateCookie, generateSignedCookie } from "hono/cookie";\nconst a = generateCookie("sid", v, { httpOnly: true });\nconst b = await generateSignedCookie("token", v, secret, { prefix: "secure", secure: false });\nconst c = generateCookie("auth", v, { prefix: "host", path: "/admin", domain: "example.com" });`,
      ),
    ).toEqual([
      "generateCookie (Hono) | sid | httpOnly=true secure=default:- sameSite=default:- maxAge=default:- auth",
      "generateSignedCookie (Hono) | __Secure-token | httpOnly=default:- secure=true sameSite=default:- maxAge=default:- auth",
      "generateCookie (Hono) | __Host-auth | httpOnly=default:- secure=true sameSite=default:- maxAge=default:- auth",
    ]);
    const host = analyze(`import { generateCookie } from "hono/cookie";\ngenerateCookie("auth", v, { prefix: "host", path: "/admin", domain: "example.com" });`, (context) =>
      findCookieWrites(context).map((w) => `${w.path.kind === "set" ? w.path.value : "-"} ${w.domain.kind}`),
    );
    expect(host).toEqual(["/ default"]);
    const runtime = analyze(`import { setCookie } from "hono/cookie";\nsetCookie(c, "sid", v, { prefix: strict ? "host" : undefined });`, (context) =>
      findCookieWrites(context).map((w) => `${String(w.namePrefixAtRuntime)} ${w.secure.kind}`),
    );
    expect(runtime).toEqual(["true set"]);
  });

  it("SvelteKit cookies.serialize and h3 setChunkedCookie", () => {
    expect(writes(`export async function GET({ cookies }) { return new Response(null, { headers: { "set-cookie": cookies.serialize("session", v, { path: "/", httpOnly: false }) } }); }`, "src/routes/api/+server.ts")).toEqual([
      "cookies.serialize (SvelteKit) | session | httpOnly=false secure=default:true sameSite=default:lax maxAge=default:- auth",
    ]);
    expect(writes(`import { setChunkedCookie } from "h3";\nsetChunkedCookie(event, "session", sealed, { maxAge: 60 });`)).toEqual([
      "setChunkedCookie (h3) | session | httpOnly=default:- secure=default:- sameSite=default:- maxAge=60000 auth",
    ]);
  });

  it("hapi: server-wide state defaults and server.state definitions under h.state", () => {
    expect(
      writes(
        `import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000, state: { isSecure: false, isSameSite: "Lax" } });\nserver.state("sid", { isHttpOnly: false });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.response("ok").state("sid", v).state("token", t, { isSecure: true }) });`,
      ),
    ).toEqual([
      "server.state (hapi) | sid | httpOnly=false secure=false sameSite=lax maxAge=default:- auth",
      "h.state (hapi) | sid | httpOnly=false secure=false sameSite=lax maxAge=default:- auth",
      "h.state (hapi) | token | httpOnly=default:true secure=true sameSite=lax maxAge=default:- auth",
    ]);
    // two servers: whose defaults apply is not known, none are used
    expect(writes(`import Hapi from "@hapi/hapi";\nconst a = Hapi.server({ state: { isSecure: false } });\nconst b = new Hapi.Server({ state: { isSecure: true } });\na.state("sid", {});`)).toEqual([
      "server.state (hapi) | sid | httpOnly=default:true secure=default:true sameSite=default:strict maxAge=default:- auth",
    ]);
  });

  it("keeps one write per session of a @fastify/secure-session options array", () => {
    expect(
      writes(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, cookie: { httpOnly: false } }, { sessionName: "b", key }]);`),
    ).toEqual([
      "@fastify/secure-session | a | httpOnly=false secure=? sameSite=? maxAge=default:- auth",
      "@fastify/secure-session | b | httpOnly=default:true secure=? sameSite=? maxAge=default:- auth",
    ]);
  });

  it("does not count flags as auth cookies", () => {
    expect(
      writes(`import express from "express";\nconst app = express();\napp.get("/", (req, res) => { res.cookie("skipSilentLogin", true, { httpOnly: true }); res.cookie("session_seen", "1"); res.cookie("sid", "1", {}); });`, "file.ts").map((line) => line.endsWith(" auth")),
    ).toEqual([false, false, false]);
    const settings = cookieSettings({ cookieNames: ["session_seen"] });
    expect(analyze(`import express from "express";\nconst app = express();\napp.get("/", (req, res) => { res.cookie("session_seen", "1"); });`, (context) => findCookieWrites(context).map((w) => isAuthCookie(context, w, settings)))).toEqual([true]);
  });
});

describe("mayWriteCookies pre-check", () => {
  const may = (code: string) => analyze(code, (context) => mayWriteCookies(context));
  it("passes files that spell a cookie API in any case, a `.state(` call or a session middleware", () => {
    expect(may("res.cookie('sid', id);")).toBe(true);
    expect(may("headers.set('SET-COOKIE', v);")).toBe(true);
    expect(may("h.sEt('sEt-CoOkIe', v);")).toBe(true);
    expect(may("h.state('sid', id);")).toBe(true);
    expect(may('import session from "express-session";\napp.use(session({ secret: s }));')).toBe(true);
  });
  it("rejects files with none of them", () => {
    expect(may("const rookie = 1; map.set('a', 1);")).toBe(false);
    expect(may("this.state = 1; const kit = 2;")).toBe(false);
  });
});
