import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as tsParser from "@typescript-eslint/parser";
import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/require-cookie-httponly.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const missing = (output: string, fix = "httpOnly: true") => ({ messageId: "missingHttpOnly", suggestions: [{ messageId: "addHttpOnly", data: { fix }, output }] });
const disabled = (output: string, fix = "httpOnly: true") => ({ messageId: "httpOnlyDisabled", suggestions: [{ messageId: "addHttpOnly", data: { fix }, output }] });
const missingNoFix = { messageId: "missingHttpOnly", suggestions: [] };

const EXPRESS = `import express from "express";\nconst app = express();\n`;
const KOA = `import Koa from "koa";\nconst app = new Koa();\n`;
const FASTIFY = `import Fastify from "fastify";\nconst app = Fastify();\n`;
const HONO = `import { Hono } from "hono";\nimport { setCookie, setSignedCookie } from "hono/cookie";\nconst app = new Hono();\n`;
const HAPI = `import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000 });\n`;

ruleTester.run("require-cookie-httponly", rule as unknown as TesterRule, {
  valid: [
    // --- more APIs
    valid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true, secure: true, sameSite: "strict" });\n  }\n}`),
    valid(`${HONO}app.post("/login", async (c) => { await setSignedCookie(c, "sid", id, secret, { httpOnly: true }); });`),
    valid(`import { NextResponse } from "next/server";\nexport function middleware() { const res = NextResponse.next(); res.cookies.set("session", id, { httpOnly: true }); return res; }`),
    valid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", httpOnly: true, secrets } });`),
    valid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password } } });`),
    // --- Express res.cookie with HttpOnly, run-time values, unknown options
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { httpOnly: true, secure: true }); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { httpOnly: process.env.NODE_ENV === "production" }); });`),
    valid(`${EXPRESS}import { cookieDefaults } from "./cookies";\napp.post("/login", (req, res) => { res.cookie("sid", id, { ...cookieDefaults }); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, buildOptions()); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, ...rest); });`),
    valid(`${EXPRESS}const base = { httpOnly: true } as const;\napp.post("/login", (req, res) => { res.cookie("token", jwt, { ...base, maxAge: 900_000 } satisfies express.CookieOptions); });`),
    // --- non-credential cookies, CSRF cookies, deletions, clearCookie
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("theme", "dark"); res.cookie("locale", req.query.lang); });`),
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("XSRF-TOKEN", req.csrfToken(), { httpOnly: false, sameSite: "strict" }); });`),
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("_csrf", secret); res.cookie("csrf_token", token); });`),
    valid(`${EXPRESS}app.post("/logout", (req, res) => { res.clearCookie("sid"); res.cookie("sid", "", { expires: new Date(0) }); res.cookie("token", "", { maxAge: 0 }); });`),
    // --- look-alikes: not cookie jars
    valid(`const cookies = new Map();\ncookies.set("token", jwt);\nconst store = { cookie(name, value) {} };\nstore.cookie("sid", id);`),
    valid(`function send(res) { res.cookie("sid", id); }`),
    valid(`const headers = new Headers();\nheaders.set("X-Token", token);\nform.set("session", value);`),
    valid(`import { cookie } from "./jar";\ncookie("sid", id);`),
    // --- session middleware: HttpOnly on by default
    valid(`import session from "express-session";\napp.use(session({ secret, cookie: { secure: true } }));`),
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "sess", keys }));`),
    valid(`import session from "koa-session";\napp.use(session({ key: "sid" }, app));`),
    valid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { secure: true } });`),
    valid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { path: "/" } });`),
    valid(`import { getIronSession } from "iron-session";\nconst session = await getIronSession(req, res, { password, cookieName: "app" });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, cookies: { sessionToken: { name: "sid", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } } } });`),
    valid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "sid", password } });`),
    // --- Koa: HttpOnly by default
    valid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id); });`),
    valid(`module.exports = async function (ctx, next) { ctx.cookies.set("token", jwt, { signed: true }); };`),
    // --- csurf: a CSRF cookie
    valid(`import csurf from "csurf";\napp.use(csurf({ cookie: true }));`),
    // --- cookie.serialize, Set-Cookie strings with HttpOnly
    ...validAcrossImports({ module: "cookie", member: "serialize", code: `res.setHeader("Set-Cookie", $FN("token", jwt, { httpOnly: true }));` }),
    valid(`import { serialize } from "cookie-es";\nserialize("session", v, { httpOnly: true });`),
    valid(`res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; httponly; Secure\`);`),
    valid(`res.setHeader("Set-Cookie", \`\${name}=\${id}; \${flags}\`);\nres.setHeader("Set-Cookie", cookieString);`),
    valid(`res.setHeader("Set-Cookie", "theme=dark; Path=/");`),
    valid(`res.setHeader("Set-Cookie", "sid=; Max-Age=0");`),
    // --- Fastify, Hono, Next.js, h3, Astro, Remix with HttpOnly
    valid(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { httpOnly: true, path: "/" }); });`),
    valid(`import cookie from "@fastify/cookie";\n${FASTIFY}app.register(cookie, { parseOptions: { httpOnly: true, secure: true } });\napp.post("/login", async (request, reply) => { reply.setCookie("token", jwt); });`),
    valid(`${HONO}app.post("/login", (c) => { setCookie(c, "session", id, { httpOnly: true }); });`),
    valid(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", jwt, { httpOnly: true }); }`),
    valid(`import { cookies } from "next/headers";\nexport async function POST() { const store = await cookies(); store.set({ name: "session", value: id, httpOnly: true }); }`),
    valid(`import { cookies } from "next/headers";\nexport async function POST(request: Request) { request.cookies.set("token", jwt); }`),
    valid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { httpOnly: true }); });`),
    valid(`import type { APIRoute } from "astro";\nexport const POST: APIRoute = ({ cookies }) => { cookies.set("session", id, { httpOnly: true }); return new Response(null); };`),
    valid(`import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { httpOnly: true, secrets });`),
    // --- SvelteKit and hapi: HttpOnly by default
    valid(`export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/" }); } };`, { filename: "src/routes/login/+page.server.ts" }),
    valid(`${HAPI}server.state("session", { ttl: 86_400_000 });\nserver.route({ method: "POST", path: "/login", handler: (request, h) => h.response("ok").state("token", jwt) });`),
    // --- options: cookieNames extends the vocabulary, invalid regexes are ignored
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("prefs", value); });`, { options: [{ cookieNames: ["app_auth", "("] }] }),
  ],
  invalid: [
    // --- a file that spells no credential word (the per-file pre-check must let it through): hapi's `state` with a `remember` cookie
    invalid(`${HAPI}server.route({ method: "GET", path: "/", handler: (request, h) => h.response("ok").state("remember_me", request.query.v, { ⟦isHttpOnly: false⟧ }) });`, [
      disabled(`${HAPI}server.route({ method: "GET", path: "/", handler: (request, h) => h.response("ok").state("remember_me", request.query.v, { isHttpOnly: true }) });`, "isHttpOnly: true"),
    ]),
    // --- more APIs
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, ⟦isHttpOnly: false⟧ } } });`, [disabled(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, isHttpOnly: true } } });`, "isHttpOnly: true")]),
    // --- Express res.cookie
    invalid(`${EXPRESS}app.post("/login", (req, res) => { ⟦res.cookie⟧("sid", id); });`, [
      missing(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { httpOnly: true }); });`),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { ⟦res.cookie⟧("sid", id, { secure: true }); });`, [
      missing(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { secure: true, httpOnly: true }); });`),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { ⟦httpOnly: false⟧ }); });`, [
      disabled(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true }); });`),
    ]),
    // the value is a credential, the name is not
    invalid(`${EXPRESS}app.post("/login", async (req, res) => {\n  const accessToken = await issue(req.user);\n  ⟦res.cookie⟧("a", accessToken, {});\n});`, [
      missing(`${EXPRESS}app.post("/login", async (req, res) => {\n  const accessToken = await issue(req.user);\n  res.cookie("a", accessToken, { httpOnly: true });\n});`),
    ]),
    // options in a variable, a spread of a local constant, TypeScript wrappers
    invalid(`${EXPRESS}const opts = { maxAge: 3_600_000, sameSite: "lax" } as const;\napp.post("/login", (req, res) => { ⟦res.cookie⟧("session", id, opts); });`, [
      missing(`${EXPRESS}const opts = { maxAge: 3_600_000, sameSite: "lax", httpOnly: true } as const;\napp.post("/login", (req, res) => { res.cookie("session", id, opts); });`),
    ]),
    invalid(`${EXPRESS}const base = { secure: true };\napp.post("/login", (req, res) => { ⟦res!.cookie⟧("jwt", token, { ...base, path: "/" } satisfies express.CookieOptions); });`, [
      missing(`${EXPRESS}const base = { secure: true };\napp.post("/login", (req, res) => { res!.cookie("jwt", token, { ...base, path: "/", httpOnly: true } satisfies express.CookieOptions); });`),
    ]),
    // a constant name
    invalid(`${EXPRESS}const SESSION_COOKIE = "app.sid";\napp.post("/login", (req, res) => { ⟦res.cookie⟧(SESSION_COOKIE, id); });`, [
      missing(`${EXPRESS}const SESSION_COOKIE = "app.sid";\napp.post("/login", (req, res) => { res.cookie(SESSION_COOKIE, id, { httpOnly: true }); });`),
    ]),
    // helper functions: typed, and called from a handler
    invalid(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  ⟦res.cookie⟧("token", token);\n}`, [
      missing(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  res.cookie("token", token, { httpOnly: true });\n}`),
    ]),
    invalid(`${EXPRESS}function remember(out, value) { ⟦out.cookie⟧("remember_me", value); }\napp.post("/login", (req, res) => { remember(res, "x"); });`, [
      missing(`${EXPRESS}function remember(out, value) { out.cookie("remember_me", value, { httpOnly: true }); }\napp.post("/login", (req, res) => { remember(res, "x"); });`),
    ]),
    // conventional controllers without an import
    invalid(`exports.login = async (req, res) => {\n  ⟦res.cookie⟧("refresh_token", refresh, { secure: true });\n};`, [
      missing(`exports.login = async (req, res) => {\n  res.cookie("refresh_token", refresh, { secure: true, httpOnly: true });\n};`),
    ]),
    // NestJS @Res()
    invalid(
      `import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    ⟦res.cookie⟧("access_token", this.token);\n  }\n}`,
      [
        missing(
          `import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true });\n  }\n}`,
        ),
      ],
    ),
    // --- cookieNames / checkAllCookies
    invalid(`${EXPRESS}app.get("/", (req, res) => { ⟦res.cookie⟧("app_auth", value); });`, [missing(`${EXPRESS}app.get("/", (req, res) => { res.cookie("app_auth", value, { httpOnly: true }); });`)], {
      options: [{ cookieNames: ["app_auth"] }],
    }),
    invalid(`${EXPRESS}app.get("/", (req, res) => { ⟦res.cookie⟧("prefs", value); res.cookie("XSRF-TOKEN", t); });`, [missing(`${EXPRESS}app.get("/", (req, res) => { res.cookie("prefs", value, { httpOnly: true }); res.cookie("XSRF-TOKEN", t); });`)], {
      options: [{ checkAllCookies: true }],
    }),
    // --- session middleware that turns HttpOnly off
    invalid(`import session from "express-session";\napp.use(session({ secret, cookie: { ⟦httpOnly: false⟧ } }));`, [
      disabled(`import session from "express-session";\napp.use(session({ secret, cookie: { httpOnly: true } }));`),
    ]),
    invalid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys, ⟦httpOnly: false⟧ }));`, [disabled(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys, httpOnly: true }));`)]),
    invalid(`import session from "koa-session";\napp.use(session({ ⟦httpOnly: false⟧ }, app));`, [disabled(`import session from "koa-session";\napp.use(session({ httpOnly: true }, app));`)]),
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { ⟦httpOnly: false⟧ } });`, [
      disabled(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { httpOnly: true } });`),
    ]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { ⟦httpOnly: false⟧ } });`, [
      disabled(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { httpOnly: true } });`),
    ]),
    invalid(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { ⟦httpOnly: false⟧ } });`, [
      disabled(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { httpOnly: true } });`),
    ]),
    invalid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, cookies: { sessionToken: { name: "sid", options: { ⟦httpOnly: false⟧ } } } });`, [
      disabled(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, cookies: { sessionToken: { name: "sid", options: { httpOnly: true } } } });`),
    ]),
    invalid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "sid", password, ⟦isHttpOnly: false⟧ } });`, [
      disabled(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "sid", password, isHttpOnly: true } });`, "isHttpOnly: true"),
    ]),
    // Remix: cookie sessions are not HttpOnly unless asked
    invalid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = ⟦createCookieSessionStorage⟧({ cookie: { name: "__session", secrets, sameSite: "lax" } });`, [
      missing(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", secrets, sameSite: "lax", httpOnly: true } });`),
    ]),
    // --- Koa
    invalid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { ⟦httpOnly: false⟧ }); });`, [disabled(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { httpOnly: true }); });`)]),
    // --- cookie.serialize / cookie-es, every import style
    ...invalidAcrossImports({
      module: "cookie",
      member: "serialize",
      code: `res.setHeader("Set-Cookie", ⟦$FN⟧("token", jwt, { path: "/" }));`,
      errors: [missing(`res.setHeader("Set-Cookie", $FN("token", jwt, { path: "/", httpOnly: true }));`)],
    }),
    invalid(`import { serialize } from "cookie-es";\nconst header = ⟦serialize⟧("session", id);`, [missing(`import { serialize } from "cookie-es";\nconst header = serialize("session", id, { httpOnly: true });`)]),
    // --- raw Set-Cookie headers
    invalid(`res.setHeader("Set-Cookie", ⟦\`sid=\${id}; Path=/; Secure\`⟧);`, [missing(`res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; Secure; HttpOnly\`);`, "HttpOnly")]),
    invalid(`export function login(req, res) {\n  res.append("Set-Cookie", ⟦"token=" + jwt + "; Path=/"⟧);\n}`, [missingNoFix]),
    invalid(`res.writeHead(302, { Location: "/", "Set-Cookie": ⟦"session=abc123; Path=/;"⟧ });`, [missing(`res.writeHead(302, { Location: "/", "Set-Cookie": "session=abc123; Path=/; HttpOnly" });`, "HttpOnly")]),
    invalid(`const headers = new Headers();\nheaders.append("set-cookie", ⟦'jwt=' + token⟧);\nheaders.set("Set-Cookie", "theme=dark");`, [missingNoFix]),
    invalid(`export function GET() {\n  return new Response(null, { headers: { "Set-Cookie": [⟦"sid=1; Secure"⟧, "lang=en"] } });\n}`, [
      missing(`export function GET() {\n  return new Response(null, { headers: { "Set-Cookie": ["sid=1; Secure; HttpOnly", "lang=en"] } });\n}`, "HttpOnly"),
    ]),
    invalid(`const cookie = ⟦\`auth_token=\${token}\`⟧;\nres.setHeader("Set-Cookie", cookie);`, [missing(`const cookie = \`auth_token=\${token}; HttpOnly\`;\nres.setHeader("Set-Cookie", cookie);`, "HttpOnly")]),
    // --- Fastify
    invalid(`${FASTIFY}app.post("/login", async (request, reply) => { ⟦reply.setCookie⟧("token", jwt, { path: "/" }); });`, [
      missing(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { path: "/", httpOnly: true }); });`),
    ]),
    invalid(`import type { FastifyReply } from "fastify";\nexport function remember(reply: FastifyReply, id: string) { ⟦reply.cookie⟧("sid", id); }`, [
      missing(`import type { FastifyReply } from "fastify";\nexport function remember(reply: FastifyReply, id: string) { reply.cookie("sid", id, { httpOnly: true }); }`),
    ]),
    // --- Hono
    invalid(`${HONO}app.post("/login", (c) => { ⟦setCookie⟧(c, "session", id, { secure: true }); });`, [missing(`${HONO}app.post("/login", (c) => { setCookie(c, "session", id, { secure: true, httpOnly: true }); });`)]),
    invalid(`${HONO}app.post("/login", async (c) => { await ⟦setSignedCookie⟧(c, "sid", id, secret); });`, [missing(`${HONO}app.post("/login", async (c) => { await setSignedCookie(c, "sid", id, secret, { httpOnly: true }); });`)]),
    // --- Next.js: sync, awaited, object form, NextResponse
    invalid(`import { cookies } from "next/headers";\nexport async function POST() { ⟦(await cookies()).set⟧("token", jwt); }`, [
      missing(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", jwt, { httpOnly: true }); }`),
    ]),
    invalid(`import { cookies } from "next/headers";\nexport function POST() { ⟦cookies().set⟧("session", id, { secure: true }); }`, [
      missing(`import { cookies } from "next/headers";\nexport function POST() { cookies().set("session", id, { secure: true, httpOnly: true }); }`),
    ]),
    invalid(`import { cookies } from "next/headers";\nexport async function login() {\n  "use server";\n  const store = await cookies();\n  ⟦store.set⟧({ name: "session", value: id, secure: true });\n}`, [
      missing(`import { cookies } from "next/headers";\nexport async function login() {\n  "use server";\n  const store = await cookies();\n  store.set({ name: "session", value: id, secure: true, httpOnly: true });\n}`),
    ]),
    invalid(`import { NextResponse } from "next/server";\nexport function middleware(request) {\n  const response = NextResponse.next();\n  ⟦response.cookies.set⟧("token", jwt);\n  return response;\n}`, [
      missing(`import { NextResponse } from "next/server";\nexport function middleware(request) {\n  const response = NextResponse.next();\n  response.cookies.set("token", jwt, { httpOnly: true });\n  return response;\n}`),
    ]),
    // --- SvelteKit: explicit opt-out
    invalid(`export const actions = { login: async ({ cookies }) => { cookies.set("session", id, { path: "/", ⟦httpOnly: false⟧ }); } };`, [
      disabled(`export const actions = { login: async ({ cookies }) => { cookies.set("session", id, { path: "/", httpOnly: true }); } };`),
    ], { filename: "src/routes/login/+page.server.ts" }),
    // --- h3: imported, and the Nuxt auto-import
    invalid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { ⟦setCookie⟧(event, "token", jwt); });`, [
      missing(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { httpOnly: true }); });`),
    ]),
    invalid(`export default defineEventHandler(async (event) => { ⟦setCookie⟧(event, "auth", token, { maxAge: 3600 }); });`, [
      missing(`export default defineEventHandler(async (event) => { setCookie(event, "auth", token, { maxAge: 3600, httpOnly: true }); });`),
    ], { filename: "server/api/login.post.ts" }),
    // --- Astro
    invalid(`import type { APIRoute } from "astro";\nexport const POST: APIRoute = ({ cookies }) => { ⟦cookies.set⟧("session", id); return new Response(null); };`, [
      missing(`import type { APIRoute } from "astro";\nexport const POST: APIRoute = ({ cookies }) => { cookies.set("session", id, { httpOnly: true }); return new Response(null); };`),
    ]),
    invalid(`⟦Astro.cookies.set⟧("token", jwt, { path: "/" });`, [missing(`Astro.cookies.set("token", jwt, { path: "/", httpOnly: true });`)]),
    // --- Remix createCookie
    invalid(`import { createCookie } from "@remix-run/node";\nexport const session = ⟦createCookie⟧("session", { secrets });`, [missing(`import { createCookie } from "@remix-run/node";\nexport const session = createCookie("session", { secrets, httpOnly: true });`)]),
    // --- hapi
    invalid(`${HAPI}server.state("session", { ⟦isHttpOnly: false⟧ });`, [disabled(`${HAPI}server.state("session", { isHttpOnly: true });`, "isHttpOnly: true")]),
    invalid(`${HAPI}server.route({ method: "POST", path: "/login", handler: (request, h) => h.response("ok").state("token", jwt, { ⟦isHttpOnly: false⟧ }) });`, [
      disabled(`${HAPI}server.route({ method: "POST", path: "/login", handler: (request, h) => h.response("ok").state("token", jwt, { isHttpOnly: true }) });`, "isHttpOnly: true"),
    ]),
  ],
});

