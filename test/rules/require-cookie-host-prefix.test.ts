import rule from "../../rules/require-cookie-host-prefix.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const secureOk = [{ allowSecurePrefix: true }];

function missing(output: string, suggested: string, name?: string) {
  return {
    messageId: "missingPrefix",
    ...(name ? { data: { name, expected: "__Host-", suggested } } : {}),
    suggestions: [{ messageId: "renameCookie", data: { suggested }, output }],
  };
}
const missingNoFix = { messageId: "missingPrefix", suggestions: [] };
const domain = { messageId: "hostWithDomain", suggestions: [] };
const path = { messageId: "hostWithPath", suggestions: [] };
const insecure = { messageId: "prefixWithoutSecure", suggestions: [] };

const EXPRESS = `import session from "express-session";\n`;
const KOA = `import session from "koa-session";\nimport Koa from "koa";\nconst app = new Koa();\n`;
const FASTIFY = `import fastifySession from "@fastify/session";\n`;
const IRON = `import { getIronSession } from "iron-session";\n`;
const REMIX = `import { createCookieSessionStorage } from "@remix-run/node";\n`;
const APP = `import express from "express";\nconst app = express();\n`;
const route = (body: string) => `${APP}app.post("/login", (req, res) => {\n  ${body}\n});`;
const NEXT = `import { cookies } from "next/headers";\n`;

