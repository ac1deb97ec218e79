import rule from "../../rules/max-session-lifetime.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const WEEK_MS = "604800000";
const WEEK_S = "604800";

function tooLong(output: string, option: string, value: string, max = "7d") {
  return { messageId: "tooLong", suggestions: [{ messageId: "useMaximum", data: { option, value, max }, output }] };
}
function defaultTooLong(output: string, option: string, value: string, max = "7d") {
  return { messageId: "defaultTooLong", suggestions: [{ messageId: "useMaximum", data: { option, value, max }, output }] };
}

const EXPRESS = `import session from "express-session";\n`;
const KOA = `import session from "koa-session";\nimport Koa from "koa";\nconst app = new Koa();\n`;
const IRON = `import { getIronSession } from "iron-session";\n`;
const REMIX = `import { createCookieSessionStorage } from "@remix-run/node";\n`;
const APP = `import express from "express";\nconst app = express();\n`;
const route = (body: string) => `${APP}app.post("/login", (req, res) => {\n  ${body}\n});`;

ruleTester.run("max-session-lifetime", rule as unknown as TesterRule, {
  valid: [
    // --- lifetimes within the limit, in every import style
    ...validAcrossImports({ module: "express-session", code: `app.use($FN({ secret, cookie: { maxAge: 60 * 60 * 1000 } }));` }),
    valid(`${EXPRESS}app.use(session({ secret, cookie: { maxAge: 7 * 24 * 60 * 60 * 1000 } }));`),
    valid(`${EXPRESS}import ms from "ms";\napp.use(session({ secret, cookie: { maxAge: ms("2h") } }));`),
    valid(`${EXPRESS}app.use(session({ secret, cookie: { expires: new Date(Date.now() + 3600 * 1000) } }));`),
    // --- no lifetime: a browser-session cookie
    valid(`${EXPRESS}app.use(session({ secret }));`),
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys }));`),
    valid(`${KOA}app.use(session(app));`),
    valid(`${KOA}app.use(session({ maxAge: "session" }, app));`),
    // --- unknown lifetimes: silent
    valid(`${EXPRESS}app.use(session({ secret, cookie: { maxAge: Number(process.env.SESSION_MAX_AGE) } }));`),
    valid(`${EXPRESS}import { cookieDefaults } from "./config";\napp.use(session({ secret, cookie: { ...cookieDefaults } }));`),
    valid(`${EXPRESS}app.use(session({ secret, cookie: { expires: someDate } }));`),
    valid(`${IRON}export const get = (req, res) => getIronSession(req, res, sessionOptions);`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth(config);`),
    // --- the unit matters: seconds in iron-session, Remix, next-auth, @fastify/secure-session
    valid(`${IRON}await getIronSession(req, res, { password, cookieName: "s", ttl: 60 * 60 * 24 });`),
    valid(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: "id", maxAge: 60 * 60 * 24 * 7 } });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, session: { maxAge: 24 * 60 * 60 } });`),
    valid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookie: { maxAge: 3600 } });`),
    valid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { maxAge: 86400000 } });`),
    valid(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ database });`),
    valid(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, ttl: 3600000 } });`),
    // --- a longer limit from the options
    valid(`${EXPRESS}app.use(session({ secret, cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));`, { options: [{ maxAge: "30d" }] }),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });`, { options: [{ maxAge: "30 days" }] }),
    // --- cookies set by hand: short, not auth cookies, deletions, unknown values
    valid(route(`res.cookie("sid", token, { httpOnly: true, maxAge: 60 * 60 * 1000 });`)),
    valid(route(`res.cookie("refresh_token", token, { httpOnly: true, maxAge: 7 * 24 * 60 * 60 * 1000 });`)),
    valid(route(`res.cookie("theme", "dark", { maxAge: 365 * 24 * 60 * 60 * 1000 });`)),
    valid(route(`res.cookie("csrf-token", csrf, { maxAge: 365 * 24 * 60 * 60 * 1000 });`)),
    valid(route(`res.cookie("sid", "", { maxAge: 0 });\n  res.clearCookie("session");`)),
    valid(route(`res.cookie("sid", token, { maxAge: config.sessionMaxAge });`)),
    valid(`import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).set("session", value, { httpOnly: true, maxAge: 60 * 60 * 24 });\n}`),
    valid(`const prefs = new Map();\nprefs.set("sid", { maxAge: 31536000000 });`),
    // --- look-alikes
    valid(`import { session } from "./session";\nsession({ cookie: { maxAge: 365 * 24 * 3600 * 1000 } });`),
    valid(`const cache = new Map();\ncache.set("maxAge", 31536000000);`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ session: { maxAge: process.env.X ? 3600 : 31536000 } });`),
    valid(`const refreshTokenLifetime = 30 * 24 * 60 * 60;\nexport const config = { refreshToken: { maxAge: refreshTokenLifetime } };`),
  ],
  invalid: [
    // --- express-session cookie.maxAge (ms), in every import style
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use($FN({ secret, cookie: { maxAge: ⟦30 * 24 * 60 * 60 * 1000⟧ } }));`,
      errors: [tooLong(`app.use($FN({ secret, cookie: { maxAge: ${WEEK_MS} } }));`, "cookie.maxAge", WEEK_MS)],
    }),
    // constants, ms(), spreads and TypeScript wrappers
    invalid(`${EXPRESS}const MONTH = 30 * 24 * 3600 * 1000;\napp.use(session({ secret, cookie: { maxAge: ⟦MONTH⟧ } } as session.SessionOptions));`, [
      tooLong(`${EXPRESS}const MONTH = 30 * 24 * 3600 * 1000;\napp.use(session({ secret, cookie: { maxAge: ${WEEK_MS} } } as session.SessionOptions));`, "cookie.maxAge", WEEK_MS),
    ]),
    invalid(`${EXPRESS}import ms from "ms";\napp.use(session({ secret, cookie: { maxAge: ⟦ms("90d")⟧ } }));`, [
      tooLong(`${EXPRESS}import ms from "ms";\napp.use(session({ secret, cookie: { maxAge: ${WEEK_MS} } }));`, "cookie.maxAge", WEEK_MS),
    ]),
    invalid(`${EXPRESS}const cookie = { maxAge: ⟦Infinity⟧, httpOnly: true };\napp.use(session({ secret, cookie: { ...cookie, secure: true } }));`, [
      tooLong(`${EXPRESS}const cookie = { maxAge: ${WEEK_MS}, httpOnly: true };\napp.use(session({ secret, cookie: { ...cookie, secure: true } }));`, "cookie.maxAge", WEEK_MS),
    ]),
    invalid(`${EXPRESS}app.use(session({ secret, cookie: { expires: ⟦new Date(Date.now() + 1000 * 60 * 60 * 24 * 365)⟧ } }));`, [
      tooLong(`${EXPRESS}app.use(session({ secret, cookie: { expires: new Date(Date.now() + ${WEEK_MS}) } }));`, "cookie.expires", `new Date(Date.now() + ${WEEK_MS})`),
    ]),
    // a stricter limit from the options
    invalid(`${EXPRESS}app.use(session({ secret, cookie: { maxAge: ⟦24 * 60 * 60 * 1000⟧ } }));`, [
      tooLong(`${EXPRESS}app.use(session({ secret, cookie: { maxAge: 43200000 } }));`, "cookie.maxAge", "43200000", "12h"),
    ], { options: [{ maxAge: "12h" }] }),
    // --- cookie-session (top-level maxAge, ms)
    invalid(`const cookieSession = require("cookie-session");\napp.use(cookieSession({ keys, maxAge: ⟦14 * 24 * 60 * 60 * 1000⟧ }));`, [
      tooLong(`const cookieSession = require("cookie-session");\napp.use(cookieSession({ keys, maxAge: ${WEEK_MS} }));`, "maxAge", WEEK_MS),
    ]),
    // --- koa-session (ms), both argument orders
    invalid(`${KOA}app.use(session({ maxAge: ⟦2592000000⟧ }, app));`, [tooLong(`${KOA}app.use(session({ maxAge: ${WEEK_MS} }, app));`, "maxAge", WEEK_MS)]),
    invalid(`${KOA}app.use(session(app, { maxAge: ⟦2592000000⟧ }));`, [tooLong(`${KOA}app.use(session(app, { maxAge: ${WEEK_MS} }));`, "maxAge", WEEK_MS)]),
    // --- @fastify/session (ms) and @fastify/secure-session (seconds)
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { maxAge: ⟦1000 * 60 * 60 * 24 * 30⟧ } });`, [
      tooLong(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, cookie: { maxAge: ${WEEK_MS} } });`, "cookie.maxAge", WEEK_MS),
    ]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, expiry: ⟦60 * 60 * 24 * 30⟧ });`, [
      tooLong(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, expiry: ${WEEK_S} });`, "expiry", WEEK_S),
    ]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookieOptions: { maxAge: ⟦31536000⟧ } });`, [
      tooLong(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookieOptions: { maxAge: ${WEEK_S} } });`, "cookieOptions.maxAge", WEEK_S),
    ]),
    // --- iron-session: ttl in seconds, 0 = forever, default 14 days
    ...invalidAcrossImports({
      module: "iron-session",
      member: "getIronSession",
      code: `export const get = (req, res) => $FN(req, res, { password, cookieName: "s", ttl: ⟦60 * 60 * 24 * 30⟧ });`,
      errors: [tooLong(`export const get = (req, res) => $FN(req, res, { password, cookieName: "s", ttl: ${WEEK_S} });`, "ttl", WEEK_S)],
    }),
    invalid(`${IRON}await getIronSession(req, res, { password, cookieName: "s", ttl: ⟦0⟧ });`, [
      tooLong(`${IRON}await getIronSession(req, res, { password, cookieName: "s", ttl: ${WEEK_S} });`, "ttl", WEEK_S),
    ]),
    invalid(`${IRON}await ⟦getIronSession⟧(await cookies(), { password, cookieName: "s" });`, [
      defaultTooLong(`${IRON}await getIronSession(await cookies(), { password, cookieName: "s", ttl: ${WEEK_S} });`, "ttl", WEEK_S),
    ]),
    invalid(`import { sealData } from "iron-session";\nconst seal = await ⟦sealData⟧({ userId }, { password });`, [
      defaultTooLong(`import { sealData } from "iron-session";\nconst seal = await sealData({ userId }, { password, ttl: ${WEEK_S} });`, "ttl", WEEK_S),
    ]),
    // --- Remix / React Router: cookie.maxAge in seconds
    invalid(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: "id", maxAge: ⟦60 * 60 * 24 * 30⟧ } });`, [
      tooLong(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: "id", maxAge: ${WEEK_S} } });`, "cookie.maxAge", WEEK_S),
    ]),
    // --- next-auth / Auth.js: session.maxAge in seconds, default 30 days
    invalid(`import NextAuth from "next-auth";\nexport default ⟦NextAuth⟧({ providers });`, [
      defaultTooLong(`import NextAuth from "next-auth";\nexport default NextAuth({ providers, session: { maxAge: ${WEEK_S} } });`, "session.maxAge", WEEK_S),
    ]),
    invalid(`import NextAuth from "next-auth";\nexport const { handlers, auth } = ⟦NextAuth⟧({ providers, session: { strategy: "jwt" } });`, [
      defaultTooLong(`import NextAuth from "next-auth";\nexport const { handlers, auth } = NextAuth({ providers, session: { strategy: "jwt", maxAge: ${WEEK_S} } });`, "session.maxAge", WEEK_S),
    ]),
    invalid(`import { ExpressAuth } from "@auth/express";\napp.use("/auth/*", ExpressAuth({ providers, session: { maxAge: ⟦90 * 24 * 60 * 60⟧ } }));`, [
      tooLong(`import { ExpressAuth } from "@auth/express";\napp.use("/auth/*", ExpressAuth({ providers, session: { maxAge: ${WEEK_S} } }));`, "session.maxAge", WEEK_S),
    ]),
    invalid(`import NextAuth from "next-auth";\nexport default NextAuth({ session: { maxAge: ⟦31536000⟧ } });`, [
      tooLong(`import NextAuth from "next-auth";\nexport default NextAuth({ session: { maxAge: ${WEEK_S} } });`, "session.maxAge", WEEK_S),
    ]),
    // --- hapi: @hapi/cookie and yar (ttl in ms)
    invalid(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, ttl: ⟦1000 * 60 * 60 * 24 * 365⟧ } });`, [
      tooLong(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { password, ttl: ${WEEK_MS} } });`, "cookie.ttl", WEEK_MS),
    ]),
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, ttl: ⟦2592000000⟧ } } });`, [
      tooLong(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password, ttl: ${WEEK_MS} } } });`, "cookieOptions.ttl", WEEK_MS),
    ]),
    // --- better-auth (seconds)
    invalid(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ session: { expiresIn: ⟦60 * 60 * 24 * 30⟧ } });`, [
      tooLong(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ session: { expiresIn: ${WEEK_S} } });`, "session.expiresIn", WEEK_S),
    ]),
    // --- next-auth 4 API route form, session options in a constant
    invalid(`import NextAuth from "next-auth";\nconst sessionConfig = { strategy: "database" };\nexport default (req, res) => ⟦NextAuth⟧(req, res, { providers, session: sessionConfig });`, [
      defaultTooLong(
        `import NextAuth from "next-auth";\nconst sessionConfig = { strategy: "database", maxAge: ${WEEK_S} };\nexport default (req, res) => NextAuth(req, res, { providers, session: sessionConfig });`,
        "session.maxAge",
        WEEK_S,
      ),
    ]),
    // --- a value read from a constant object
    invalid(`${EXPRESS}const cookie = { maxAge: 2592000000 };\napp.use(session({ secret, cookie: { maxAge: ⟦cookie.maxAge⟧ } }));`, [
      tooLong(`${EXPRESS}const cookie = { maxAge: 2592000000 };\napp.use(session({ secret, cookie: { maxAge: ${WEEK_MS} } }));`, "cookie.maxAge", WEEK_MS),
    ]),
    // --- auth cookies set by hand, in each API's unit
    invalid(route(`res.cookie("sid", token, { httpOnly: true, secure: true, maxAge: ⟦30 * 24 * 60 * 60 * 1000⟧ });`), [
      tooLong(route(`res.cookie("sid", token, { httpOnly: true, secure: true, maxAge: ${WEEK_MS} });`), "maxAge", WEEK_MS),
    ]),
    invalid(route(`res.cookie("remember_me", token, { expires: ⟦new Date(Date.now() + 365 * 864e5)⟧ });`), [
      tooLong(route(`res.cookie("remember_me", token, { expires: new Date(Date.now() + ${WEEK_MS}) });`), "expires", `new Date(Date.now() + ${WEEK_MS})`),
    ]),
    invalid(`import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).set("session", value, { httpOnly: true, maxAge: ⟦60 * 60 * 24 * 30⟧ });\n}`, [
      tooLong(`import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).set("session", value, { httpOnly: true, maxAge: ${WEEK_S} });\n}`, "maxAge", WEEK_S),
    ]),
    invalid(`import { Hono } from "hono";\nimport { setCookie } from "hono/cookie";\nconst app = new Hono();\napp.post("/login", (c) => {\n  setCookie(c, "session", value, { secure: true, maxAge: ⟦31536000⟧ });\n});`, [
      tooLong(`import { Hono } from "hono";\nimport { setCookie } from "hono/cookie";\nconst app = new Hono();\napp.post("/login", (c) => {\n  setCookie(c, "session", value, { secure: true, maxAge: ${WEEK_S} });\n});`, "maxAge", WEEK_S),
    ]),
    invalid(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx) => {\n  ctx.cookies.set("sid", value, { maxAge: ⟦90 * 24 * 3600 * 1000⟧ });\n});`, [
      tooLong(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx) => {\n  ctx.cookies.set("sid", value, { maxAge: ${WEEK_MS} });\n});`, "maxAge", WEEK_MS),
    ]),
    // a Set-Cookie string: reported, no edit inside the string
    invalid(`export function login(req, res) {\n  res.setHeader("Set-Cookie", ⟦\`sid=\${id}; HttpOnly; Max-Age=31536000\`⟧);\n}`, [{ messageId: "tooLong", suggestions: [] }]),
    // ms() gives a lower bound whatever the unit
    invalid(`import ms from "ms";\n${route(`res.cookie("auth_token", token, { maxAge: ⟦ms("30d")⟧ });`)}`, [{ messageId: "tooLong", suggestions: [] }]),
    // cookieNames adds the project's own auth cookies
    invalid(route(`res.cookie("acme_u", value, { maxAge: ⟦2592000000⟧ });`), [tooLong(route(`res.cookie("acme_u", value, { maxAge: ${WEEK_MS} });`), "maxAge", WEEK_MS)], {
      options: [{ cookieNames: ["^acme_u$"] }],
    }),
  ],
});

