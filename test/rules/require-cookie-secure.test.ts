import rule from "../../rules/require-cookie-secure.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const missing = (output: string, fix = "secure: true") => ({ messageId: "missingSecure", suggestions: [{ messageId: "addSecure", data: { fix }, output }] });
const disabled = (output: string, fix = "secure: true") => ({ messageId: "secureDisabled", suggestions: [{ messageId: "addSecure", data: { fix }, output }] });
const missingNoFix = { messageId: "missingSecure", suggestions: [] };

const EXPRESS = `import express from "express";\nconst app = express();\n`;
const KOA = `import Koa from "koa";\nconst app = new Koa();\n`;
const FASTIFY = `import Fastify from "fastify";\nconst app = Fastify();\n`;
const HONO = `import { Hono } from "hono";\nimport { setCookie } from "hono/cookie";\nconst app = new Hono();\n`;
const HAPI = `import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000 });\n`;

ruleTester.run("require-cookie-secure", rule as unknown as TesterRule, {
  valid: [
    // --- more APIs
    valid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true, secure: true, sameSite: "strict" });\n  }\n}`),
    valid(`import { serialize } from "cookie-es";\nserialize("session", id, { secure: true });`),
    valid(`import { NextResponse } from "next/server";\nexport function middleware() { const res = NextResponse.next(); res.cookies.set({ name: "session", value: id, secure: true }); return res; }`),
    valid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", secure: true } });`),
    valid(`${HONO}import { setSignedCookie } from "hono/cookie";\napp.post("/", async (c) => { await setSignedCookie(c, "sid", id, secret, { secure: true }); });`),
    // --- Express: explicit, run-time, unknown
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { secure: true, httpOnly: true }); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { secure: req.secure }); });`),
    valid(`${EXPRESS}const isProd = process.env.NODE_ENV === "production";\napp.post("/login", (req, res) => { res.cookie("token", jwt, { secure: isProd }); });`),
    valid(`${EXPRESS}import { cookieDefaults } from "./cookies";\napp.post("/login", (req, res) => { res.cookie("sid", id, { ...cookieDefaults, httpOnly: true }); });`),
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("theme", "dark"); res.cookie("consent", "yes", { secure: false }); });`),
    valid(`${EXPRESS}app.post("/logout", (req, res) => { res.clearCookie("sid"); res.cookie("sid", "", { maxAge: 0 }); });`),
    valid(`const cookies = new Map();\ncookies.set("session", id);\nheaders.set("Authorization", token);`),
    // --- defaults that are Secure, or decided per request
    valid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { httpOnly: true }); });`),
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "sess", keys }));`),
    valid(`import session from "koa-session";\napp.use(session({ key: "sid" }, app));`),
    valid(`import session from "express-session";\napp.use(session({ secret, cookie: { secure: "auto" } }));`),
    valid(`import session from "express-session";\napp.use(session({ secret, cookie: { secure: process.env.NODE_ENV !== "development" } }));`),
    valid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret });`),
    valid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key });`),
    valid(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app" });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: process.env.NODE_ENV === "production" });`),
    valid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "sid", password } });`),
    valid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password } } });`),
    valid(`export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/" }); } };`, { filename: "src/routes/+page.server.ts" }),
    valid(`${HAPI}server.state("session", { ttl: 1000 });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt) });`),
    valid(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { secure: "auto", httpOnly: true }); });`),
    valid(`import cookie from "@fastify/cookie";\n${FASTIFY}app.register(cookie, { parseOptions: { secure: true } });\napp.post("/login", async (request, reply) => { reply.setCookie("token", jwt); });`),
    valid(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { prefix: "host" }); setCookie(c, "token", jwt, { prefix: "secure" }); });`),
    // --- CSRF cookies are not auth cookies (unless checkAllCookies)
    valid(`import csurf from "csurf";\napp.use(csurf({ cookie: { key: "_csrf" } }));`),
    // --- Set-Cookie strings and serializers with Secure
    ...validAcrossImports({ module: "cookie", member: "serialize", code: `$FN("token", jwt, { secure: true });` }),
    valid(`res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; HttpOnly; Secure\`);`),
    valid(`res.setHeader("Set-Cookie", [\`token=\${t}; secure\`, "lang=en"]);`),
    valid(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", jwt, { secure: true }); }`),
    valid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { secure: !import.meta.dev }); });`),
    valid(`Astro.cookies.set("session", id, { secure: true });`),
    valid(`import { createCookie } from "react-router";\nexport const session = createCookie("__session", { secure: process.env.NODE_ENV === "production" });`),
  ],
  invalid: [
    // --- more APIs
    invalid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    ⟦res.cookie⟧("access_token", this.token, { httpOnly: true });\n  }\n}`, [missing(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true, secure: true });\n  }\n}`)]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { ⟦secure: false⟧ } });`, [disabled(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { secure: true } });`)]),
    invalid(`${HONO}import { setSignedCookie } from "hono/cookie";\napp.post("/", async (c) => { await ⟦setSignedCookie⟧(c, "sid", id, secret); });`, [missing(`${HONO}import { setSignedCookie } from "hono/cookie";\napp.post("/", async (c) => { await setSignedCookie(c, "sid", id, secret, { secure: true }); });`)]),
    // --- Express
    invalid(`${EXPRESS}app.post("/login", (req, res) => { ⟦res.cookie⟧("sid", id, { httpOnly: true }); });`, [
      missing(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { httpOnly: true, secure: true }); });`),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true, ⟦secure: false⟧ }); });`, [
      disabled(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true, secure: true }); });`),
    ]),
    invalid(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  ⟦res.cookie⟧("token", token);\n}`, [
      missing(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  res.cookie("token", token, { secure: true });\n}`),
    ]),
    invalid(`${EXPRESS}const cookieOptions = { httpOnly: true, sameSite: "strict" as const };\napp.post("/login", (req, res) => { ⟦res.cookie⟧("sid", id, cookieOptions); });`, [
      missing(`${EXPRESS}const cookieOptions = { httpOnly: true, sameSite: "strict" as const, secure: true };\napp.post("/login", (req, res) => { res.cookie("sid", id, cookieOptions); });`),
    ]),
    invalid(`${EXPRESS}app.get("/", (req, res) => { ⟦res.cookie⟧("consent", "yes"); });`, [missing(`${EXPRESS}app.get("/", (req, res) => { res.cookie("consent", "yes", { secure: true }); });`)], {
      options: [{ checkAllCookies: true }],
    }),
    // --- session middleware
    invalid(`import session from "express-session";\napp.use(⟦session⟧({ secret, resave: false }));`, [
      missing(`import session from "express-session";\napp.use(session({ secret, resave: false, cookie: { secure: true } }));`),
    ]),
    invalid(`import session from "express-session";\napp.use(⟦session⟧({ secret, cookie: { httpOnly: true } }));`, [
      missing(`import session from "express-session";\napp.use(session({ secret, cookie: { httpOnly: true, secure: true } }));`),
    ]),
    invalid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys, ⟦secure: false⟧ }));`, [disabled(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys, secure: true }));`)]),
    invalid(`import session from "koa-session";\napp.use(session(app, { ⟦secure: false⟧ }));`, [disabled(`import session from "koa-session";\napp.use(session(app, { secure: true }));`)]),
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { ⟦secure: false⟧ } });`, [
      disabled(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { secure: true } });`),
    ]),
    invalid(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { ⟦secure: false⟧ } });`, [
      disabled(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { secure: true } });`),
    ]),
    invalid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, ⟦useSecureCookies: false⟧ });`, [disabled(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: true });`)]),
    invalid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, ⟦isSecure: false⟧ } });`, [
      disabled(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, isSecure: true } });`, "isSecure: true"),
    ]),
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, ⟦isSecure: false⟧ } } });`, [
      disabled(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, isSecure: true } } });`, "isSecure: true"),
    ]),
    invalid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = ⟦createCookieSessionStorage⟧({ cookie: { name: "__session", httpOnly: true } });`, [
      missing(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", httpOnly: true, secure: true } });`),
    ]),
    // --- csurf with checkAllCookies
    invalid(`import csurf from "csurf";\napp.use(csurf({ ⟦cookie⟧: { key: "_csrf", httpOnly: true } }));`, [missing(`import csurf from "csurf";\napp.use(csurf({ cookie: { key: "_csrf", httpOnly: true, secure: true } }));`)], {
      options: [{ checkAllCookies: true }],
    }),
    invalid(`import csurf from "csurf";\napp.use(csurf({ ⟦cookie⟧: true }));`, [missingNoFix], { options: [{ checkAllCookies: true }] }),
    // --- Koa
    invalid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { ⟦secure: false⟧ }); });`, [disabled(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { secure: true }); });`)]),
    // --- serializers and strings
    ...invalidAcrossImports({
      module: "cookie",
      member: "serialize",
      code: `const header = ⟦$FN⟧("token", jwt, { httpOnly: true });`,
      errors: [missing(`const header = $FN("token", jwt, { httpOnly: true, secure: true });`)],
    }),
    invalid(`import { serialize } from "cookie-es";\n⟦serialize⟧("session", id);`, [missing(`import { serialize } from "cookie-es";\nserialize("session", id, { secure: true });`)]),
    invalid(`res.setHeader("Set-Cookie", ⟦\`sid=\${id}; Path=/; HttpOnly\`⟧);`, [missing(`res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; HttpOnly; Secure\`);`, "Secure")]),
    invalid(`const headers = new Headers({ "Set-Cookie": ⟦"session=abc; HttpOnly"⟧ });`, [missing(`const headers = new Headers({ "Set-Cookie": "session=abc; HttpOnly; Secure" });`, "Secure")]),
    // --- Fastify, Hono, Next.js, SvelteKit, h3, Astro, Remix, hapi
    invalid(`${FASTIFY}app.post("/login", async (request, reply) => { ⟦reply.setCookie⟧("token", jwt, { httpOnly: true }); });`, [
      missing(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { httpOnly: true, secure: true }); });`),
    ]),
    invalid(`${HONO}app.post("/", (c) => { ⟦setCookie⟧(c, "session", id, { httpOnly: true }); });`, [missing(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { httpOnly: true, secure: true }); });`)]),
    invalid(`import { cookies } from "next/headers";\nexport async function POST() { ⟦(await cookies()).set⟧("token", jwt, { httpOnly: true }); }`, [
      missing(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", jwt, { httpOnly: true, secure: true }); }`),
    ]),
    invalid(`import { NextResponse } from "next/server";\nexport async function POST() {\n  const res = NextResponse.json({ ok: true });\n  ⟦res.cookies.set⟧({ name: "session", value: id, httpOnly: true });\n  return res;\n}`, [
      missing(`import { NextResponse } from "next/server";\nexport async function POST() {\n  const res = NextResponse.json({ ok: true });\n  res.cookies.set({ name: "session", value: id, httpOnly: true, secure: true });\n  return res;\n}`),
    ]),
    invalid(`export const POST = async ({ cookies }) => { cookies.set("session", id, { path: "/", ⟦secure: false⟧ }); return new Response(); };`, [
      disabled(`export const POST = async ({ cookies }) => { cookies.set("session", id, { path: "/", secure: true }); return new Response(); };`),
    ], { filename: "src/routes/api/login/+server.ts" }),
    invalid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { ⟦setCookie⟧(event, "token", jwt, { httpOnly: true }); });`, [
      missing(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { httpOnly: true, secure: true }); });`),
    ]),
    invalid(`export async function POST({ cookies }) { ⟦cookies.set⟧("session", id, { httpOnly: true }); return new Response(null); }`, [
      missing(`export async function POST({ cookies }) { cookies.set("session", id, { httpOnly: true, secure: true }); return new Response(null); }`),
    ], { filename: "src/pages/api/login.ts" }),
    invalid(`import { createCookie } from "@remix-run/node";\nexport const auth = ⟦createCookie⟧("auth", { httpOnly: true });`, [missing(`import { createCookie } from "@remix-run/node";\nexport const auth = createCookie("auth", { httpOnly: true, secure: true });`)]),
    invalid(`${HAPI}server.state("session", { ⟦isSecure: false⟧, isHttpOnly: true });`, [disabled(`${HAPI}server.state("session", { isSecure: true, isHttpOnly: true });`, "isSecure: true")]),
    invalid(`${HAPI}server.route({ method: "POST", path: "/login", handler: (request, h) => { h.state("token", jwt, { ⟦isSecure: false⟧ }); return "ok"; } });`, [
      disabled(`${HAPI}server.route({ method: "POST", path: "/login", handler: (request, h) => { h.state("token", jwt, { isSecure: true }); return "ok"; } });`, "isSecure: true"),
    ]),
  ],
});