ruleTester.run("require-cookie-host-prefix", rule as unknown as TesterRule, {
  valid: [
    // --- __Host- names, in every import style
    ...validAcrossImports({ module: "express-session", code: `app.use($FN({ secret, name: "__Host-id", cookie: { secure: true, path: "/" } }));` }),
    valid(`${EXPRESS}const NAME = "__Host-sid";\napp.use(session({ secret, name: NAME, cookie: { secure: true } } satisfies session.SessionOptions));`),
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "__Host-session", keys, secure: true, path: "/" }));`),
    valid(`${KOA}app.use(session({ key: "__Host-koa", secure: true }, app));`),
    valid(`${FASTIFY}app.register(fastifySession, { secret, cookieName: "__Host-sid" });`),
    valid(`${IRON}await getIronSession(req, res, { password, cookieName: "__Host-app" });`),
    valid(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: "__Host-session", secure: true, path: "/" } });`),
    valid(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "__Host-sid", password, path: "/" } });`),
    valid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { name: "__Host-yar", cookieOptions: { password } } });`),
    // --- __Secure- when allowed (a Domain is fine there)
    valid(`${EXPRESS}app.use(session({ secret, name: "__Secure-id", cookie: { secure: true, domain: ".example.com" } }));`, { options: secureOk }),
    // --- run-time attributes count as set
    valid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: process.env.NODE_ENV === "production", domain: undefined } }));`),
    valid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: true, path: cookiePath } }));`),
    valid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: true, domain: process.env.COOKIE_DOMAIN } }));`),
    // --- unknown names: silent
    valid(`${EXPRESS}app.use(session({ secret, name: process.env.SESSION_COOKIE }));`),
    valid(`${EXPRESS}import { options } from "./session-options";\napp.use(session({ ...options, secret }));`),
    valid(`${IRON}export const getSession = (req, res) => getIronSession(req, res, sessionOptions);`),
    // --- frameworks whose cookie name cannot be changed on its own, and APIs without a cookie
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });`),
    valid(`import { sealData } from "iron-session";\nconst seal = await sealData(data, { password, ttl: 900 });`),
    // --- cookies set by hand: prefixed and accepted, not auth cookies, deletions
    valid(route(`res.cookie("__Host-sid", token, { httpOnly: true, secure: true, sameSite: "lax" });`)),
    valid(route(`res.cookie("theme", "dark");\n  res.cookie("csrf-token", csrf, { sameSite: "strict" });`)),
    valid(route(`res.clearCookie("sid");\n  res.cookie("sid", "", { maxAge: 0 });`)),
    valid(route(`res.cookie(cookieName, token, { httpOnly: true });`)),
    valid(`${NEXT}export async function POST() {\n  (await cookies()).set({ name: "__Host-session", value, secure: true, httpOnly: true, path: "/" });\n}`),
    valid(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx) => {\n  ctx.cookies.set("__Host-sid", value, { httpOnly: true });\n});`),
    valid(`import { serialize } from "cookie";\nexport const header = serialize("__Host-token", token, { secure: true, httpOnly: true, path: "/" });`),
    valid(route(`res.cookie("__Secure-sid", token, { secure: true, domain: "example.com" });`), { options: secureOk }),
    // --- look-alikes
    valid(`import { session } from "./session";\napp.use(session({ name: "sid" }));`),
    valid(`const jar = new Map();\njar.set("name", "sid");`),
  ],
  invalid: [
    // --- express-session, literal name: rename suggestion, in every import style
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use($FN({ secret, name: ⟦"sid"⟧ }));`,
      errors: [missing(`app.use($FN({ secret, name: "__Host-sid" }));`, "__Host-sid", "sid")],
    }),
    // the default name: reported on the call, no suggestion (nothing to rename in the code)
    invalid(`${EXPRESS}app.use(⟦session⟧({ secret }));`, [
      { messageId: "missingPrefix", data: { name: "connect.sid", expected: "__Host-", suggested: "__Host-connect.sid" }, suggestions: [] },
    ]),
    // a constant name: reported where it is used, no suggestion
    invalid(`${EXPRESS}const COOKIE = "app.sid";\napp.use(session({ secret, name: ⟦COOKIE⟧ }));`, [missingNoFix]),
    // single quotes kept, __Secure- upgraded to __Host- when __Secure- is not allowed
    invalid(`${EXPRESS}app.use(session({ secret, name: ⟦'__Secure-sid'⟧ }));`, [missing(`${EXPRESS}app.use(session({ secret, name: '__Host-sid' }));`, "__Host-sid")]),
    // allowSecurePrefix: the message names both prefixes
    invalid(`${EXPRESS}app.use(session({ secret, name: ⟦"sid"⟧ }));`, [
      {
        messageId: "missingPrefix",
        data: { name: "sid", expected: "__Host- or __Secure-", suggested: "__Host-sid" },
        suggestions: [{ messageId: "renameCookie", data: { suggested: "__Host-sid" }, output: `${EXPRESS}app.use(session({ secret, name: "__Host-sid" }));` }],
      },
    ], { options: secureOk }),
    // --- __Host- cookies the browser would reject
    invalid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: true, domain: ⟦".example.com"⟧ } }));`, [domain]),
    invalid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: "auto", path: ⟦"/app"⟧ } }));`, [path]),
    // express-session sends no Secure unless told to
    invalid(`${EXPRESS}app.use(session({ secret, name: ⟦"__Host-id"⟧, cookie: { httpOnly: true } }));`, [insecure]),
    invalid(`${EXPRESS}app.use(session({ secret, name: "__Host-id", cookie: { secure: ⟦false⟧ } }));`, [insecure]),
    invalid(`${EXPRESS}const cookie = { domain: ⟦"example.com"⟧, path: ⟦"/api"⟧, secure: ⟦false⟧ };\napp.use(session({ secret, name: "__Host-id", cookie }));`, [domain, path, insecure]),
    invalid(`${EXPRESS}app.use(session({ secret, name: "__Secure-id", cookie: { secure: ⟦false⟧, domain: ".example.com" } }));`, [insecure], { options: secureOk }),
    // --- the cookie of a Remix session storage made by createCookie
    invalid(`import { createCookieSessionStorage, createCookie } from "react-router";\nexport const storage = createCookieSessionStorage({ cookie: createCookie(⟦"session"⟧, { secure: true }) });`, [
      missing(`import { createCookieSessionStorage, createCookie } from "react-router";\nexport const storage = createCookieSessionStorage({ cookie: createCookie("__Host-session", { secure: true }) });`, "__Host-session"),
    ]),
    // --- cookie-session (top-level cookie options)
    invalid(`const cookieSession = require("cookie-session");\napp.use(⟦cookieSession⟧({ keys }));`, [missingNoFix]),
    invalid(`const cookieSession = require("cookie-session");\napp.use(cookieSession({ name: "__Host-s", keys, domain: ⟦"example.com"⟧ }));`, [domain]),
    // --- koa-session
    invalid(`${KOA}app.use(session({ key: ⟦"koa.sid"⟧, maxAge: 3600000 }, app));`, [missing(`${KOA}app.use(session({ key: "__Host-koa.sid", maxAge: 3600000 }, app));`, "__Host-koa.sid")]),
    // --- @fastify/session and @fastify/secure-session (cookieOptions wins over cookie)
    invalid(`${FASTIFY}app.register(fastifySession, { secret, cookieName: ⟦"sid"⟧ });`, [missing(`${FASTIFY}app.register(fastifySession, { secret, cookieName: "__Host-sid" });`, "__Host-sid")]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, { key, cookieName: "__Host-s", cookieOptions: { path: ⟦"/a"⟧ }, cookie: { path: "/" } });`, [path]),
    invalid(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, [{ key, sessionName: ⟦"user"⟧ }, { key, cookieName: "__Host-x" }]);`, [
      missing(`import fastifySecureSession from "@fastify/secure-session";\napp.register(fastifySecureSession, [{ key, sessionName: "user", cookieName: "__Host-user" }, { key, cookieName: "__Host-x" }]);`, "__Host-user"),
    ]),
    // --- iron-session
    invalid(`${IRON}const session = await getIronSession(await cookies(), { password, cookieName: ⟦"app_session"⟧ });`, [
      missing(`${IRON}const session = await getIronSession(await cookies(), { password, cookieName: "__Host-app_session" });`, "__Host-app_session"),
    ]),
    invalid(`${IRON}await getIronSession(req, res, { password, cookieName: "__Host-a", cookieOptions: { domain: ⟦"example.com"⟧ } } as SessionOptions);`, [domain]),
    // --- Remix / React Router
    invalid(`${REMIX}export const storage = ⟦createCookieSessionStorage⟧({ cookie: { secrets } });`, [missingNoFix]),
    invalid(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: ⟦\`session\`⟧, secrets } });`, [
      missing(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: "__Host-session", secrets } });`, "__Host-session"),
    ]),
    // --- hapi: attribute names isSecure / path
    invalid(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", ⟦"cookie"⟧, { cookie: { password } });`, [missingNoFix]),
    invalid(`import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "__Host-sid", password, isSecure: ⟦false⟧ } });`, [insecure]),
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { name: ⟦"yar"⟧, cookieOptions: { password } } });`, [
      missing(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { name: "__Host-yar", cookieOptions: { password } } });`, "__Host-yar"),
    ]),
    // --- cookies set by hand
    invalid(route(`res.cookie(⟦"sid"⟧, token, { httpOnly: true, secure: true });`), [
      missing(route(`res.cookie("__Host-sid", token, { httpOnly: true, secure: true });`), "__Host-sid", "sid"),
    ]),
    invalid(`${NEXT}export async function POST() {\n  (await cookies()).set(⟦"access_token"⟧, token, { httpOnly: true, secure: true });\n}`, [
      missing(`${NEXT}export async function POST() {\n  (await cookies()).set("__Host-access_token", token, { httpOnly: true, secure: true });\n}`, "__Host-access_token"),
    ]),
    // a Set-Cookie string: no rename inside the string
    invalid(`export function login(req, res) {\n  res.setHeader("Set-Cookie", ⟦\`sid=\${id}; Secure; HttpOnly; Path=/\`⟧);\n}`, [missingNoFix]),
    // cookie.serialize sends no Path unless given
    invalid(`import { serialize } from "cookie";\nexport const header = serialize(⟦"__Host-token"⟧, token, { secure: true, httpOnly: true });`, [
      {
        messageId: "hostWithoutPath",
        suggestions: [{ messageId: "addRootPath", output: `import { serialize } from "cookie";\nexport const header = serialize("__Host-token", token, { secure: true, httpOnly: true, path: "/" });` }],
      },
    ]),
    invalid(`export function login(req, res) {\n  res.setHeader("Set-Cookie", ⟦\`__Host-sid=\${id}; Secure; HttpOnly\`⟧);\n}`, [
      { messageId: "hostWithoutPath", suggestions: [{ messageId: "addRootPath", output: `export function login(req, res) {\n  res.setHeader("Set-Cookie", \`__Host-sid=\${id}; Secure; HttpOnly; Path=/\`);\n}` }] },
    ]),
    // Next.js sends no Secure unless told to; a Domain on a __Host- cookie
    invalid(`${NEXT}export async function POST() {\n  (await cookies()).set(⟦"__Host-session"⟧, value, { httpOnly: true });\n}`, [insecure]),
    invalid(`import Fastify from "fastify";\nconst app = Fastify();\napp.post("/login", async (request, reply) => {\n  reply.setCookie("__Host-token", token, { secure: true, path: "/", domain: ⟦"example.com"⟧ });\n});`, [domain]),
    invalid(route(`res.cookie("__Host-sid", token, { secure: true, path: ⟦"/account"⟧ });`), [path]),
    // cookieNames adds the project's own auth cookies
    invalid(route(`res.cookie(⟦"acme_u"⟧, value, { secure: true });`), [missing(route(`res.cookie("__Host-acme_u", value, { secure: true });`), "__Host-acme_u")], {
      options: [{ cookieNames: ["^acme_u$"] }],
    }),
  ],
});