// --- precision on real code (corpus), newer APIs, TypeScript and TSX shapes
const DAY_30_S = "2592000";

ruleTester.run("max-session-lifetime (precision and more APIs)", rule as unknown as TesterRule, {
  valid: [
    // a long-lived flag or preference is not a session
    valid(route(`res.cookie("skipSilentLogin", true, { maxAge: 365 * 24 * 60 * 60 * 1000 });\n  res.cookie("theme", "dark", { maxAge: 31_536_000_000 });`)),
    // a Map is not a response
    valid(`const jar = new Map();\njar.set("Set-Cookie", "sid=1; Max-Age=31536000");`),
    // within the limit on newer APIs, every import style
    ...validAcrossImports({ module: "cookie", member: "stringifySetCookie", code: `$FN({ name: "sid", value: id, maxAge: 3600 });` }),
    ...validAcrossImports({ module: "hono/cookie", member: "generateCookie", code: `$FN("session", id, { maxAge: 60 * 60 * 24 });` }),
    // unknown: from config
    valid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { ttl: config.sessionTtl } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("sid", id) });`),
    // TypeScript wrappers around a short lifetime
    valid(`${APP}const HOUR = 3_600_000 as const;\napp.post("/login", (req, res) => { res!.cookie("sid", id, { maxAge: HOUR } satisfies Record<string, number>); });`),
  ],
  invalid: [
    // cookie 1.x (seconds), positional and object form
    ...invalidAcrossImports({
      module: "cookie",
      member: "stringifySetCookie",
      code: `$FN("session", id, { maxAge: ⟦${DAY_30_S}⟧ });`,
      errors: [tooLong(`$FN("session", id, { maxAge: ${WEEK_S} });`, "maxAge", WEEK_S)],
    }),
    invalid(`import { serialize } from "cookie";\nserialize({ name: "refresh_token", value: t, maxAge: ⟦60 * 60 * 24 * 90⟧ });`, [
      tooLong(`import { serialize } from "cookie";\nserialize({ name: "refresh_token", value: t, maxAge: ${WEEK_S} });`, "maxAge", WEEK_S),
    ]),
    // hono generate* (seconds)
    ...invalidAcrossImports({
      module: "hono/cookie",
      member: "generateCookie",
      code: `const header = $FN("session", id, { maxAge: ⟦${DAY_30_S}⟧ });`,
      errors: [tooLong(`const header = $FN("session", id, { maxAge: ${WEEK_S} });`, "maxAge", WEEK_S)],
    }),
    // hapi: a server-wide ttl (ms) inherited by every h.state, reported once where it is written
    invalid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { ttl: ⟦30 * 24 * 60 * 60 * 1000⟧ } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.response().state("sid", id).state("token", jwt) });`, [
      tooLong(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { ttl: ${WEEK_MS} } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.response().state("sid", id).state("token", jwt) });`, "ttl", WEEK_MS),
    ]),
    // every session of a secure-session array (expiry in seconds)
    invalid(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, expiry: 3600 }, { sessionName: "b", key, expiry: ⟦${DAY_30_S}⟧ }]);`, [
      tooLong(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key, expiry: 3600 }, { sessionName: "b", key, expiry: ${WEEK_S} }]);`, "expiry", WEEK_S),
    ]),
    // Set-Cookie on proven response headers (no suggestion inside strings)
    invalid(`const headers = new Headers();\nheaders.append("Set-Cookie", ⟦"session=abc; Max-Age=2592000; HttpOnly"⟧);`, [{ messageId: "tooLong", suggestions: [] }]),
    // TSX: a server action
    invalid(`import { cookies } from "next/headers";\nexport default function Page() {\n  async function remember() {\n    "use server";\n    (await cookies()).set("session", "v", { maxAge: ⟦${DAY_30_S}⟧ });\n  }\n  return <form action={remember} />;\n}`, [
      tooLong(`import { cookies } from "next/headers";\nexport default function Page() {\n  async function remember() {\n    "use server";\n    (await cookies()).set("session", "v", { maxAge: ${WEEK_S} });\n  }\n  return <form action={remember} />;\n}`, "maxAge", WEEK_S),
    ], { filename: "app/page.tsx" }),
  ],
});
