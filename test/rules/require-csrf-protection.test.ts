import rule from "../../rules/require-csrf-protection.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const APP = `import express from "express";\nimport session from "express-session";\nconst app = express();\n`;
const unprotected = (name: string, route: string, output?: string) => ({
  messageId: "unprotected",
  data: { name, route },
  suggestions: output ? [{ messageId: "addSameSite", output }] : [],
});

ruleTester.run("require-csrf-protection", rule as unknown as TesterRule, {
  valid: [
    // a CSRF middleware
    valid(`${APP}import { doubleCsrf } from "csrf-csrf";\nconst { doubleCsrfProtection } = doubleCsrf({ getSecret: () => secret });\napp.use(session({ secret }));\napp.use(doubleCsrfProtection);\napp.post("/transfer", (req, res) => res.end());`),
    valid(`${APP}import lusca from "lusca";\napp.use(session({ secret }));\napp.use(lusca.csrf());\napp.post("/transfer", (req, res) => res.end());`),
    valid(`import Fastify from "fastify";\nimport fastifySession from "@fastify/session";\nimport csrf from "@fastify/csrf-protection";\nconst app = Fastify();\napp.register(fastifySession, { secret });\napp.register(csrf, { sessionPlugin: "@fastify/session" });\napp.post("/transfer", async () => ({}));`),
    // SameSite Lax / Strict on the session cookie
    valid(`${APP}app.use(session({ secret, cookie: { sameSite: "lax" } }));\napp.post("/transfer", (req, res) => res.end());`),
    valid(`${APP}app.use(session({ secret, cookie: { sameSite: "strict", secure: true } }));\napp.delete("/account", (req, res) => res.end());`),
    valid(`${APP}app.use(session({ secret, cookie: { sameSite: true } }));\napp.post("/transfer", (req, res) => res.end());`),
    // hand-written double-submit check
    valid(`${APP}app.use(session({ secret }));\napp.post("/transfer", (req, res) => {\n  if (req.get("x-csrf-token") !== req.session.csrf) return res.sendStatus(403);\n  res.end();\n});`),
    // unknown SameSite
    valid(`${APP}app.use(session({ secret, cookie: cookieOptions }));\napp.post("/transfer", (req, res) => res.end());`),
    valid(`${APP}app.use(session({ secret, cookie: { sameSite: isProd ? "strict" : "lax" } }));\napp.post("/x", (req, res) => res.end());`),
    // no cookie session in the file, or no state-changing route
    valid(`import express from "express";\nconst app = express();\napp.post("/api/orders", requireBearer, (req, res) => res.end());`),
    valid(`${APP}app.use(session({ secret }));\napp.get("/", (req, res) => res.send("hi"));`),
    // CSRF middlewares in every import style
    ...validAcrossImports({
      module: "csrf-sync",
      member: "csrfSync",
      code: `const { csrfSynchronisedProtection } = $FN();\napp.use(session({ secret }));\napp.use(csrfSynchronisedProtection);\napp.post("/transfer", (req, res) => res.end());`,
    }),
    valid(`import { Hono } from "hono";\nimport { csrf } from "hono/csrf";\nimport session from "express-session";\napp.use(session({ secret }));\napp.use(csrf());\napp.post("/transfer", (req, res) => res.end());`),
    // Fetch Metadata checked by hand
    valid(`${APP}app.use(session({ secret }));\napp.use((req, res, next) => (req.get("sec-fetch-site") === "cross-site" && req.method !== "GET" ? res.sendStatus(403) : next()));\napp.post("/transfer", (req, res) => res.end());`),
    // SameSite held in a constant, or behind TypeScript wrappers
    valid(`${APP}const cookie = { sameSite: "strict" as const, secure: true };\napp.use(session({ secret, cookie }));\napp.post("/transfer", (req, res) => res.end());`),
    valid(`${APP}app.use(session({ secret, cookie: { sameSite: "lax" } } satisfies session.SessionOptions));\napp.post("/transfer", async function (req, res) {\n  res.end();\n});`),
    // unknown options
    valid(`${APP}app.use(session(sessionOptions));\napp.post("/transfer", (req, res) => res.end());`),
    // csurf with its default ignoreMethods
    valid(`import csurf from "csurf";\napp.use(csurf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS"] }));`),
  ],
  invalid: [
    invalid(`${APP}app.use(⟦session⟧({ secret, resave: false, saveUninitialized: false, cookie: { httpOnly: true } }));\napp.post("/transfer", (req, res) => res.end());`, [
      unprotected(
        "express-session",
        "POST /transfer",
        `${APP}app.use(session({ secret, resave: false, saveUninitialized: false, cookie: { httpOnly: true, sameSite: "lax" } }));\napp.post("/transfer", (req, res) => res.end());`,
      ),
    ]),
    invalid(`${APP}app.use(⟦session⟧({ secret }));\nconst router = express.Router();\nrouter.put("/profile", (req, res) => res.end());`, [
      unprotected("express-session", "PUT /profile", `${APP}app.use(session({ secret, cookie: { sameSite: "lax" } }));\nconst router = express.Router();\nrouter.put("/profile", (req, res) => res.end());`),
    ]),
    invalid(`${APP}app.use(⟦session⟧({ secret, cookie: { sameSite: "none", secure: true } }));\napp.delete("/account", (req, res) => res.end());`, [unprotected("express-session", "DELETE /account")]),
    invalid(`import express from "express";\nimport cookieSession from "cookie-session";\nconst app = express();\napp.use(⟦cookieSession⟧({ name: "id", keys, sameSite: false }));\napp.patch("/settings", (req, res) => res.end());`, [
      unprotected("cookie-session", "PATCH /settings"),
    ]),
    // express-session in every import style
    ...invalidAcrossImports({
      module: "express-session",
      code: `import express from "express";\nconst app = express();\napp.use(⟦$FN⟧({ secret }));\napp.post("/transfer", (req, res) => res.end());`,
      errors: [
        unprotected(
          "express-session",
          "POST /transfer",
          `import express from "express";\nconst app = express();\napp.use($FN({ secret, cookie: { sameSite: "lax" } }));\napp.post("/transfer", (req, res) => res.end());`,
        ),
      ],
    }),
    // a comment is not a defence
    invalid(`${APP}// TODO: add csrf protection\napp.use(⟦session⟧({ secret, cookie: { secure: true } }));\napp.post("/transfer", function (req, res) {\n  res.end();\n});`, [
      unprotected("express-session", "POST /transfer", `${APP}// TODO: add csrf protection\napp.use(session({ secret, cookie: { secure: true, sameSite: "lax" } }));\napp.post("/transfer", function (req, res) {\n  res.end();\n});`),
    ]),
    // TypeScript: options in a typed constant
    invalid(`${APP}const options = { secret, cookie: { sameSite: "none", secure: true } } satisfies session.SessionOptions;\napp.use(⟦session⟧(options));\napp.post("/transfer", async (req: Request, res: Response) => res.end());`, [
      unprotected("express-session", "POST /transfer"),
    ]),
    invalid(`import csurf from "csurf";\napp.use(csurf({ cookie: true, ignoreMethods: ⟦["GET", "HEAD", "OPTIONS", "POST"]⟧ }));`, [
      { messageId: "csurfIgnoresUnsafe", data: { methods: "POST" }, suggestions: [] },
    ]),
    invalid(`const csrf = require("csurf");\nconst IGNORED = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];\napp.use(csrf({ ignoreMethods: ⟦IGNORED⟧ }));`, [
      { messageId: "csurfIgnoresUnsafe", data: { methods: "PUT, DELETE" }, suggestions: [] },
    ]),
  ],
});
