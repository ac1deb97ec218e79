import rule from "../../rules/require-cookie-samesite.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const LAX = 'sameSite: "lax"';
const missing = (output: string, fix = LAX) => ({ messageId: "missingSameSite", suggestions: [{ messageId: "addSameSite", data: { fix }, output }] });
const disabled = (output: string, fix = LAX) => ({ messageId: "sameSiteDisabled", suggestions: [{ messageId: "addSameSite", data: { fix }, output }] });
const noneWithoutSecure = (addSecure: string | undefined, useLax: string | undefined, fix = LAX, secure = "secure: true") => ({
  messageId: "noneWithoutSecure",
  suggestions: [
    ...(addSecure !== undefined ? [{ messageId: "addSecure", data: { secure }, output: addSecure }] : []),
    ...(useLax !== undefined ? [{ messageId: "useLax", data: { fix }, output: useLax }] : []),
  ],
});
const missingNoFix = { messageId: "missingSameSite", suggestions: [] };

const EXPRESS = `import express from "express";\nconst app = express();\n`;
const KOA = `import Koa from "koa";\nconst app = new Koa();\n`;
const FASTIFY = `import Fastify from "fastify";\nconst app = Fastify();\n`;
const HONO = `import { Hono } from "hono";\nimport { setCookie } from "hono/cookie";\nconst app = new Hono();\n`;
const HAPI = `import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000 });\n`;

