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
    invalid(`res.append("Set-Cookie", ⟦"token=" + jwt + "; Path=/"⟧);`, [missingNoFix]),
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
