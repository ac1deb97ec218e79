import rule from "../../rules/no-memory-session-store.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const memory = (name: string, why: string) => ({ messageId: "memoryStore", data: { name, why }, suggestions: [] });

ruleTester.run("no-memory-session-store", rule as unknown as TesterRule, {
  valid: [
    ...validAcrossImports({ module: "express-session", code: `app.use($FN({ secret, store: new RedisStore({ client }), resave: false }));` }),
    valid(`import session from "express-session";\nimport connectPg from "connect-pg-simple";\nconst PgStore = connectPg(session);\napp.use(session({ secret, store: new PgStore({ pool }) }));`),
    valid(`import session from "express-session";\nconst options = { secret, store: sessionStore } satisfies session.SessionOptions;\napp.use(session(options));`),
    valid(`import session from "express-session";\napp.use(session({ secret, store: isProd ? redisStore : undefined }));`),
    valid(`import session from "express-session";\nimport { sessionOptions } from "./config";\napp.use(session(sessionOptions));`),
    valid(`import session from "express-session";\napp.use(session({ ...sharedOptions, secret }));`),
    // data lives in the cookie: no server store needed
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "id", keys }));`),
    valid(`import session from "koa-session";\napp.use(session({ key: "id" }, app));`),
    valid(`import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({ cookie: { name: "__session", secrets } });`),
    valid(`import fastifySession from "@fastify/session";\nawait app.register(fastifySession, { secret, store: new RedisStore({ client }) });`),
    valid(`import session from "express-session";\nimport RedisStore from "connect-redis";\nconst store = new RedisStore({ client: redis, prefix: "sess:" });\nexport function createApp() {\n  app.use(session({ secret, store: store!, resave: false }));\n}`),
    valid(`import session from "express-session";\nimport MongoStore from "connect-mongo";\napp.use(session({ secret, store: MongoStore.create({ mongoUrl }) } as session.SessionOptions));`),
    valid(`import fastifySession from "@fastify/session";\nconst sessionStore = new RedisStore({ client });\nawait app.register(fastifySession, { secret, store: sessionStore, cookie: { secure: true } });`),
    valid(`import { createFileSessionStorage, createSessionStorage } from "@remix-run/node";\nexport const files = createFileSessionStorage({ dir: "/sessions", cookie });\nexport const db = createSessionStorage({ cookie, createData, readData, updateData, deleteData });`),
    valid(`import session from "express-session";\napp.use(session(...middlewareOptions));`),
    // look-alikes
    valid(`import session from "./session";\napp.use(session({ secret }));`),
    valid(`const store = new Map();\nstore.set("session", {});`),
    valid(`function f(require) {\n  const session = require("express-session");\n  app.use(session({ secret }));\n}`),
  ],
  invalid: [
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use(⟦$FN⟧({ secret, resave: false, saveUninitialized: false }));`,
      errors: [memory("express-session", "no store is configured")],
    }),
    invalid(`import session from "express-session";\napp.use(⟦session⟧({ secret, store: new session.MemoryStore() }));`, [memory("express-session", "the store is a MemoryStore")]),
    invalid(`import session, { MemoryStore } from "express-session";\nconst store = new MemoryStore();\napp.use(⟦session⟧({ secret, store }));`, [memory("express-session", "the store is a MemoryStore")]),
    invalid(`import session from "express-session";\nconst base = { secret, cookie: { secure: true } } as const;\napp.use(⟦session⟧({ ...base, name: "id" }));`, [memory("express-session", "no store is configured")]),
    invalid(`const session = require("express-session");\nmodule.exports = (app) => app.use(⟦session⟧({ secret: process.env.SESSION_SECRET! }));`, [memory("express-session", "no store is configured")]),
    invalid(`import fastifySession from "@fastify/session";\nawait app.register(⟦fastifySession⟧, { secret, cookie: { secure: true } });`, [memory("@fastify/session", "no store is configured")]),
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use(⟦$FN⟧({ secret, store: new $LIB.MemoryStore() }));`,
      errors: [memory("express-session", "the store is a MemoryStore")],
    }),
    ...invalidAcrossImports({
      module: "@fastify/session",
      code: `await app.register(⟦$FN⟧, { secret, cookie: { secure: true } });`,
      errors: [memory("@fastify/session", "no store is configured")],
      styles: ["esm default", "require", "ts import =", "alias const"],
    }),
    invalid(`import session from "express-session";\nexport function createApp(): Express {\n  const app = express();\n  app.use(⟦session⟧({ secret: process.env.SESSION_SECRET!, cookie: { sameSite: "lax" } } satisfies session.SessionOptions));\n  return app;\n}`, [
      memory("express-session", "no store is configured"),
    ]),
    invalid(`import session from "express-session";\nconst options: session.SessionOptions = { secret, resave: false };\nconst mw = ⟦session⟧(options);\napp.use(mw);`, [memory("express-session", "no store is configured")]),
    invalid(`import { createMemorySessionStorage } from "@remix-run/node";\nexport const storage = ⟦createMemorySessionStorage⟧({ cookie: { name: "id" } });`, [
      memory("@remix-run/node createMemorySessionStorage", "it is an in-memory storage"),
    ]),
  ],
});
