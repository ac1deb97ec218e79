import rule from "../../rules/no-default-session-cookie-name.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const rename = (output: string) => ({ messageId: "defaultCookieName", suggestions: [{ messageId: "useGenericName", output }] });
const noSuggestion = { messageId: "defaultCookieName", suggestions: [] };

const EXPRESS = `import session from "express-session";\n`;
const KOA = `import session from "koa-session";\nimport Koa from "koa";\nconst app = new Koa();\n`;
const FASTIFY = `import Fastify from "fastify";\nimport fastifySession from "@fastify/session";\nconst app = Fastify();\n`;
const SECURE = `import fastifySecureSession from "@fastify/secure-session";\n`;
const HAPI = `import Hapi from "@hapi/hapi";\nimport Cookie from "@hapi/cookie";\n`;

ruleTester.run("no-default-session-cookie-name", rule as unknown as TesterRule, {
  valid: [
    // --- a generic name, in every import style
    ...validAcrossImports({ module: "express-session", code: `app.use($FN({ secret: process.env.SESSION_SECRET!, name: "id" }));` }),
    valid(`${EXPRESS}const NAME = "sid";\napp.use(session({ secret, name: NAME }));`),
    valid(`${EXPRESS}const base = { name: "app.sid" } as const;\napp.use(session({ ...base, secret }));`),
    valid(`${EXPRESS}app.use(session({ secret, name: "__Host-id" } satisfies session.SessionOptions));`),
    // --- unknown name: silent
    valid(`${EXPRESS}import { sessionOptions } from "./config";\napp.use(session({ ...sessionOptions, secret }));`),
    valid(`${EXPRESS}app.use(session({ secret, name: process.env.SESSION_COOKIE }));`),
    valid(`${EXPRESS}app.use(session(buildOptions()));`),
    valid(`${EXPRESS}app.use(session(...args));`),
    valid(`${EXPRESS}export function mount(app, options: session.SessionOptions) {\n  app.use(session(options));\n}`),
    // --- other middleware with their own names
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "id", keys }));`),
    valid(`${KOA}app.use(session({ key: "id" }, app));`),
    valid(`${FASTIFY}app.register(fastifySession, { secret, cookieName: "id" });`),
    valid(`${SECURE}app.register(fastifySecureSession, { key, sessionName: "user" });`),
    valid(`${SECURE}app.register(fastifySecureSession, [{ key, sessionName: "a", cookieName: "id" }, { key, sessionName: "b", cookieName: "pref" }]);`),
    valid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "id", secrets } });`),
    valid(`import { createCookieSessionStorage, createCookie } from "react-router";\nconst cookie = createCookie("__session", { secrets });\nexport const storage = createCookieSessionStorage({ cookie });`),
    valid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { name: "id", cookieOptions: { password } } });`),
    // --- defaults that do not fingerprint, or names that are required / tied to other attributes
    valid(`${HAPI}server.auth.strategy("session", "cookie", { cookie: { password } });`),
    valid(`import { getIronSession } from "iron-session";\nconst session = await getIronSession(req, res, { password, cookieName: "app" });`),
    valid(`import NextAuth from "next-auth";\nexport default NextAuth({ providers });`),
    valid(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ database });`),
    // --- look-alikes: not session middleware
    valid(`import { session } from "./session";\napp.use(session());`),
    valid(`function session(options) { return options; }\nsession({});`),
    valid(`const cookies = new Map();\ncookies.set("name", "connect.sid");`),
    valid(`import session from "express-session";\nconst store = new session.MemoryStore();`),
    valid(`import fastifySession from "@fastify/session";\nplugins.push(fastifySession);`),
  ],
  invalid: [
    // --- express-session without a name, in every import style
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use(⟦$FN⟧({ secret: process.env.SESSION_SECRET }));`,
      errors: [rename(`app.use($FN({ secret: process.env.SESSION_SECRET, name: "id" }));`)],
    }),
    // no options at all: a new options argument
    invalid(`${EXPRESS}app.use(⟦session⟧());`, [rename(`${EXPRESS}app.use(session({ name: "id" }));`)]),
    // options in a constant, with TypeScript wrappers
    invalid(`${EXPRESS}const options = { secret, resave: false } satisfies session.SessionOptions;\napp.use(⟦session⟧(options!));`, [
      rename(`${EXPRESS}const options = { secret, resave: false, name: "id" } satisfies session.SessionOptions;\napp.use(session(options!));`),
    ]),
    // the default written out, directly and through a constant (no suggestion for the constant)
    invalid(`${EXPRESS}app.use(session({ secret, name: ⟦"connect.sid"⟧ }));`, [rename(`${EXPRESS}app.use(session({ secret, name: "id" }));`)]),
    invalid(`${EXPRESS}const COOKIE = "connect.sid";\napp.use(session({ secret, name: ⟦COOKIE⟧ as string }));`, [noSuggestion]),
    // a spread whose name is known-absent: the name option goes into the outer literal
    invalid(`${EXPRESS}const base = { resave: false };\napp.use(⟦session⟧({ ...base, secret }));`, [rename(`${EXPRESS}const base = { resave: false };\napp.use(session({ ...base, secret, name: "id" }));`)]),
    // single quotes are kept
    invalid(`import session = require('express-session');\napp.use(⟦session⟧({ secret: 'x' }));`, [
      rename(`import session = require('express-session');\napp.use(session({ secret: 'x', name: 'id' }));`),
    ]),
    // --- cookie-session
    ...invalidAcrossImports({
      module: "cookie-session",
      code: `app.use(⟦$FN⟧({ keys: [process.env.KEY] }));`,
      errors: [rename(`app.use($FN({ keys: [process.env.KEY], name: "id" }));`)],
      styles: ["esm default", "require", "ts import ="],
    }),
    invalid(`const cookieSession = require("cookie-session");\napp.use(cookieSession({ name: ⟦'session'⟧, keys }));`, [
      rename(`const cookieSession = require("cookie-session");\napp.use(cookieSession({ name: 'id', keys }));`),
    ]),
    // --- koa-session, both argument orders and `session(app)`
    invalid(`${KOA}app.use(⟦session⟧({ maxAge: 3600000 }, app));`, [rename(`${KOA}app.use(session({ maxAge: 3600000, key: "id" }, app));`)]),
    invalid(`${KOA}app.use(⟦session⟧(app, { renew: true }));`, [rename(`${KOA}app.use(session(app, { renew: true, key: "id" }));`)]),
    invalid(`${KOA}app.use(⟦session⟧(app));`, [rename(`${KOA}app.use(session({ key: "id" }, app));`)]),
    invalid(`${KOA}app.use(session({ key: ⟦"koa.sess"⟧ }, app));`, [rename(`${KOA}app.use(session({ key: "id" }, app));`)]),
    // --- @fastify/session (default and named export, inline require)
    invalid(`${FASTIFY}app.register(⟦fastifySession⟧, { secret });`, [rename(`${FASTIFY}app.register(fastifySession, { secret, cookieName: "id" });`)]),
    invalid(`import { fastifySession } from "@fastify/session";\nawait app.register(⟦fastifySession⟧);`, [
      rename(`import { fastifySession } from "@fastify/session";\nawait app.register(fastifySession, { cookieName: "id" });`),
    ]),
    invalid(`app.register(⟦require("@fastify/session")⟧, { secret: process.env.SECRET });`, [
      rename(`app.register(require("@fastify/session"), { secret: process.env.SECRET, cookieName: "id" });`),
    ]),
    // --- @fastify/secure-session: sessionName stands in for cookieName; arrays of sessions
    invalid(`${SECURE}app.register(⟦fastifySecureSession⟧, { key });`, [rename(`${SECURE}app.register(fastifySecureSession, { key, cookieName: "id" });`)]),
    // sessionName is also the request property: the cookie name is added, sessionName kept
    invalid(`${SECURE}app.register(fastifySecureSession, { key, sessionName: ⟦"session"⟧ });`, [
      rename(`${SECURE}app.register(fastifySecureSession, { key, sessionName: "session", cookieName: "id" });`),
    ]),
    // one finding per session of the array, at that session's options
    invalid(`${SECURE}app.register(fastifySecureSession, [{ key, sessionName: "a" }, ⟦{ key }⟧]);`, [
      rename(`${SECURE}app.register(fastifySecureSession, [{ key, sessionName: "a" }, { key, cookieName: "id" }]);`),
    ]),
    invalid(`${SECURE}const sessions = [⟦{ key: k1 }⟧, ⟦{ key: k2 }⟧];\napp.register(fastifySecureSession, sessions);`, [
      rename(`${SECURE}const sessions = [{ key: k1, cookieName: "id" }, { key: k2 }];\napp.register(fastifySecureSession, sessions);`),
      rename(`${SECURE}const sessions = [{ key: k1 }, { key: k2, cookieName: "id" }];\napp.register(fastifySecureSession, sessions);`),
    ]),
    // --- Remix / React Router
    ...invalidAcrossImports({
      module: "@remix-run/node",
      member: "createCookieSessionStorage",
      code: `export const storage = ⟦$FN⟧({ cookie: { secrets } });`,
      errors: [rename(`export const storage = $FN({ cookie: { secrets, name: "id" } });`)],
    }),
    invalid(
      `import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = ⟦createCookieSessionStorage⟧({ cookie: { secrets: [process.env.SECRET!], sameSite: "lax" } });`,
      [
        rename(
          `import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { secrets: [process.env.SECRET!], sameSite: "lax", name: "id" } });`,
        ),
      ],
    ),
    invalid(`import * as rr from "react-router";\nexport const storage = ⟦rr.createMemorySessionStorage⟧({});`, [
      rename(`import * as rr from "react-router";\nexport const storage = rr.createMemorySessionStorage({ cookie: { name: "id" } });`),
    ]),
    invalid(`import { createCookieSessionStorage } from "react-router";\nexport const storage = createCookieSessionStorage({ cookie: { name: ⟦"__session"⟧ } });`, [
      rename(`import { createCookieSessionStorage } from "react-router";\nexport const storage = createCookieSessionStorage({ cookie: { name: "id" } });`),
    ]),
    // --- hapi yar: suggestion only where an options literal exists
    invalid(`import Yar from "@hapi/yar";\nawait server.register({ plugin: ⟦Yar⟧, options: { cookieOptions: { password } } });`, [
      rename(`import Yar from "@hapi/yar";\nawait server.register({ plugin: Yar, options: { cookieOptions: { password }, name: "id" } });`),
    ]),
    invalid(`await server.register([{ plugin: ⟦require("@hapi/yar")⟧ }]);`, [noSuggestion]),
  ],
});

// --- TypeScript shapes, option arrays and look-alikes
ruleTester.run("no-default-session-cookie-name (TypeScript and arrays)", rule as unknown as TesterRule, {
  valid: [
    valid(`${EXPRESS}import type { SessionOptions } from "express-session";\napp.use(session({ secret: process.env.SECRET!, name: "id" } satisfies SessionOptions));`),
    valid(`${EXPRESS}const NAME = "id" as const;\napp.use(session<Record<string, unknown>>({ secret, name: NAME }));`),
    valid(`${SECURE}app.register(fastifySecureSession, [{ key, cookieName: "a" }, { key, sessionName: "user", cookieName: "b" }]);`),
    // the module named only in a comment or a plain word: nothing is configured
    valid(`// we used to call session() from express-session here\nfunction session(options: object) { return options; }\napp.use(session({ secret }));`),
  ],
  invalid: [
    invalid(`${EXPRESS}import type { SessionOptions } from "express-session";\nconst options = { secret: process.env.SECRET! } satisfies SessionOptions;\napp.use(⟦session⟧(options));`, [
      rename(`${EXPRESS}import type { SessionOptions } from "express-session";\nconst options = { secret: process.env.SECRET!, name: "id" } satisfies SessionOptions;\napp.use(session(options));`),
    ]),
    invalid(`${EXPRESS}app.use(session({ secret, name: ⟦"connect.sid"⟧ as const }));`, [rename(`${EXPRESS}app.use(session({ secret, name: "id" as const }));`)]),
    invalid(`${KOA}app.use(session({ key: ⟦"koa.sess"⟧, maxAge: 86_400_000 }, app!));`, [rename(`${KOA}app.use(session({ key: "id", maxAge: 86_400_000 }, app!));`)]),
    // a secure-session array where two sessions keep the default name
    invalid(`${SECURE}app.register(fastifySecureSession, [⟦{ key: a }⟧, { key: b, cookieName: "x" }, { key: c, sessionName: ⟦"session"⟧ }]);`, [
      rename(`${SECURE}app.register(fastifySecureSession, [{ key: a, cookieName: "id" }, { key: b, cookieName: "x" }, { key: c, sessionName: "session" }]);`),
      rename(`${SECURE}app.register(fastifySecureSession, [{ key: a }, { key: b, cookieName: "x" }, { key: c, sessionName: "session", cookieName: "id" }]);`),
    ]),
  ],
});
