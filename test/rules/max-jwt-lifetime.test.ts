import rule from "../../rules/max-jwt-lifetime.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const JWT = `import jwt from "jsonwebtoken";\n`;
const NEST = `import { Injectable, Module } from "@nestjs/common";\nimport { JwtModule, JwtService } from "@nestjs/jwt";\n`;
const JOSE = `import { SignJWT } from "jose";\n`;
const FASTIFY = `import Fastify from "fastify";\nimport fastifyJwt from "@fastify/jwt";\nconst app = Fastify();\n`;
const NOW = "Math.floor(Date.now() / 1000)";

/** A too-long error (with its data) whose only suggestion produces `output`. */
function tooLong(data: { kind: string; lifetime: string; limit: string; what: string; suggested: string }, output?: string) {
  return {
    messageId: "tooLong",
    data,
    suggestions: output === undefined ? [] : [{ messageId: "useLimit", data: { suggested: data.suggested }, output }],
  };
}
const access = (lifetime: string, what: string, suggested: string) => ({ kind: "Access", lifetime, limit: "1h", what, suggested });
const refresh = (lifetime: string, what: string, suggested: string) => ({ kind: "Refresh", lifetime, limit: "30d", what, suggested });

ruleTester.run("max-jwt-lifetime", rule as unknown as TesterRule, {
  valid: [
    // --- short access tokens, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN({ sub }, secret, { expiresIn: "15m" });` }),
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN({ sub }, secret, { expiresIn: 3600 });` }),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "1h" });`),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "60" });`), // 60 ms, as jsonwebtoken reads a numeric string
    valid(`${JWT}jwt.sign({ sub, exp: ${NOW} + 15 * 60 }, secret);`),
    // --- refresh tokens under the refresh threshold (false-positives.md)
    valid(`${JWT}const refreshToken = jwt.sign({ sub }, process.env.REFRESH_SECRET!, { expiresIn: "7d" });`),
    valid(`${JWT}export function generateRefreshToken(user: User) {\n  return jwt.sign({ sub: user.id }, secret, { expiresIn: "30d" });\n}`),
    valid(`${JWT}jwt.sign({ sub, typ: "refresh" }, secret, { expiresIn: 60 * 60 * 24 * 14 });`),
    valid(`${JWT}const tokens = { refresh_token: jwt.sign({ sub }, secret, { expiresIn: "14 days" }) };`),
    valid(`${JWT}const REFRESH_TOKEN_TTL = "30d";\njwt.sign({ sub }, secret, { expiresIn: REFRESH_TOKEN_TTL });`),
    valid(`${JWT}const refreshOptions: jwt.SignOptions = { expiresIn: "7d" };\njwt.sign({ sub }, secret, refreshOptions);`),
    valid(`${JOSE}export const refresh = await new SignJWT({ sub, token_use: "refresh" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("7d").sign(secret);`),
    // --- unknown lifetimes from configuration or env
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: process.env.JWT_EXPIRES_IN });`),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: config.jwt.accessTtl });`),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: Number(process.env.TTL) });`),
    valid(`${JWT}jwt.sign({ sub }, secret, options);`),
    valid(`${JWT}jwt.sign({ sub, exp: expiresAt }, secret);`),
    valid(`${JWT}jwt.sign({ sub, exp: 1893456000 }, secret);`),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "1 fortnight" });`),
    // --- configured thresholds
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "8h" });`, { options: [{ accessToken: "12h" }] }),
    valid(`${JWT}const refreshToken = jwt.sign({ sub }, secret, { expiresIn: "90d" });`, { options: [{ refreshToken: "90 days" }] }),
    // --- jose: relative strings, absolute numbers and dates
    valid(`${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("2 hours ago").sign(secret);`),
    valid(`${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(1893456000).sign(secret);`),
    valid(`${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(session.expiresAt).sign(secret);`),
    valid(`${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(new Date(Date.now() + 10 * 60 * 1000)).sign(secret);`),
    // --- other libraries within the limit
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key, expiresIn: 60 * 60 * 1000 });`),
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key, expiresIn: 86400 });`), // milliseconds: 86.4 s
    valid(`${NEST}JwtModule.register({ secret, signOptions: { expiresIn: "15m" } });`),
    valid(`${FASTIFY}app.register(fastifyJwt, { secret, sign: { expiresIn: 900 } });`),
    valid(`import { sign } from "hono/jwt";\nawait sign({ sub, exp: ${NOW} + 60 * 5 }, secret);`),
    // encrypted tokens (jose EncryptJWT) are not modelled
    valid(`import { EncryptJWT } from "jose";\nawait new EncryptJWT({ sub }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setExpirationTime("30d").encrypt(key);`),
    // malformed calls do not throw
    valid(`${JWT}jwt.sign();\njwt.sign({ sub }, key, null);\njwt.sign({ sub, exp: Date.now }, key);`),
    valid(`${JOSE}await new SignJWT({ sub }).setExpirationTime().sign(secret);`),
    // --- look-alikes
    valid(`import crypto from "node:crypto";\ncrypto.sign("sha256", Buffer.from("x"), { key, expiresIn: "365d" } as never);`),
    valid(`const cookieOptions = { expiresIn: "30d" };\nres.cookie("theme", "dark", { maxAge: 30 * 24 * 3600 * 1000 });`),
    valid(`import { sign } from "./my-jwt";\nsign({ sub }, secret, { expiresIn: "1y" });`),
  ],
  invalid: [
    // --- jsonwebtoken strings, in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `$FN({ sub }, secret, { expiresIn: ⟦"30d"⟧ });`,
      errors: [tooLong(access("30d", "expiresIn", '"1h"'), `$FN({ sub }, secret, { expiresIn: "1h" });`)],
    }),
    // numbers are seconds for jsonwebtoken
    invalid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦86400⟧ });`, [tooLong(access("1d", "expiresIn", "3600"), `${JWT}jwt.sign({ sub }, secret, { expiresIn: 3600 });`)]),
    invalid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦60 * 60 * 24 * 30⟧ });`, [tooLong(access("30d", "expiresIn", "60 * 60"), `${JWT}jwt.sign({ sub }, secret, { expiresIn: 60 * 60 });`)]),
    // ms-style spellings
    invalid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦'1y'⟧ });`, [tooLong(access("1y", "expiresIn", "'1h'"), `${JWT}jwt.sign({ sub }, secret, { expiresIn: '1h' });`)]),
    invalid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦"2 days"⟧ });`, [tooLong(access("2d", "expiresIn", '"1h"'), `${JWT}jwt.sign({ sub }, secret, { expiresIn: "1h" });`)]),
    invalid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦"1.5h"⟧ });`, [tooLong(access("90m", "expiresIn", '"1h"'), `${JWT}jwt.sign({ sub }, secret, { expiresIn: "1h" });`)]),
    // through constants, spreads and TypeScript wrappers (the use site is replaced)
    invalid(
      `${JWT}const TOKEN_TTL = "7d";\nconst base = { expiresIn: ⟦TOKEN_TTL⟧ } satisfies jwt.SignOptions;\njwt.sign({ sub } as Claims, secret!, { ...base, issuer: "api" });`,
      [tooLong(access("7d", "expiresIn", '"1h"'), `${JWT}const TOKEN_TTL = "7d";\nconst base = { expiresIn: "1h" } satisfies jwt.SignOptions;\njwt.sign({ sub } as Claims, secret!, { ...base, issuer: "api" });`)],
    ),
    invalid(
      `${JWT}const opts = Object.assign({}, { expiresIn: ⟦"24h"⟧ as const });\njwt.sign({ sub }, secret, opts);`,
      [tooLong(access("1d", "expiresIn", '"1h"'), `${JWT}const opts = Object.assign({}, { expiresIn: "1h" as const });\njwt.sign({ sub }, secret, opts);`)],
    ),
    // exp arithmetic through constants
    invalid(
      `${JWT}const THIRTY_DAYS = 60 * 60 * 24 * 30;\njwt.sign({ sub, exp: ⟦${NOW} + THIRTY_DAYS⟧ }, secret);`,
      [tooLong(access("30d", "the exp claim", "3600"), `${JWT}const THIRTY_DAYS = 60 * 60 * 24 * 30;\njwt.sign({ sub, exp: ${NOW} + 3600 }, secret);`)],
    ),
    invalid(
      `${JWT}const now = Math.floor(Date.now() / 1000);\nconst claims = { sub, iat: now, exp: ⟦now + 7 * 24 * 3600⟧ };\njwt.sign(claims, secret);`,
      [tooLong(access("7d", "the exp claim", "60 * 60"), `${JWT}const now = Math.floor(Date.now() / 1000);\nconst claims = { sub, iat: now, exp: now + 60 * 60 };\njwt.sign(claims, secret);`)],
    ),
    // exp in milliseconds: a unit bug
    invalid(
      `${JWT}jwt.sign({ sub, exp: ⟦Date.now() + 3600 * 1000⟧ }, secret);`,
      [{ messageId: "millisecondExp", suggestions: [{ messageId: "useSeconds", output: `${JWT}jwt.sign({ sub, exp: Math.floor((Date.now() + 3600 * 1000) / 1000) }, secret);` }] }],
    ),
    // refresh tokens above the refresh threshold: by variable, function, claim and key names
    invalid(
      `${JWT}const refreshToken = jwt.sign({ sub }, secret, { expiresIn: ⟦"90d"⟧ });`,
      [tooLong(refresh("90d", "expiresIn", '"30d"'), `${JWT}const refreshToken = jwt.sign({ sub }, secret, { expiresIn: "30d" });`)],
    ),
    invalid(
      `${JWT}export function createRefreshToken(id: string) {\n  return jwt.sign({ sub: id }, secret, { expiresIn: ⟦"1y"⟧ });\n}`,
      [tooLong(refresh("1y", "expiresIn", '"30d"'), `${JWT}export function createRefreshToken(id: string) {\n  return jwt.sign({ sub: id }, secret, { expiresIn: "30d" });\n}`)],
    ),
    invalid(
      `${JWT}jwt.sign({ sub, type: "refresh" }, secret, { expiresIn: ⟦"365d"⟧ });`,
      [tooLong(refresh("365d", "expiresIn", '"30d"'), `${JWT}jwt.sign({ sub, type: "refresh" }, secret, { expiresIn: "30d" });`)],
    ),
    invalid(
      `${JWT}jwt.sign({ sub }, process.env.REFRESH_TOKEN_SECRET!, { expiresIn: ⟦60 * 60 * 24 * 60⟧ });`,
      [tooLong(refresh("60d", "expiresIn", "30 * 24 * 60 * 60"), `${JWT}jwt.sign({ sub }, process.env.REFRESH_TOKEN_SECRET!, { expiresIn: 30 * 24 * 60 * 60 });`)],
    ),
    // the variable says access even inside a refresh handler
    invalid(
      `${JWT}export async function refresh(req: Request) {\n  const accessToken = jwt.sign({ sub }, secret, { expiresIn: ⟦"7d"⟧ });\n  return accessToken;\n}`,
      [tooLong(access("7d", "expiresIn", '"1h"'), `${JWT}export async function refresh(req: Request) {\n  const accessToken = jwt.sign({ sub }, secret, { expiresIn: "1h" });\n  return accessToken;\n}`)],
    ),
    // a configured access limit
    invalid(
      `${JWT}jwt.sign({ sub }, secret, { expiresIn: ⟦"1h"⟧ });`,
      [tooLong({ kind: "Access", lifetime: "1h", limit: "15m", what: "expiresIn", suggested: '"15m"' }, `${JWT}jwt.sign({ sub }, secret, { expiresIn: "15m" });`)],
      { options: [{ accessToken: "15m" }] },
    ),
    // --- jose
    invalid(
      `${JOSE}export const token = await new SignJWT({ sub })\n  .setProtectedHeader({ alg: "HS256" })\n  .setExpirationTime(⟦"30d"⟧)\n  .sign(secret);`,
      [tooLong(access("30d", "setExpirationTime()", '"1h"'), `${JOSE}export const token = await new SignJWT({ sub })\n  .setProtectedHeader({ alg: "HS256" })\n  .setExpirationTime("1h")\n  .sign(secret);`)],
    ),
    invalid(
      `import * as jose from "jose";\nconst builder = new jose.SignJWT({ sub }).setProtectedHeader({ alg: "ES256" });\nbuilder.setExpirationTime(⟦${NOW} + 86400⟧);\nexport const token = await builder.sign(privateKey);`,
      [tooLong(access("1d", "setExpirationTime()", "3600"), `import * as jose from "jose";\nconst builder = new jose.SignJWT({ sub }).setProtectedHeader({ alg: "ES256" });\nbuilder.setExpirationTime(${NOW} + 3600);\nexport const token = await builder.sign(privateKey);`)],
    ),
    invalid(
      `${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(⟦new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)⟧).sign(secret);`,
      [tooLong(access("30d", "setExpirationTime()", "60 * 60 * 1000"), `${JOSE}await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(new Date(Date.now() + 60 * 60 * 1000)).sign(secret);`)],
    ),
    invalid(
      `${JOSE}export const refreshToken = await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(⟦"52 weeks"⟧).sign(secret);`,
      [tooLong(refresh("364d", "setExpirationTime()", '"30d"'), `${JOSE}export const refreshToken = await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("30d").sign(secret);`)],
    ),
    invalid(
      `${JOSE}await new SignJWT({ sub, exp: ⟦${NOW} + 60 * 60 * 24⟧ }).setProtectedHeader({ alg: "HS256" }).sign(secret);`,
      [tooLong(access("1d", "the exp claim", "60 * 60"), `${JOSE}await new SignJWT({ sub, exp: ${NOW} + 60 * 60 }).setProtectedHeader({ alg: "HS256" }).sign(secret);`)],
    ),
    // --- @nestjs/jwt: module signOptions and per-call options, injected service
    invalid(
      `${NEST}@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: ⟦"7d"⟧ } })] })\nexport class AuthModule {}`,
      [tooLong(access("7d", "signOptions.expiresIn", '"1h"'), `${NEST}@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: "1h" } })] })\nexport class AuthModule {}`)],
    ),
    invalid(
      `${NEST}JwtModule.registerAsync({\n  inject: [ConfigService],\n  useFactory: (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: { expiresIn: ⟦604800⟧ } }),\n});`,
      [tooLong(access("7d", "signOptions.expiresIn", "3600"), `${NEST}JwtModule.registerAsync({\n  inject: [ConfigService],\n  useFactory: (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: { expiresIn: 3600 } }),\n});`)],
    ),
    invalid(
      `${NEST}@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  async issueRefresh(userId: string) {\n    return this.jwtService.signAsync({ sub: userId }, { secret: process.env.REFRESH_SECRET, expiresIn: ⟦"180d"⟧ });\n  }\n}`,
      [
        tooLong(
          refresh("180d", "expiresIn", '"30d"'),
          `${NEST}@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  async issueRefresh(userId: string) {\n    return this.jwtService.signAsync({ sub: userId }, { secret: process.env.REFRESH_SECRET, expiresIn: "30d" });\n  }\n}`,
        ),
      ],
    ),
    invalid(
      `${NEST}@Injectable()\nexport class TokenService {\n  constructor(private readonly jwt: JwtService) {}\n  issue(id: string) { return this.jwt.sign<{ sub: string }>({ sub: id }, { expiresIn: ⟦"90d"⟧ } as JwtSignOptions); }\n}`,
      [tooLong(access("90d", "expiresIn", '"1h"'), `${NEST}@Injectable()\nexport class TokenService {\n  constructor(private readonly jwt: JwtService) {}\n  issue(id: string) { return this.jwt.sign<{ sub: string }>({ sub: id }, { expiresIn: "1h" } as JwtSignOptions); }\n}`)],
    ),
    // --- fast-jwt: numbers are milliseconds
    invalid(
      `import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key, expiresIn: ⟦7 * 24 * 60 * 60 * 1000⟧ });`,
      [tooLong(access("7d", "expiresIn", "60 * 60 * 1000"), `import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key, expiresIn: 60 * 60 * 1000 });`)],
    ),
    invalid(
      `const { createSigner } = require("fast-jwt");\nconst signRefreshToken = createSigner({ key, expiresIn: ⟦"90d"⟧ });`,
      [tooLong(refresh("90d", "expiresIn", '"30d"'), `const { createSigner } = require("fast-jwt");\nconst signRefreshToken = createSigner({ key, expiresIn: "30d" });`)],
    ),
    // --- @fastify/jwt: registered and per-call (numbers are seconds)
    invalid(
      `${FASTIFY}app.register(fastifyJwt, { secret, sign: { expiresIn: ⟦"1d"⟧ } });`,
      [tooLong(access("1d", "sign.expiresIn", '"1h"'), `${FASTIFY}app.register(fastifyJwt, { secret, sign: { expiresIn: "1h" } });`)],
    ),
    invalid(
      `${FASTIFY}app.post("/login", async (req, reply) => reply.jwtSign({ sub: "1" }, { expiresIn: ⟦86400 * 7⟧ }));`,
      [tooLong(access("7d", "expiresIn", "60 * 60"), `${FASTIFY}app.post("/login", async (req, reply) => reply.jwtSign({ sub: "1" }, { expiresIn: 60 * 60 }));`)],
    ),
    // A route module of the fastify-jwt era (the package before @fastify/jwt): its require counts as Fastify.
    invalid(
      `const fastifyJwt = require("fastify-jwt");\nmodule.exports = async function (fastify) {\n  fastify.post("/login", async (request, reply) => reply.jwtSign({ sub: request.user.id }, { expiresIn: ⟦"30d"⟧ }));\n};`,
      [tooLong(access("30d", "expiresIn", '"1h"'), `const fastifyJwt = require("fastify-jwt");\nmodule.exports = async function (fastify) {\n  fastify.post("/login", async (request, reply) => reply.jwtSign({ sub: request.user.id }, { expiresIn: "1h" }));\n};`)],
    ),
    // --- hono/jwt and jwt-simple: exp claim
    invalid(
      `import { sign } from "hono/jwt";\nexport const token = await sign({ sub, exp: ⟦${NOW} + 60 * 60 * 24 * 365⟧ }, secret);`,
      [tooLong(access("365d", "the exp claim", "60 * 60"), `import { sign } from "hono/jwt";\nexport const token = await sign({ sub, exp: ${NOW} + 60 * 60 }, secret);`)],
    ),
    invalid(
      `import jwtSimple from "jwt-simple";\nconst ttl = 60 * 60 * 24 * 90;\nexport const refreshToken = jwtSimple.encode({ sub, exp: ⟦(Date.now() / 1000 | 0) + ttl⟧ }, secret);`,
      [tooLong(refresh("90d", "the exp claim", "2592000"), `import jwtSimple from "jwt-simple";\nconst ttl = 60 * 60 * 24 * 90;\nexport const refreshToken = jwtSimple.encode({ sub, exp: (Date.now() / 1000 | 0) + 2592000 }, secret);`)],
    ),
    // JSX file
    invalid(
      `${JWT}export function Debug() {\n  const token = jwt.sign({ sub: "1" }, "k", { expiresIn: ⟦"10y"⟧ });\n  return <pre>{token}</pre>;\n}`,
      [tooLong(access("10y", "expiresIn", '"1h"'), `${JWT}export function Debug() {\n  const token = jwt.sign({ sub: "1" }, "k", { expiresIn: "1h" });\n  return <pre>{token}</pre>;\n}`)],
      { filename: "debug.tsx" },
    ),
  ],
});