// --- precision on real code (corpus), newer APIs, TypeScript and TSX shapes
const NEXT_PAGE = `import { cookies } from "next/headers";\nimport { redirect } from "next/navigation";\n`;

ruleTester.run("require-cookie-httponly (precision and more APIs)", rule as unknown as TesterRule, {
  valid: [
    // a Map, a cache or a test client is not a response, whatever header name it is given
    valid(`const jar = new Map<string, string>();\njar.set("Set-Cookie", "sid=abc123");\nnew Map().set("Set-Cookie", "token=" + jwt);`),
    valid(`cache.set("Set-Cookie", "session=abc");\nawait request(app).get("/me").set("Set-Cookie", ["sid=1"]);\nconst headers = new Map();\nheaders.set("Set-Cookie", "token=x");`),
    // a flag is not a credential, whatever its name (express-openid-connect `skipSilentLogin`)
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("skipSilentLogin", true, { secure: true }); res.cookie("logged_in", "yes"); res.cookie("session_seen", 1); });`),
    // companions of a session that the page may read: its expiry, whether one exists; analytics ids
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("session_expires_at", String(expiresAt)); res.cookie("has_session", "true"); res.cookie("analytics_session", visit.id); });`),
    // CSRF cookies named through a constant or config, or holding a CSRF token
    valid(`${EXPRESS}const CSRF_COOKIE = process.env.CSRF_COOKIE_NAME ?? "csrf";\napp.get("/", (req, res) => { const token = makeToken(); res.cookie(CSRF_COOKIE, token, { httpOnly: false }); res.cookie(config.csrfCookieName, token, { httpOnly: false }); });`),
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie(cookieName, req.csrfToken(), { httpOnly: false, sameSite: "strict" }); });`),
    // a helper whose parameter is a Map at every call site
    valid(`function put(store, id) { store.set("session", id); }\nput(new Map(), "x");\nexport const actions = { default: async () => put(cache, "y") };`, { filename: "src/routes/+page.server.ts" }),
    // CSRF cookies stay readable on every API
    valid(`${HONO}app.get("/", (c) => { setCookie(c, "csrf_token", token, { httpOnly: false }); return c.text("ok"); });`),
    valid(`import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: "XSRF-TOKEN", value: token, httpOnly: false });`),
    // framework defaults that are HttpOnly: SvelteKit serialize, hapi state (also server-wide)
    valid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/" }) } });\n}`, { filename: "src/routes/api/session/+server.ts" }),
    valid(`${HAPI.replace("{ port: 3000 }", "{ port: 3000, state: { isSecure: true } }")}server.route({ method: "GET", path: "/", handler: (request, h) => h.state("sid", id) });`),
    valid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { isHttpOnly: false } });\nserver.route({ method: "POST", path: "/", handler: (request, h) => h.response().state("sid", id, { isHttpOnly: true }) });`),
    // HttpOnly given: newer cookie / hono APIs in every import style
    ...validAcrossImports({ module: "cookie", member: "stringifySetCookie", code: `res.setHeader("Set-Cookie", $FN("sid", id, { httpOnly: true }));` }),
    ...validAcrossImports({ module: "hono/cookie", member: "generateCookie", code: `const header = $FN("session", id, { httpOnly: true, secure: true });` }),
    valid(`import { generateSignedCookie } from "hono/cookie";\nconst header = await generateSignedCookie("sid", id, secret, { httpOnly: true });`),
    // TypeScript wrappers around safe options
    valid(`${EXPRESS}const base = { httpOnly: true } satisfies express.CookieOptions;\napp.post("/login", (req, res) => { (res as express.Response)!.cookie("sid", id, base as express.CookieOptions); });`),
    // TSX: a Next.js server action in a page component, HttpOnly set
    valid(`${NEXT_PAGE}export default function Login() {\n  async function login(form: FormData) {\n    "use server";\n    (await cookies()).set("session", String(form.get("id")), { httpOnly: true });\n    redirect("/");\n  }\n  return <form action={login}><button>Sign in</button></form>;\n}`, { filename: "app/login/page.tsx" }),
    // clearing a cookie
    valid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller()\nexport class A {\n  @Post("logout")\n  out(@Res() res: Response) { res.clearCookie("session"); }\n}`),
  ],
  invalid: [
    // newer cookie 1.x API, positional and object form, every import style
    ...invalidAcrossImports({
      module: "cookie",
      member: "stringifySetCookie",
      code: `res.setHeader("Set-Cookie", ⟦$FN⟧("token", jwt, { secure: true }));`,
      errors: [missing(`res.setHeader("Set-Cookie", $FN("token", jwt, { secure: true, httpOnly: true }));`)],
    }),
    invalid(`import { serialize } from "cookie";\nconst header = ⟦serialize⟧({ name: "session", value: id, secure: true }, { encode: String });`, [
      missing(`import { serialize } from "cookie";\nconst header = serialize({ name: "session", value: id, secure: true, httpOnly: true }, { encode: String });`),
    ]),
    // hono generateCookie / generateSignedCookie
    ...invalidAcrossImports({
      module: "hono/cookie",
      member: "generateCookie",
      code: `const header = ⟦$FN⟧("session", id, { secure: true });`,
      errors: [missing(`const header = $FN("session", id, { secure: true, httpOnly: true });`)],
    }),
    invalid(`import { generateSignedCookie } from "hono/cookie";\nconst header = await ⟦generateSignedCookie⟧("sid", id, secret);`, [
      missing(`import { generateSignedCookie } from "hono/cookie";\nconst header = await generateSignedCookie("sid", id, secret, { httpOnly: true });`),
    ]),
    // SvelteKit cookies.serialize opting out
    invalid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", ⟦httpOnly: false⟧ }) } });\n}`, [
      disabled(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", httpOnly: true }) } });\n}`),
    ], { filename: "src/routes/api/session/+server.ts" }),
    // hapi: a server-wide default that turns HttpOnly off, reported once where it is written
    invalid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000, state: { ⟦isHttpOnly: false⟧ } });\nserver.route({ method: "POST", path: "/", handler: (request, h) => h.response("ok").state("sid", id).state("token", jwt) });`, [
      disabled(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000, state: { isHttpOnly: true } });\nserver.route({ method: "POST", path: "/", handler: (request, h) => h.response("ok").state("sid", id).state("token", jwt) });`, "isHttpOnly: true"),
    ]),
    // a server.state definition is inherited by h.state of the same name: one finding, at the definition
    invalid(`import Hapi from "@hapi/hapi";\nconst server = new Hapi.Server();\nserver.state("session", { ⟦isHttpOnly: false⟧ });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("session", id) });`, [
      disabled(`import Hapi from "@hapi/hapi";\nconst server = new Hapi.Server();\nserver.state("session", { isHttpOnly: true });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("session", id) });`, "isHttpOnly: true"),
    ]),
    // every session of a @fastify/secure-session array is checked
    invalid(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, cookie: { ⟦httpOnly: false⟧ } }, { sessionName: "b", key, cookie: { ⟦httpOnly: false⟧ } }]);`, [
      disabled(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, cookie: { httpOnly: true } }, { sessionName: "b", key, cookie: { httpOnly: false } }]);`),
      disabled(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, cookie: { httpOnly: false } }, { sessionName: "b", key, cookie: { httpOnly: true } }]);`),
    ]),
    // Set-Cookie on proven response headers
    invalid(`const headers = new Headers();\nheaders.append("Set-Cookie", ⟦\`session=\${id}; Secure\`⟧);\nreturn new Response(null, { headers });`, [
      missing(`const headers = new Headers();\nheaders.append("Set-Cookie", \`session=\${id}; Secure; HttpOnly\`);\nreturn new Response(null, { headers });`, "HttpOnly"),
    ]),
    invalid(`${HONO}app.post("/login", (c) => { c.header("Set-Cookie", ⟦"sid=" + id⟧, { append: true }); return c.text("ok"); });`, [missingNoFix]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.status(200).set("Set-Cookie", ⟦"token=abc; Secure"⟧).end(); });`, [
      missing(`${EXPRESS}app.post("/login", (req, res) => { res.status(200).set("Set-Cookie", "token=abc; Secure; HttpOnly").end(); });`, "HttpOnly"),
    ]),
    invalid(`export function attach(target: Headers, id: string) {\n  target.set("Set-Cookie", ⟦\`sid=\${id}\`⟧);\n}`, [missing(`export function attach(target: Headers, id: string) {\n  target.set("Set-Cookie", \`sid=\${id}; HttpOnly\`);\n}`, "HttpOnly")]),
    // a helper that receives a cookie jar under another name, called from a SvelteKit action
    invalid(`function remember(store, id) {\n  store.set("session", id, { path: "/", ⟦httpOnly: false⟧ });\n}\nexport const actions = { default: async (event) => { remember(event.cookies, "x"); } };`, [
      disabled(`function remember(store, id) {\n  store.set("session", id, { path: "/", httpOnly: true });\n}\nexport const actions = { default: async (event) => { remember(event.cookies, "x"); } };`),
    ], { filename: "src/routes/+page.server.ts" }),
    // h3 header functions
    invalid(`import { defineEventHandler, setResponseHeader } from "h3";\nexport default defineEventHandler((event) => { setResponseHeader(event, "Set-Cookie", ⟦"auth=" + token⟧); });`, [missingNoFix]),
    // a flag-like value under a name the project declared as an auth cookie
    invalid(`${EXPRESS}app.get("/", (req, res) => { ⟦res.cookie⟧("session_seen", "1"); });`, [missing(`${EXPRESS}app.get("/", (req, res) => { res.cookie("session_seen", "1", { httpOnly: true }); });`)], {
      options: [{ cookieNames: ["session_seen"] }],
    }),
    // TypeScript: `as`, `!`, generics, `satisfies` around the receiver and the options
    invalid(`import type { Response } from "express";\nexport function remember<T extends string>(res: Response | undefined, token: T) {\n  ⟦(res as Response)!.cookie⟧("token", token, { secure: true } satisfies Record<string, unknown>);\n}`, [
      missing(`import type { Response } from "express";\nexport function remember<T extends string>(res: Response | undefined, token: T) {\n  (res as Response)!.cookie("token", token, { secure: true, httpOnly: true } satisfies Record<string, unknown>);\n}`),
    ]),
    // TSX: a Next.js server action declared in a page component
    invalid(
      `${NEXT_PAGE}export default function Login() {\n  async function login(form: FormData) {\n    "use server";\n    ⟦(await cookies()).set⟧("session", String(form.get("id")), { secure: true });\n    redirect("/");\n  }\n  return <form action={login}><button>Sign in</button></form>;\n}`,
      [missing(`${NEXT_PAGE}export default function Login() {\n  async function login(form: FormData) {\n    "use server";\n    (await cookies()).set("session", String(form.get("id")), { secure: true, httpOnly: true });\n    redirect("/");\n  }\n  return <form action={login}><button>Sign in</button></form>;\n}`)],
      { filename: "app/login/page.tsx" },
    ),
    // TSX: a route handler file next to React components
    invalid(`import { NextResponse } from "next/server";\nexport async function POST() {\n  const res = NextResponse.json({ ok: true });\n  ⟦res.cookies.set⟧({ name: "token", value: await issue(), path: "/" });\n  return res;\n}`, [
      missing(`import { NextResponse } from "next/server";\nexport async function POST() {\n  const res = NextResponse.json({ ok: true });\n  res.cookies.set({ name: "token", value: await issue(), path: "/", httpOnly: true });\n  return res;\n}`),
    ], { filename: "app/api/login/route.tsx" }),
  ],
});