// --- precision on real code (corpus), newer APIs, TypeScript and TSX shapes
const NEXT_PAGE = `import { cookies } from "next/headers";\n`;

ruleTester.run("require-cookie-secure (precision and more APIs)", rule as unknown as TesterRule, {
  valid: [
    // look-alikes: a Map, a cache, a test client
    valid(`const jar = new Map<string, string>();\njar.set("Set-Cookie", "sid=abc123; HttpOnly");\nnew Map().set("set-cookie", "token=" + jwt);`),
    valid(`store.set("Set-Cookie", "session=abc");\nawait request(app).post("/login").set("Set-Cookie", ["sid=1"]);`),
    // a flag is not a credential
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("skipSilentLogin", true, { httpOnly: true }); res.cookie("remember_me", "1"); });`),
    // hono prefixes force Secure, whatever `secure` says
    valid(`import { generateCookie } from "hono/cookie";\nconst a = generateCookie("session", id, { prefix: "secure", secure: false });\nconst b = generateCookie("token", jwt, { prefix: "host" });`),
    // a prefix chosen at run time: Secure decided at run time
    valid(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { prefix: strict ? "host" : undefined }); return c.text("ok"); });`),
    // a serializer wrapper passing caller options through (@fastify/cookie's own `serialize`), even with checkAllCookies
    valid(`let cookieModule = null;\nasync function load() { cookieModule = await import("cookie"); }\nexport function serialize(name, value, options) {\n  const { encode, ...attributes } = options || {};\n  return cookieModule.stringifySetCookie(Object.assign({ name, value }, attributes), { encode });\n}`, { options: [{ checkAllCookies: true }] }),
    // deletions: Koa's `set(name, null)`, an empty value
    valid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", null, { secure: false }); ctx.cookies.set("token", "", { secure: false }); });`),
    // hapi: Secure by default, also when a server-wide default does not mention it
    valid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { isSameSite: "Lax" } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("sid", id) });`),
    // SvelteKit serialize: Secure by default
    valid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/" }) } });\n}`, { filename: "src/routes/+server.ts" }),
    // secure given: newer APIs in every import style, run-time values, TypeScript wrappers
    ...validAcrossImports({ module: "cookie", member: "stringifySetCookie", code: `$FN({ name: "sid", value: id, secure: process.env.NODE_ENV === "production" });` }),
    ...validAcrossImports({ module: "hono/cookie", member: "generateSignedCookie", code: `const header = await $FN("token", jwt, secret, { secure: true });` }),
    valid(`${EXPRESS}const opts = { secure: true, httpOnly: true } satisfies express.CookieOptions;\napp.post("/login", (req, res) => { (res as express.Response)!.cookie<string>("sid", id, opts); });`),
    valid(`${NEXT_PAGE}export default function Page() {\n  async function remember() {\n    "use server";\n    (await cookies()).set({ name: "session", value: "x", secure: true, httpOnly: true });\n  }\n  return <form action={remember} />;\n}`, { filename: "app/page.tsx" }),
  ],
  invalid: [
    // cookie 1.x, positional and object form, every import style
    ...invalidAcrossImports({
      module: "cookie",
      member: "stringifySetCookie",
      code: `const header = ⟦$FN⟧("session", id, { httpOnly: true });`,
      errors: [missing(`const header = $FN("session", id, { httpOnly: true, secure: true });`)],
    }),
    invalid(`import * as cookie from "cookie";\nconst header = cookie.stringifySetCookie({ name: "token", value: jwt, httpOnly: true, ⟦secure: false⟧ });`, [
      disabled(`import * as cookie from "cookie";\nconst header = cookie.stringifySetCookie({ name: "token", value: jwt, httpOnly: true, secure: true });`),
    ]),
    // hono generateCookie / generateSignedCookie
    ...invalidAcrossImports({
      module: "hono/cookie",
      member: "generateCookie",
      code: `const header = ⟦$FN⟧("session", id, { httpOnly: true });`,
      errors: [missing(`const header = $FN("session", id, { httpOnly: true, secure: true });`)],
    }),
    invalid(`import { generateSignedCookie } from "hono/cookie";\nconst header = await generateSignedCookie("sid", id, secret, { ⟦secure: false⟧ });`, [
      disabled(`import { generateSignedCookie } from "hono/cookie";\nconst header = await generateSignedCookie("sid", id, secret, { secure: true });`),
    ]),
    // SvelteKit cookies.serialize opting out
    invalid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", ⟦secure: false⟧ }) } });\n}`, [
      disabled(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", secure: true }) } });\n}`),
    ], { filename: "src/routes/+server.ts" }),
    // hapi: server-wide `isSecure: false`, one finding where it is written
    invalid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 8080, state: { ⟦isSecure: false⟧ } });\nserver.state("session", { ttl: 1000 });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt) });`, [
      disabled(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 8080, state: { isSecure: true } });\nserver.state("session", { ttl: 1000 });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt) });`, "isSecure: true"),
    ]),
    // every session of a secure-session array
    invalid(`import ss from "@fastify/secure-session";\nfastify.register(ss, [{ sessionName: "a", key, cookie: { secure: true } }, { sessionName: "b", key, cookieOptions: { ⟦secure: false⟧ } }]);`, [
      disabled(`import ss from "@fastify/secure-session";\nfastify.register(ss, [{ sessionName: "a", key, cookie: { secure: true } }, { sessionName: "b", key, cookieOptions: { secure: true } }]);`),
    ]),
    // Set-Cookie on proven response headers only
    invalid(`const headers = new Headers();\nheaders.set("Set-Cookie", ⟦"session=abc; HttpOnly"⟧);\nconst map = new Map();\nmap.set("Set-Cookie", "token=abc; HttpOnly");`, [
      missing(`const headers = new Headers();\nheaders.set("Set-Cookie", "session=abc; HttpOnly; Secure");\nconst map = new Map();\nmap.set("Set-Cookie", "token=abc; HttpOnly");`, "Secure"),
    ]),
    invalid(`${KOA}app.use(async (ctx) => { ctx.set("Set-Cookie", ⟦\`sid=\${ctx.state.sid}; HttpOnly\`⟧); });`, [
      missing(`${KOA}app.use(async (ctx) => { ctx.set("Set-Cookie", \`sid=\${ctx.state.sid}; HttpOnly; Secure\`); });`, "Secure"),
    ]),
    invalid(`${FASTIFY}app.get("/", async (request, reply) => { reply.code(302).header("set-cookie", ⟦"token=abc; HttpOnly"⟧).redirect("/"); });`, [
      missing(`${FASTIFY}app.get("/", async (request, reply) => { reply.code(302).header("set-cookie", "token=abc; HttpOnly; Secure").redirect("/"); });`, "Secure"),
    ]),
    // TypeScript: generics and `!` around a typed helper
    invalid(`import type { FastifyReply } from "fastify";\nexport function remember<R extends FastifyReply>(reply: R | null, id: string) {\n  ⟦reply!.setCookie⟧("sid", id, { httpOnly: true } as const);\n}`, [
      missing(`import type { FastifyReply } from "fastify";\nexport function remember<R extends FastifyReply>(reply: R | null, id: string) {\n  reply!.setCookie("sid", id, { httpOnly: true, secure: true } as const);\n}`),
    ]),
    // TSX: a Next.js server action inside a page component
    invalid(`${NEXT_PAGE}export default function Page() {\n  async function remember(form: FormData) {\n    "use server";\n    const store = await cookies();\n    ⟦store.set⟧("session", String(form.get("id")), { httpOnly: true });\n  }\n  return <form action={remember} />;\n}`, [
      missing(`${NEXT_PAGE}export default function Page() {\n  async function remember(form: FormData) {\n    "use server";\n    const store = await cookies();\n    store.set("session", String(form.get("id")), { httpOnly: true, secure: true });\n  }\n  return <form action={remember} />;\n}`),
    ], { filename: "app/page.tsx" }),
    // Remix: a __Host- session cookie still needs Secure, which createCookie does not add
    invalid(`import { createCookieSessionStorage } from "react-router";\nexport const storage = ⟦createCookieSessionStorage⟧({ cookie: { name: "__Host-session", httpOnly: true, path: "/" } });`, [
      missing(`import { createCookieSessionStorage } from "react-router";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__Host-session", httpOnly: true, path: "/", secure: true } });`),
    ]),
  ],
});