// --- precision on real code (corpus), newer APIs, TypeScript and TSX shapes
const HONO = `import { Hono } from "hono";\nimport { setCookie, generateCookie } from "hono/cookie";\nconst app = new Hono();\n`;

ruleTester.run("require-cookie-host-prefix (precision and more APIs)", rule as unknown as TesterRule, {
  valid: [
    // a flag cookie named like a login step (express-openid-connect `skipSilentLogin`)
    valid(route(`res.cookie("skipSilentLogin", true, { httpOnly: true, secure: true });`)),
    // hono adds the prefix itself (and forces Secure, Path=/ and no Domain for __Host-)
    valid(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { prefix: "host", path: "/admin", domain: "example.com" }); return c.text("ok"); });`),
    valid(`${HONO}const header = generateCookie("token", jwt, { prefix: "secure" });`, { options: secureOk }),
    // a prefix chosen at run time: the final name is not known
    valid(`${HONO}app.post("/", (c) => { setCookie(c, "session", id, { prefix: hostOnly ? "host" : "secure" }); return c.text("ok"); });`),
    // look-alikes and non-auth cookies
    valid(`const jar = new Map();\njar.set("Set-Cookie", "sid=1; Path=/");\nnew Map().set("set-cookie", "session=abc");`),
    valid(route(`res.cookie("theme", "dark", { path: "/settings" });`)),
    // prefixed names on newer APIs, every import style
    ...validAcrossImports({ module: "cookie", member: "stringifySetCookie", code: `$FN({ name: "__Host-sid", value: id, secure: true, path: "/" });` }),
    valid(`import { stringifySetCookie } from "cookie";\nstringifySetCookie("__Host-session", id, { secure: true, path: "/" });`),
    // TypeScript: the name held in a constant with `as const`
    valid(`${NEXT}const SESSION = "__Host-session" as const;\nexport async function POST() { (await cookies()).set(SESSION, "v", { secure: true, path: "/" }); }`),
  ],
  invalid: [
    // cookie 1.x, every import style
    ...invalidAcrossImports({
      module: "cookie",
      member: "stringifySetCookie",
      code: `$FN(⟦"session"⟧, id, { secure: true, path: "/" });`,
      errors: [missing(`$FN("__Host-session", id, { secure: true, path: "/" });`, "__Host-session", "session")],
    }),
    invalid(`import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: ⟦"sid"⟧, value: id, secure: true, path: "/" });`, [
      missing(`import { stringifySetCookie } from "cookie";\nstringifySetCookie({ name: "__Host-sid", value: id, secure: true, path: "/" });`, "__Host-sid", "sid"),
    ]),
    // hono without a prefix option
    ...invalidAcrossImports({
      module: "hono/cookie",
      member: "generateCookie",
      code: `const header = $FN(⟦"auth_token"⟧, jwt, { secure: true });`,
      errors: [missing(`const header = $FN("__Host-auth_token", jwt, { secure: true });`, "__Host-auth_token", "auth_token")],
    }),
    // hono `prefix: "secure"` is not enough by default
    invalid(`${HONO}const header = generateCookie(⟦"token"⟧, jwt, { prefix: "secure" });`, [{ messageId: "missingPrefix", data: { name: "__Secure-token", expected: "__Host-", suggested: "__Host-token" }, suggestions: [] }]),
    // SvelteKit serialize
    invalid(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize(⟦"session"⟧, id, { path: "/" }) } });\n}`, [
      missing(`export function GET({ cookies }) {\n  return new Response(null, { headers: { "set-cookie": cookies.serialize("__Host-session", id, { path: "/" }) } });\n}`, "__Host-session", "session"),
    ], { filename: "src/routes/+server.ts" }),
    // hapi server-wide defaults reach h.state: a __Host- cookie under `isSecure: false`
    invalid(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ state: { isSecure: ⟦false⟧, path: "/" } });\nserver.route({ method: "GET", path: "/", handler: (request, h) => h.state("__Host-sid", id) });`, [insecure]),
    // Remix createCookie sends no Secure: a __Host- session cookie is rejected without it
    invalid(`${REMIX}export const storage = createCookieSessionStorage({ cookie: { name: ⟦"__Host-session"⟧, httpOnly: true } });`, [insecure]),
    // every session of a secure-session array, each at its own options
    invalid(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", cookieName: "__Host-a", key }, ⟦{ key }⟧, { sessionName: ⟦"b"⟧, key }]);`, [
      { messageId: "missingPrefix", data: { name: "session", expected: "__Host-", suggested: "__Host-session" }, suggestions: [] },
      missing(`import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", cookieName: "__Host-a", key }, { key }, { sessionName: "b", key, cookieName: "__Host-b" }]);`, "__Host-b", "b"),
    ]),
    // TSX: a server action in a page component
    invalid(`${NEXT}export default function Page() {\n  async function save() {\n    "use server";\n    (await cookies()).set(⟦"refresh_token"⟧, "v", { secure: true, httpOnly: true });\n  }\n  return <form action={save} />;\n}`, [
      missing(`${NEXT}export default function Page() {\n  async function save() {\n    "use server";\n    (await cookies()).set("__Host-refresh_token", "v", { secure: true, httpOnly: true });\n  }\n  return <form action={save} />;\n}`, "__Host-refresh_token", "refresh_token"),
    ], { filename: "app/page.tsx" }),
  ],
});