// --- type-aware: the checker says a value is an express Response (test/fixtures/typed-cookies declares a minimal `express`)
const typedRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "typed-cookies");
const typedTester = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: typedRoot } } });

typedTester.run("require-cookie-httponly (type-aware)", rule as unknown as TesterRule, {
  valid: [
    valid(`declare const out: Map<string, string>;\nout.set("sid", "abc");\ndeclare const other: { cookie(name: string, value: string): void };\nother.cookie("sid", "abc");`, { filename: "file.ts" }),
    valid(`import type { Response } from "express";\ndeclare function current(): Response;\ncurrent().cookie("sid", "abc", { httpOnly: true });`, { filename: "file.ts" }),
    // a type named Response from any other module is not express's
    valid(`declare global {\n  interface Response { cookie(name: string, value: string): void }\n}\ndeclare function fetchLike(): Response;\nconst r = fetchLike();\nr.cookie("sid", "abc");\nexport {};`, { filename: "file.ts" }),
  ],
  invalid: [
    // no annotation, no handler: only the type says `out` is an express Response
    invalid(`import type { Response } from "express";\ndeclare function current(): Response;\nconst out = current();\n⟦out.cookie⟧("sid", "abc");`, [
      missing(`import type { Response } from "express";\ndeclare function current(): Response;\nconst out = current();\nout.cookie("sid", "abc", { httpOnly: true });`),
    ], { filename: "file.ts" }),
    invalid(`import type { Response } from "express";\nclass Session {\n  constructor(private readonly res: Response) {}\n  start(id: string) { ⟦this.res.cookie⟧("session", id); }\n}`, [
      missing(`import type { Response } from "express";\nclass Session {\n  constructor(private readonly res: Response) {}\n  start(id: string) { this.res.cookie("session", id, { httpOnly: true }); }\n}`),
    ], { filename: "file.ts" }),
  ],
});
