import rule from "../../rules/no-permissive-credentialed-cors.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const e = (messageId: string, data?: Record<string, string>) => ({ messageId, ...(data ? { data } : {}), suggestions: [] });
const CORS = `import cors from "cors";\n`;
const HEADER = "The Access-Control-Allow-Origin header";

ruleTester.run("no-permissive-credentialed-cors", rule as unknown as TesterRule, {
  valid: [
    // explicit allow-lists
    ...validAcrossImports({ module: "cors", code: `app.use($FN({ origin: ["https://app.example.com"], credentials: true }));` }),
    valid(`${CORS}app.use(cors({ origin: "https://app.example.com", credentials: true }));`),
    valid(`${CORS}app.use(cors({ origin: /^https:\\/\\/(app|admin)\\.example\\.com$/, credentials: true }));`),
    valid(`${CORS}const allowed = new Set(["https://a.example"]);\napp.use(cors({ origin: (origin, cb) => cb(null, allowed.has(origin)), credentials: true }));`),
    valid(`${CORS}app.use(cors({ origin(origin, callback) {\n  if (!origin || ALLOWED.includes(origin)) return callback(null, true);\n  callback(new Error("blocked"));\n}, credentials: true }));`),
    // no credentials: a public API may allow everyone
    valid(`${CORS}app.use(cors());\napp.use(cors({ origin: "*" }));\napp.use(cors({ origin: true }));`),
    valid(`${CORS}app.use(cors({ origin: true, credentials: false }));`),
    valid(`import { cors } from "hono/cors";\napp.use("*", cors());`),
    // unknown values
    valid(`${CORS}import { corsOptions } from "./config";\napp.use(cors(corsOptions));`),
    valid(`${CORS}app.use(cors({ ...corsDefaults, credentials: true }));`),
    valid(`${CORS}app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));`),
    valid(`${CORS}app.use(cors({ origin: true, credentials: isDev }));`),
    valid(`import cors from "@koa/cors";\napp.use(cors({ origin: (ctx) => (ALLOWED.has(ctx.get("Origin")) ? ctx.get("Origin") : ""), credentials: true }));`),
    // raw headers with a check, or without credentials
    valid(`app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin && allowList.includes(origin)) {\n    res.setHeader("Access-Control-Allow-Origin", origin);\n    res.setHeader("Access-Control-Allow-Credentials", "true");\n  }\n  next();\n});`),
    valid(`app.use((req, res, next) => {\n  res.setHeader("Access-Control-Allow-Origin", "*");\n  next();\n});`),
    valid(`res.set({ "Access-Control-Allow-Origin": "https://app.example.com", "Access-Control-Allow-Credentials": "true" });`),
    // an array entry is matched exactly: "*" there matches no browser's origin
    valid(`${CORS}app.use(cors({ origin: ["https://app.example.com", "*"], credentials: true }));`),
    // Vary: Origin alone sets no CORS policy
    valid(`app.use((req, res, next) => {\n  res.setHeader("Vary", "Origin");\n  res.setHeader("Access-Control-Allow-Credentials", "true");\n  next();\n});`),
    // h3 / Nuxt
    valid(`import { handleCors } from "h3";\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: ["https://app.example.com"], credentials: true })) return;\n});`),
    valid(`export default defineEventHandler((event) => {\n  appendCorsHeaders(event, { origin: "*" });\n});`),
    valid(`import { handleCors } from "./cors";\nhandleCors(event, { origin: "*", credentials: true });`),
    // itty-router and Elysia with explicit origins / without credentials
    valid(`import { cors } from "itty-router";\nconst { preflight, corsify } = cors({ origin: ["https://app.example.com"], credentials: true });`),
    valid(`import { cors } from "itty-router";\nconst { preflight, corsify } = cors();`),
    valid(`import { cors } from "@elysiajs/cors";\nnew Elysia().use(cors({ origin: "https://app.example.com" }));`),
    valid(`import { cors } from "@elysiajs/cors";\nnew Elysia().use(cors({ credentials: false }));`),
    valid(`import { cors } from "@elysiajs/cors";\nnew Elysia().use(cors(...options));`),
    // NestJS with an adapter: options in the third argument
    valid(`import { NestFactory } from "@nestjs/core";\nimport { FastifyAdapter } from "@nestjs/platform-fastify";\nconst app = await NestFactory.create(AppModule, new FastifyAdapter(), { cors: { origin: ["https://app.example.com"], credentials: true } });`),
    // Next.js headers() without credentials
    valid(`module.exports = {\n  async headers() {\n    return [{ source: "/api/:path*", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }, { key: "Access-Control-Allow-Methods", value: "GET" }] }];\n  },\n};`),
    // look-alikes
    valid(`const map = new Map();\nmap.set("Access-Control-Allow-Origin", "*");`),
    valid(`import cors from "./cors";\napp.use(cors({ origin: true, credentials: true }));`),
    valid(`import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule, { cors: true });`),
  ],
  invalid: [
    ...invalidAcrossImports({
      module: "cors",
      code: `app.use($FN({ origin: ⟦true⟧, credentials: true }));`,
      errors: [e("reflected", { api: "cors", how: "origin: true" })],
    }),
    invalid(`${CORS}app.use(cors({ origin: ⟦"*"⟧, credentials: true }));`, [e("wildcard", { api: "cors", origin: "'*'" })]),
    invalid(`${CORS}app.use(cors(⟦{ credentials: true }⟧));`, [e("wildcard", { api: "cors", origin: "no origin set: '*' by default" })]),
    invalid(`${CORS}const options = { origin: ⟦true⟧, credentials: true } satisfies cors.CorsOptions;\napp.use(cors(options));`, [e("reflected")]),
    invalid(`${CORS}const base = { credentials: true };\napp.use(cors({ ...base, origin: ⟦(origin, callback) => callback(null, true)⟧ }));`, [
      e("reflected", { api: "cors", how: "the origin callback approves every origin" }),
    ]),
    invalid(`${CORS}function allowAll(origin: string | undefined, cb: (e: Error | null, o?: string) => void) {\n  cb(null, origin);\n}\napp.use(cors({ origin: ⟦allowAll⟧, credentials: true }));`, [
      e("reflected", { api: "cors", how: "the origin callback approves every origin" }),
    ]),
    invalid(`${CORS}app.use(cors({ origin: ["https://app.example.com", ⟦"null"⟧], credentials: true }));`, [e("nullOrigin", { api: "cors" })]),
    invalid(`${CORS}app.use(cors({ origin: ⟦/example\\.com$/⟧, credentials: true }));`, [
      e("unanchored", { pattern: "/example\\.com$/", missing: "the start (^)", example: '"https://attacker-example.com"' }),
    ]),
    invalid(`${CORS}app.use(cors({ origin: [⟦/^https:\\/\\/app\\.example\\.com/⟧], credentials: true }));`, [
      e("unanchored", { pattern: "/^https:\\/\\/app\\.example\\.com/", missing: "the end ($)", example: '"https://app.example.com.attacker.net"' }),
    ]),
    // @fastify/cors, registered
    ...invalidAcrossImports({
      module: "@fastify/cors",
      code: `await app.register($FN, { origin: ⟦true⟧, credentials: true });`,
      errors: [e("reflected", { api: "@fastify/cors", how: "origin: true" })],
      styles: ["esm default", "require", "ts import ="],
    }),
    // hono/cors
    invalid(`import { cors } from "hono/cors";\napp.use("/api/*", cors({ origin: ⟦(origin) => origin⟧, credentials: true }));`, [
      e("reflected", { api: "hono/cors", how: "the origin callback returns the request origin" }),
    ]),
    invalid(`import { cors } from "hono/cors";\napp.use(cors({ origin: ⟦"*"⟧, credentials: true }));`, [e("wildcard", { api: "hono/cors", origin: "'*'" })]),
    // @koa/cors: credentials without origin reflects
    invalid(`const cors = require("@koa/cors");\napp.use(cors(⟦{ credentials: true }⟧));`, [
      e("reflected", { api: "@koa/cors", how: "no origin is set, so it sends the request's Origin" }),
    ]),
    invalid(`import cors from "@koa/cors";\napp.use(cors({ origin: ⟦(ctx) => ctx.get("Origin")⟧, credentials: true }));`, [
      e("reflected", { api: "@koa/cors", how: "the origin callback returns the request's Origin header" }),
    ]),
    // NestJS
    invalid(`import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin: ⟦true⟧, credentials: true });`, [
      e("reflected", { api: "NestJS enableCors", how: "origin: true" }),
    ]),
    invalid(`import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule, { cors: { origin: ⟦"*"⟧, credentials: true } });`, [
      e("wildcard", { api: "NestJS cors option", origin: "'*'" }),
    ]),
    // raw headers (also in capitals: the per-file pre-check looks for "credentials" in both spellings)
    invalid(
      `app.use((req, res, next) => {\n  res.setHeader("ACCESS-CONTROL-ALLOW-ORIGIN", ⟦req.headers.origin!⟧);\n  res.setHeader("ACCESS-CONTROL-ALLOW-CREDENTIALS", "true");\n  next();\n});`,
      [e("reflected", { api: HEADER, how: "it is set to the request's Origin header" })],
    ),
    invalid(
      `app.use((req, res, next) => {\n  res.setHeader("Access-Control-Allow-Origin", ⟦req.headers.origin!⟧);\n  res.setHeader("Access-Control-Allow-Credentials", "true");\n  next();\n});`,
      [e("reflected", { api: HEADER, how: "it is set to the request's Origin header" })],
    ),
    invalid(`router.use(async (ctx, next) => {\n  ctx.set("Access-Control-Allow-Origin", ⟦ctx.get("origin")⟧);\n  ctx.set("Access-Control-Allow-Credentials", true);\n  await next();\n});`, [
      e("reflected", { api: HEADER, how: "it is set to the request's Origin header" }),
    ]),
    invalid(`export async function GET(request: Request) {\n  const origin = request.headers.get("Origin") ?? "";\n  return new Response("ok", { headers: { "Access-Control-Allow-Origin": ⟦origin⟧, "Access-Control-Allow-Credentials": "true" } });\n}`, [
      e("reflected", { api: HEADER, how: "it is set to the request's Origin header" }),
    ]),
    invalid(`function allow(res) {\n  res.header("access-control-allow-origin", ⟦"*"⟧);\n  res.header("access-control-allow-credentials", "true");\n}`, [e("wildcard", { api: HEADER, origin: "'*'" })]),
    invalid(`res.writeHead(200, { "Access-Control-Allow-Origin": ⟦"null"⟧, "Access-Control-Allow-Credentials": "true" });`, [e("nullOrigin", { api: HEADER })]),
    // a presence check is not a check; Vary: Origin is not one either
    invalid(
      `app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin) {\n    res.setHeader("Access-Control-Allow-Origin", ⟦origin⟧);\n    res.setHeader("Vary", "Origin");\n    res.setHeader("Access-Control-Allow-Credentials", "true");\n  }\n  next();\n});`,
      [e("reflected", { api: HEADER, how: "it is set to the request's Origin header" })],
    ),
    // Next.js headers() in next.config.js
    invalid(
      `module.exports = {\n  async headers() {\n    return [{\n      source: "/api/:path*",\n      headers: [\n        { key: "Access-Control-Allow-Credentials", value: "true" },\n        { key: "Access-Control-Allow-Origin", value: ⟦"*"⟧ },\n      ],\n    }];\n  },\n};`,
      [e("wildcard", { api: HEADER, origin: "'*'" })],
      { filename: "next.config.js" },
    ),
    // NestJS with the Fastify adapter
    invalid(
      `import { NestFactory } from "@nestjs/core";\nimport { FastifyAdapter } from "@nestjs/platform-fastify";\nconst app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { cors: { origin: ⟦true⟧, credentials: true } });`,
      [e("reflected", { api: "NestJS cors option", how: "origin: true" })],
    ),
    invalid(
      `import { NestFactory } from "@nestjs/core";\nimport { FastifyAdapter, type NestFastifyApplication } from "@nestjs/platform-fastify";\nasync function bootstrap() {\n  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());\n  app.enableCors({ origin: ⟦"*"⟧, credentials: true });\n}`,
      [e("wildcard", { api: "NestJS enableCors", origin: "'*'" })],
    ),
    // h3: imported, and auto-imported in Nuxt server routes
    ...invalidAcrossImports({
      module: "h3",
      member: "handleCors",
      code: `export default defineEventHandler((event) => {\n  if ($FN(event, { origin: ⟦"*"⟧, credentials: true })) return;\n});`,
      errors: [e("wildcard", { api: "h3 handleCors", origin: "'*'" })],
    }),
    invalid(`export default defineEventHandler((event) => {\n  appendCorsHeaders(event, { origin: ⟦() => true⟧, credentials: true });\n});`, [
      e("reflected", { api: "h3 appendCorsHeaders", how: "the origin callback approves every origin" }),
    ]),
    invalid(`import { appendCorsPreflightHeaders } from "h3";\nappendCorsPreflightHeaders(event, { origin: [⟦/example\.com/⟧], credentials: true });`, [
      e("unanchored", { pattern: "/example\.com/", missing: "either end", example: '"https://example.com.attacker.net"' }),
    ]),
    // itty-router: with credentials, "*" (and no origin) send the request's Origin back
    invalid(`import { cors } from "itty-router";\nexport const { preflight, corsify } = cors(⟦{ credentials: true }⟧);`, [
      e("reflected", { api: "itty-router cors", how: "no origin is set, so it sends the request's Origin" }),
    ]),
    invalid(`import { cors } from "itty-router";\nconst options = { origin: ⟦"*"⟧, credentials: true } as const;\nexport const { preflight, corsify } = cors(options);`, [
      e("reflected", { api: "itty-router cors", how: "with credentials on, '*' sends the request's Origin back" }),
    ]),
    // @elysiajs/cors: origin true and credentials on by default; string origins match as substrings
    ...invalidAcrossImports({
      module: "@elysiajs/cors",
      member: "cors",
      code: `new Elysia().use(⟦$FN()⟧);`,
      errors: [e("reflected", { api: "@elysiajs/cors", how: "its defaults reflect the request's Origin with credentials" })],
    }),
    invalid(`import { cors } from "@elysiajs/cors";\nnew Elysia().use(cors({ origin: ⟦"example.com"⟧ }));`, [
      e("substringOrigin", { api: "@elysiajs/cors", origin: "example.com", example: '"https://example.com.attacker.net"' }),
    ]),
    invalid(`import cors from "@elysiajs/cors";\nnew Elysia().use(cors({ origin: ⟦({ request }) => true⟧ }));`, [
      e("reflected", { api: "@elysiajs/cors", how: "the origin callback approves every origin" }),
    ]),
  ],
});