ruleTester.run("require-cookie-samesite", rule as unknown as TesterRule, {
  valid: [
    // --- more APIs
    valid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true, secure: true, sameSite: "strict" });\n  }\n}`),
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "sess", keys, sameSite: "strict" }));`),
    valid(`import { serialize } from "cookie-es";\nserialize("session", id, { sameSite: "lax" });`),
    valid(`import session from "koa-session";\napp.use(session({ sameSite: "lax" }, app));`),
    valid(`import { NextResponse } from "next/server";\nexport function middleware() { const res = NextResponse.next(); res.cookies.set("session", id, { sameSite: "strict" }); return res; }`),
    valid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { sameSite: "strict" } });`),
    valid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password } } });`),
    // --- explicit Lax / Strict, run-time values, unknown options
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { sameSite: "lax" }); res.cookie("token", jwt, { sameSite: "Strict" }); res.cookie("jwt", t, { sameSite: true }); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { sameSite: config.sameSite }); });`),
    valid(`${EXPRESS}import { cookieDefaults } from "./cookies";\napp.post("/login", (req, res) => { res.cookie("sid", id, { ...cookieDefaults }); });`),
    // --- SameSite=None with Secure (a cookie that must cross sites)
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { sameSite: "none", secure: true }); });`),
    valid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { sameSite: "none", secure: isProd }); });`),
    valid(`res.setHeader("Set-Cookie", "session=abc; SameSite=None; Secure; HttpOnly");`),
    valid(`import session from "express-session";\napp.use(session({ secret, cookie: { sameSite: "none", secure: true } }));`),
    // --- safe framework defaults
    valid(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { httpOnly: true }); });`),
    valid(`export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/" }); } };`, { filename: "src/routes/+page.server.ts" }),
    valid(`${HAPI}server.state("session", { isSecure: true });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt) });`),
    valid(`import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { secrets, httpOnly: true, secure: true });`),
    valid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session" } });`),
    valid(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app" });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });`),
    valid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password } });`),
    // unknown default (depends on @fastify/cookie's version): silent
    // --- not auth cookies, deletions, look-alikes
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("theme", "dark"); res.cookie("locale", "en", { sameSite: false }); });`),
    valid(`${EXPRESS}app.post("/logout", (req, res) => { res.clearCookie("sid"); res.cookie("sid", "", { expires: new Date(0) }); });`),
    valid(`const jar = new Map();\njar.set("session", id);\nheaders.set("X-Session", id);`),
    valid(`import csurf from "csurf";\napp.use(csurf({ cookie: true }));`),
    // --- serializers and strings with SameSite
    ...validAcrossImports({ module: "cookie", member: "serialize", code: `$FN("token", jwt, { sameSite: "strict" });` }),
    valid(`res.setHeader("Set-Cookie", \`sid=\${id}; Path=/; SameSite=Lax\`);`),
    valid(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { sameSite: "strict" }); });`),
    valid(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { sameSite: "Lax" }); });`),
    valid(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set({ name: "token", value: jwt, sameSite: "lax" }); }`),
    valid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { sameSite: "strict" }); });`),
    valid(`Astro.cookies.set("session", id, { sameSite: "lax" });`),
  ],
  invalid: [
    // --- more APIs
    invalid(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    ⟦res.cookie⟧("access_token", this.token, { httpOnly: true });\n  }\n}`, [missing(`import { Controller, Post, Res } from "@nestjs/common";\nimport type { Response } from "express";\n@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  login(@Res({ passthrough: true }) res: Response) {\n    res.cookie("access_token", this.token, { httpOnly: true, sameSite: "lax" });\n  }\n}`)]),
    invalid(`import csurf from "csurf";\napp.use(csurf({ ⟦cookie⟧: { key: "_csrf", secure: true } }));`, [missing(`import csurf from "csurf";\napp.use(csurf({ cookie: { key: "_csrf", secure: true, sameSite: "lax" } }));`)], { options: [{ checkAllCookies: true }] }),
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { ⟦sameSite: false⟧ } });`, [disabled(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { sameSite: "lax" } });`)]),
    invalid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", ⟦sameSite: "none"⟧ } });`, [noneWithoutSecure(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", sameSite: "none", secure: true } });`, `import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", sameSite: "lax" } });`)]),
    invalid(`${HAPI}server.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt, { ⟦isSameSite: false⟧ }) });`, [disabled(`${HAPI}server.route({ method: "GET", path: "/", handler: (request, h) => h.state("token", jwt, { isSameSite: "Lax" }) });`, 'isSameSite: "Lax"')]),
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, ⟦isSameSite: "None"⟧, isSecure: false } } });`, [noneWithoutSecure(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, isSameSite: "None", isSecure: true } } });`, `import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, isSameSite: "Lax", isSecure: false } } });`, 'isSameSite: "Lax"', "isSecure: true")]),
    invalid(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { ⟦sameSite: false⟧ } });`, [disabled(`import { getIronSession } from "iron-session";\nawait getIronSession(req, res, { password, cookieName: "app", cookieOptions: { sameSite: "lax" } });`)]),
    // --- Express: missing, disabled, None without Secure
    invalid(`${EXPRESS}app.post("/login", (req, res) => { ⟦res.cookie⟧("sid", id, { httpOnly: true, secure: true }); });`, [
      missing(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { httpOnly: true, secure: true, sameSite: "lax" }); });`),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { ⟦sameSite: false⟧ }); });`, [
      disabled(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("sid", id, { sameSite: "lax" }); });`),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true, ⟦sameSite: "none"⟧ }); });`, [
      noneWithoutSecure(
        `${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true, sameSite: "none", secure: true }); });`,
        `${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { httpOnly: true, sameSite: "lax" }); });`,
      ),
    ]),
    invalid(`${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { ⟦sameSite: "None"⟧, secure: false }); });`, [
      noneWithoutSecure(
        `${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { sameSite: "None", secure: true }); });`,
        `${EXPRESS}app.post("/login", (req, res) => { res.cookie("token", jwt, { sameSite: "lax", secure: false }); });`,
      ),
    ]),
    // a helper that receives the response
    invalid(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  ⟦res.cookie⟧("token", token, { httpOnly: true });\n}`, [
      missing(`import type { Response } from "express";\nexport function setAuthCookie(res: Response, token: string) {\n  res.cookie("token", token, { httpOnly: true, sameSite: "lax" });\n}`),
    ]),
    // quote style follows the file
    invalid(`${EXPRESS.replace(/"/g, "'")}app.post('/login', (req, res) => { ⟦res.cookie⟧('sid', id, { httpOnly: true }); });`, [
      missing(`${EXPRESS.replace(/"/g, "'")}app.post('/login', (req, res) => { res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' }); });`, "sameSite: \"lax\""),
    ]),
    invalid(`${EXPRESS}app.get("/", (req, res) => { ⟦res.cookie⟧("consent", "yes"); });`, [missing(`${EXPRESS}app.get("/", (req, res) => { res.cookie("consent", "yes", { sameSite: "lax" }); });`)], {
      options: [{ checkAllCookies: true }],
    }),
    // --- session middleware without SameSite
    invalid(`import session from "express-session";\napp.use(⟦session⟧({ secret, cookie: { secure: true } }));`, [
      missing(`import session from "express-session";\napp.use(session({ secret, cookie: { secure: true, sameSite: "lax" } }));`),
    ]),
    invalid(`import session from "express-session";\napp.use(session({ secret, cookie: { ⟦sameSite: "none"⟧ } }));`, [
      noneWithoutSecure(
        `import session from "express-session";\napp.use(session({ secret, cookie: { sameSite: "none", secure: true } }));`,
        `import session from "express-session";\napp.use(session({ secret, cookie: { sameSite: "lax" } }));`,
      ),
    ]),
    invalid(`import cookieSession from "cookie-session";\napp.use(⟦cookieSession⟧({ name: "sess", keys }));`, [
      missing(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "sess", keys, sameSite: "lax" }));`),
    ]),
    invalid(`import session from "koa-session";\napp.use(⟦session⟧(app));`, [missing(`import session from "koa-session";\napp.use(session({ sameSite: "lax" }, app));`)]),
    invalid(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, ⟦isSameSite: false⟧ } });`, [
      disabled(`import Cookie from "@hapi/cookie";\nimport Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, isSameSite: "Lax" } });`, 'isSameSite: "Lax"'),
    ]),
    invalid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: false, cookies: { sessionToken: { name: "sid", options: { ⟦sameSite: "none"⟧ } } } });`, [
      noneWithoutSecure(
        `import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: true, cookies: { sessionToken: { name: "sid", options: { sameSite: "none" } } } });`,
        `import NextAuth from "next-auth";\nexport default NextAuth({ providers, useSecureCookies: false, cookies: { sessionToken: { name: "sid", options: { sameSite: "lax" } } } });`,
      ),
    ]),
    // --- Koa: no SameSite by default
    invalid(`${KOA}app.use(async (ctx) => { ⟦ctx.cookies.set⟧("sid", id, { httpOnly: true }); });`, [missing(`${KOA}app.use(async (ctx) => { ctx.cookies.set("sid", id, { httpOnly: true, sameSite: "lax" }); });`)]),
    // --- serializers, strings
    ...invalidAcrossImports({
      module: "cookie",
      member: "serialize",
      code: `const header = ⟦$FN⟧("token", jwt);`,
      errors: [missing(`const header = $FN("token", jwt, { sameSite: "lax" });`)],
    }),
    invalid(`import { serialize } from "cookie-es";\n⟦serialize⟧("session", id, { httpOnly: true });`, [missing(`import { serialize } from "cookie-es";\nserialize("session", id, { httpOnly: true, sameSite: "lax" });`)]),
    invalid(`res.setHeader("Set-Cookie", ⟦\`sid=\${id}; HttpOnly; Secure\`⟧);`, [missing(`res.setHeader("Set-Cookie", \`sid=\${id}; HttpOnly; Secure; SameSite=Lax\`);`, "SameSite=Lax")]),
    invalid(`res.setHeader("Set-Cookie", ⟦"session=abc; SameSite=None"⟧);`, [noneWithoutSecure(`res.setHeader("Set-Cookie", "session=abc; SameSite=None; Secure");`, undefined, "SameSite=Lax", "Secure")]),
    invalid(`res.setHeader("Set-Cookie", ⟦"token=" + jwt⟧);`, [missingNoFix]),
    // --- Fastify explicit None, Hono, Next.js, h3, Astro, hapi
    invalid(`${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { ⟦sameSite: "none"⟧ }); });`, [
      noneWithoutSecure(
        `${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { sameSite: "none", secure: true }); });`,
        `${FASTIFY}app.post("/login", async (request, reply) => { reply.setCookie("token", jwt, { sameSite: "lax" }); });`,
      ),
    ]),
    invalid(`${HONO}app.post("/", (c) => { ⟦setCookie⟧(c, "session", id, { httpOnly: true }); });`, [
      missing(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { httpOnly: true, sameSite: "Lax" }); });`, 'sameSite: "Lax"'),
    ]),
    invalid(`import { cookies } from "next/headers";\nexport async function POST() { ⟦(await cookies()).set⟧("token", jwt, { httpOnly: true }); }`, [
      missing(`import { cookies } from "next/headers";\nexport async function POST() { (await cookies()).set("token", jwt, { httpOnly: true, sameSite: "lax" }); }`),
    ]),
    invalid(`import { NextResponse } from "next/server";\nexport function middleware() {\n  const res = NextResponse.next();\n  ⟦res.cookies.set⟧("session", id);\n  return res;\n}`, [
      missing(`import { NextResponse } from "next/server";\nexport function middleware() {\n  const res = NextResponse.next();\n  res.cookies.set("session", id, { sameSite: "lax" });\n  return res;\n}`),
    ]),
    invalid(`export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/", ⟦sameSite: "none"⟧, secure: false }); } };`, [
      noneWithoutSecure(
        `export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/", sameSite: "none", secure: true }); } };`,
        `export const actions = { default: async ({ cookies }) => { cookies.set("session", id, { path: "/", sameSite: "lax", secure: false }); } };`,
      ),
    ], { filename: "src/routes/+page.server.ts" }),
    invalid(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { ⟦setCookie⟧(event, "token", jwt); });`, [
      missing(`import { defineEventHandler, setCookie } from "h3";\nexport default defineEventHandler((event) => { setCookie(event, "token", jwt, { sameSite: "lax" }); });`),
    ]),
    invalid(`⟦Astro.cookies.set⟧("session", id, { httpOnly: true });`, [missing(`Astro.cookies.set("session", id, { httpOnly: true, sameSite: "lax" });`)]),
    invalid(`${HAPI}server.state("session", { ⟦isSameSite: false⟧ });`, [disabled(`${HAPI}server.state("session", { isSameSite: "Lax" });`, 'isSameSite: "Lax"')]),
    invalid(`import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { ⟦sameSite: "none"⟧ });`, [
      noneWithoutSecure(
        `import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { sameSite: "none", secure: true });`,
        `import { createCookie } from "@remix-run/node";\nexport const session = createCookie("__session", { sameSite: "lax" });`,
      ),
    ]),
  ],
});

// --- precision on real code (corpus), newer APIs, TypeScript and TSX shapes
ruleTester.run("require-cookie-samesite (precision and more APIs)", rule as unknown as TesterRule, {
  valid: [
    // look-alikes
    valid(`const jar = new Map();\njar.set("Set-Cookie", "sid=abc123");\ncache.append("Set-Cookie", "token=" + jwt);`),
    valid(`${EXPRESS}app.get("/", (req, res) => { res.cookie("skipSilentLogin", true, { httpOnly: true, secure: true }); });`),
    // defaults that send SameSite: SvelteKit serialize, hapi (also with a server-wide default), Remix
    valid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/" }) } });\n}`, { filename: "src/routes/+server.ts" }),
    valid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { isSameSite: "Lax" } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("sid", id) });`),
    valid(`import { createCookie } from "react-router";\nexport const auth = createCookie("auth", { httpOnly: true, secure: true });`),
    // @fastify/session with sameSite given; @fastify/secure-session (SameSite from @fastify/cookie: unknown)
    valid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { sameSite: "strict" } });`),
    valid(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key }, { sessionName: "b", key }]);`),
    // None with Secure, including Secure forced by a hono prefix
    valid(`import { generateCookie } from "hono/cookie";\nconst header = generateCookie("session", id, { sameSite: "None", prefix: "secure" });`),
    // given, in every import style of the newer APIs
    ...validAcrossImports({ module: "cookie", member: "stringifySetCookie", code: `$FN("sid", id, { sameSite: "strict" });` }),
    ...validAcrossImports({ module: "hono/cookie", member: "generateCookie", code: `$FN("sid", id, { sameSite: "Lax" });` }),
    // TypeScript wrappers
    valid(`${EXPRESS}const opts = { sameSite: "lax" } as const satisfies express.CookieOptions;\napp.post("/login", (req, res) => { res!.cookie("sid", id, { ...opts }); });`),
  ],
  invalid: [
    // @fastify/session: SameSite null is passed to @fastify/cookie, which then sends none
    invalid(`import fastifySession from "@fastify/session";\napp.register(⟦fastifySession⟧, { secret });`, [
      missing(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { sameSite: "lax" } });`),
    ]),
    invalid(`import { fastifySession } from "@fastify/session";\nawait app.register(⟦fastifySession⟧, { secret, cookie: { secure: true } satisfies Record<string, unknown> });`, [
      missing(`import { fastifySession } from "@fastify/session";\nawait app.register(fastifySession, { secret, cookie: { secure: true, sameSite: "lax" } satisfies Record<string, unknown> });`),
    ]),
    // cookie 1.x
    ...invalidAcrossImports({
      module: "cookie",
      member: "stringifySetCookie",
      code: `const header = ⟦$FN⟧("session", id, { httpOnly: true, secure: true });`,
      errors: [missing(`const header = $FN("session", id, { httpOnly: true, secure: true, sameSite: "lax" });`)],
    }),
    invalid(`import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: "sid", value: id, ⟦sameSite: "none"⟧ });`, [
      noneWithoutSecure(`import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: "sid", value: id, sameSite: "none", secure: true });`, `import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: "sid", value: id, sameSite: "lax" });`),
    ]),
    // hono generate*: SameSite in hono's capitalised spelling
    ...invalidAcrossImports({
      module: "hono/cookie",
      member: "generateCookie",
      code: `const header = ⟦$FN⟧("session", id, { httpOnly: true });`,
      errors: [missing(`const header = $FN("session", id, { httpOnly: true, sameSite: "Lax" });`, 'sameSite: "Lax"')],
    }),
    invalid(`import { generateSignedCookie } from "hono/cookie";\nconst header = await ⟦generateSignedCookie⟧("sid", id, secret);`, [
      missing(`import { generateSignedCookie } from "hono/cookie";\nconst header = await generateSignedCookie("sid", id, secret, { sameSite: "Lax" });`, 'sameSite: "Lax"'),
    ]),
    // SvelteKit serialize turning SameSite off
    invalid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", ⟦sameSite: false⟧ }) } });\n}`, [
      disabled(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("session", id, { path: "/", sameSite: "lax" }) } });\n}`),
    ], { filename: "src/routes/+server.ts" }),
    // hapi: a server-wide default that turns SameSite off, once
    invalid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { ⟦isSameSite: false⟧ } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.response("ok").state("sid", id).state("token", jwt) });`, [
      disabled(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { isSameSite: "Lax" } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.response("ok").state("sid", id).state("token", jwt) });`, 'isSameSite: "Lax"'),
    ]),
    // Set-Cookie on proven response headers
    invalid(`export async function GET() {\n  const response = new Response(null, { status: 302 });\n  response.headers.append("Set-Cookie", ⟦"session=abc; HttpOnly; Secure"⟧);\n  return response;\n}`, [
      missing(`export async function GET() {\n  const response = new Response(null, { status: 302 });\n  response.headers.append("Set-Cookie", "session=abc; HttpOnly; Secure; SameSite=Lax");\n  return response;\n}`, "SameSite=Lax"),
    ]),
    // TSX: a Next.js route handler and a server action
    invalid(`import { cookies } from "next/headers";\nexport default function Page() {\n  async function save() {\n    "use server";\n    ⟦(await cookies()).set⟧({ name: "token", value: "t", httpOnly: true, secure: true });\n  }\n  return <form action={save} />;\n}`, [
      missing(`import { cookies } from "next/headers";\nexport default function Page() {\n  async function save() {\n    "use server";\n    (await cookies()).set({ name: "token", value: "t", httpOnly: true, secure: true, sameSite: "lax" });\n  }\n  return <form action={save} />;\n}`),
    ], { filename: "app/page.tsx" }),
  ],
});
