import rule from "../../rules/require-jwt-expiry.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const JWT = `import jwt from "jsonwebtoken";\n`;
const NEST = `import { Injectable, Module } from "@nestjs/common";\nimport { JwtModule, JwtService } from "@nestjs/jwt";\n`;
const JOSE = `import { SignJWT } from "jose";\n`;
const FASTIFY = `import Fastify from "fastify";\nimport fastifyJwt from "@fastify/jwt";\nconst app = Fastify();\n`;

/** A missing-expiry error whose only suggestion produces `output`. */
function missing(output: string, text = 'expiresIn: "15m"') {
  return { messageId: "missingExpiry", suggestions: [{ messageId: "addExpiry", data: { text }, output }] };
}
const missingNoFix = { messageId: "missingExpiry", suggestions: [] };
const stringPayload = { messageId: "stringPayload", suggestions: [] };
const EXP_TEXT = "exp: Math.floor(Date.now() / 1000) + 15 * 60";

ruleTester.run("require-jwt-expiry", rule as unknown as TesterRule, {
  valid: [
    // --- jsonwebtoken with an expiry, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN({ sub: user.id }, secret, { expiresIn: "15m" });` }),
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, secret);` }),
    // expiry from configuration or env: present, value unknown
    valid(`${JWT}jwt.sign(payload, secret, { expiresIn: process.env.JWT_TTL });`),
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: config.get("jwt.ttl") });`),
    // options and payloads that cannot be seen: silent
    valid(`${JWT}jwt.sign({ sub }, secret, options);`),
    valid(`${JWT}jwt.sign({ sub }, secret, { ...defaults });`),
    valid(`${JWT}jwt.sign({ sub }, secret, ...rest);`),
    valid(`${JWT}export function issue(claims: object) { return jwt.sign(claims, secret, { algorithm: "HS256" }); }`),
    valid(`${JWT}jwt.sign({ ...claims }, secret, { algorithm: "HS256" });`),
    valid(`${JWT}jwt.sign(user.toJSON(), secret, {});`),
    valid(`${JWT}jwt.sign(JSON.parse(body), secret);`),
    // through constants, spreads, Object.assign and TypeScript wrappers
    valid(`${JWT}const opts = { expiresIn: "1h" } satisfies jwt.SignOptions;\njwt.sign({ sub }, secret, opts);`),
    valid(`${JWT}const base = { algorithm: "HS256" as const };\njwt.sign({ sub }, secret!, { ...base, expiresIn: 900 } as jwt.SignOptions);`),
    valid(`${JWT}const base = { expiresIn: "10m" };\njwt.sign({ sub }, secret, Object.assign({}, base, { issuer: "me" }));`),
    valid(`${JWT}const claims = { sub: "1", exp: Math.floor(Date.now() / 1000) + 60 };\njwt.sign(claims, secret);`),
    valid(`${JWT}const claims = Object.assign({ sub: "1" }, { exp: expiry });\njwt.sign(claims, secret);`),
    // callback style with an expiry
    valid(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "15m" }, (err, token) => done(err, token));`),
    // look-alikes: other libraries' sign
    valid(`import crypto from "node:crypto";\ncrypto.sign("sha256", data, privateKey);\nconst signer = crypto.createSign("SHA256");\nsigner.sign(privateKey);`),
    valid(`import cookieSignature from "cookie-signature";\ncookieSignature.sign("value", secret);`),
    valid(`import { sign } from "./tokens";\nsign({ sub }, secret);`),
    valid(`function sign(payload, key) { return ""; }\nsign({ sub: 1 }, "k");`),
    // --- jose
    valid(`${JOSE}const token = await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("2h").sign(secret);`),
    valid(`${JOSE}const token = await new SignJWT({ sub, exp: Math.floor(Date.now() / 1000) + 600 }).setProtectedHeader({ alg: "HS256" }).sign(secret);`),
    valid(`${JOSE}const builder = new SignJWT({ sub }).setProtectedHeader({ alg: "ES256" });\nbuilder.setExpirationTime(config.ttl);\nexport const token = await builder.sign(key);`),
    valid(`import * as jose from "jose";\nexport async function issue(builder: jose.SignJWT) { return builder.sign(key); }`),
    valid(`${JOSE}const token = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(secret);`),
    valid(`import { EncryptJWT } from "jose";\nconst jwe = await new EncryptJWT({ sub }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(key);`),
    // --- @nestjs/jwt: per-call options merge over module options that live in another file
    valid(`${NEST}@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  login(user: { id: string }) {\n    return this.jwt.sign({ sub: user.id });\n  }\n}`),
    valid(
      `${NEST}@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: "15m" } })] })\nexport class AuthModule {}\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  login(id: string) { return this.jwt.signAsync({ sub: id }); }\n}`,
    ),
    valid(`${NEST}JwtModule.registerAsync({ useFactory: (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: { expiresIn: config.get("JWT_TTL") } }) });`),
    valid(`${NEST}JwtModule.registerAsync({ useClass: JwtConfigService });`),
    valid(`${NEST}JwtModule.register({ secret: process.env.JWT_SECRET });`),
    valid(
      `${NEST}JwtModule.register({ secret: process.env.JWT_SECRET });\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  login(id: string) { return this.jwt.sign({ sub: id }, { expiresIn: "15m" }); }\n}`,
    ),
    // --- fast-jwt
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: secret, expiresIn: 15 * 60 * 1000 });\nsignToken({ sub });`),
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: secret });\nsignToken({ sub, exp: Math.floor(Date.now() / 1000) + 900 });`),
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: secret });\nexport const issue = (claims: object) => signToken(claims);`),
    valid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner(signerOptions);`),
    // --- @fastify/jwt
    valid(`${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: "15m" } });\napp.post("/login", async (req, reply) => reply.jwtSign({ sub: "1" }));`),
    valid(`${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET! });`),
    valid(`import type { FastifyReply } from "fastify";\nexport async function login(reply: FastifyReply) { return reply.jwtSign({ sub: "1" }); }`),
    valid(`${FASTIFY}app.register(fastifyJwt, { secret });\napp.post("/login", async (req, reply) => reply.jwtSign({ sub: "1" }, { expiresIn: "15m" }));`),
    valid(`${FASTIFY}app.register(fastifyJwt, jwtOptions);\napp.post("/login", async () => app.jwt.sign({ sub: "1" }));`),
    valid(`const reply = { jwtSign(payload: object) { return ""; } };\nreply.jwtSign({ sub: "1" });`),
    // --- hono/jwt and jwt-simple: exp in the payload
    valid(`import { sign } from "hono/jwt";\nawait sign({ sub, exp: Math.floor(Date.now() / 1000) + 60 * 5 }, secret);`),
    valid(`import { sign } from "hono/jwt";\nawait sign(payload, secret);`),
    valid(`import jwtSimple from "jwt-simple";\njwtSimple.encode({ sub, exp: expiresAt }, secret);`),
    // malformed calls do not throw
    valid(`${JWT}jwt.sign();\njwt.sign(...args);\njwt.sign({ sub }, key, null);`),
    valid(`${JOSE}const b = new SignJWT({ sub });\nb = other;\nawait b.sign(key);`),
    // JSX file with an expiry
    valid(`${JWT}export function Debug() {\n  const token = jwt.sign({ sub: "1" }, "k", { expiresIn: 60 });\n  return <pre>{token}</pre>;\n}`, { filename: "debug.tsx" }),
  ],
  invalid: [
    // --- jsonwebtoken without options, in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `⟦$FN⟧({ sub: user.id }, secret);`,
      errors: [missing(`$FN({ sub: user.id }, secret, { expiresIn: "15m" });`)],
    }),
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `⟦$FN⟧({ sub: user.id }, secret, { algorithm: "HS256" });`,
      errors: [missing(`$FN({ sub: user.id }, secret, { algorithm: "HS256", expiresIn: "15m" });`)],
    }),
    // string payloads cannot carry exp
    invalid(`${JWT}export const token = ⟦jwt.sign⟧("user-42", secret);`, [stringPayload]),
    invalid(`${JWT}const subject = \`user-\${id}\`;\nexport const token = ⟦jwt.sign⟧(subject, secret, { algorithm: "HS256" });`, [stringPayload]),
    // noTimestamp and no exp
    invalid(`${JWT}⟦jwt.sign⟧({ sub }, secret, { noTimestamp: true });`, [missing(`${JWT}jwt.sign({ sub }, secret, { noTimestamp: true, expiresIn: "15m" });`)]),
    // options in a constant, and TypeScript wrappers
    invalid(
      `${JWT}const options: jwt.SignOptions = {\n  algorithm: "HS256",\n};\nexport const token = ⟦jwt.sign⟧({ sub } as Claims, secret!, options);`,
      [missing(`${JWT}const options: jwt.SignOptions = {\n  algorithm: "HS256", expiresIn: "15m",\n};\nexport const token = jwt.sign({ sub } as Claims, secret!, options);`)],
    ),
    invalid(
      `${JWT}const claims = { sub: user.id, role: user.role };\n⟦jwt.sign⟧(claims, secret, { issuer: "api" } satisfies jwt.SignOptions);`,
      [missing(`${JWT}const claims = { sub: user.id, role: user.role };\njwt.sign(claims, secret, { issuer: "api", expiresIn: "15m" } satisfies jwt.SignOptions);`)],
    ),
    // spread of a known constant without an expiry
    invalid(
      `${JWT}const base = { algorithm: "HS256" as const };\n⟦jwt.sign⟧({ sub }, secret, { ...base, issuer: "api" });`,
      [missing(`${JWT}const base = { algorithm: "HS256" as const };\njwt.sign({ sub }, secret, { ...base, issuer: "api", expiresIn: "15m" });`)],
    ),
    // explicit undefined
    invalid(`${JWT}⟦jwt.sign⟧({ sub }, secret, { expiresIn: undefined });`, [missing(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "15m" });`)]),
    // callback style: the options go before the callback
    invalid(
      `${JWT}⟦jwt.sign⟧({ sub }, secret, (err, token) => done(err, token));`,
      [missing(`${JWT}jwt.sign({ sub }, secret, { expiresIn: "15m" }, (err, token) => done(err, token));`)],
    ),
    // single quotes are kept, and the configured lifetime is used
    invalid(
      `import * as jwt from 'jsonwebtoken';\n⟦jwt.sign⟧({ sub: id }, key, {});`,
      [missing(`import * as jwt from 'jsonwebtoken';\njwt.sign({ sub: id }, key, { expiresIn: '10m' });`, "expiresIn: '10m'")],
      { options: [{ suggestedLifetime: "10 minutes" }] },
    ),
    // Object.assign of literals: no single literal to add to
    invalid(`${JWT}⟦jwt.sign⟧({ sub }, secret, Object.assign({}, { issuer: "api" }));`, [missingNoFix]),
    // in a JSX file
    invalid(
      `${JWT}export function Debug() {\n  const token = ⟦jwt.sign⟧({ sub: "1" }, "k");\n  return <pre>{token}</pre>;\n}`,
      [missing(`${JWT}export function Debug() {\n  const token = jwt.sign({ sub: "1" }, "k", { expiresIn: "15m" });\n  return <pre>{token}</pre>;\n}`)],
      { filename: "debug.tsx" },
    ),
    // --- jose: no setExpirationTime in the chain
    invalid(
      `${JOSE}export const token = await new SignJWT({ sub: "1" })\n  .setProtectedHeader({ alg: "HS256" })\n  .setIssuedAt()\n  .⟦sign⟧(secret);`,
      [missing(`${JOSE}export const token = await new SignJWT({ sub: "1" })\n  .setProtectedHeader({ alg: "HS256" })\n  .setIssuedAt().setExpirationTime("15m")\n  .sign(secret);`, '.setExpirationTime("15m")')],
    ),
    invalid(
      `import * as jose from "jose";\nconst builder = new jose.SignJWT({ sub: "1" }).setProtectedHeader({ alg: "ES256" });\nbuilder.setIssuer("https://api.example");\nexport const token = await builder.⟦sign⟧(privateKey);`,
      [
        missing(
          `import * as jose from "jose";\nconst builder = new jose.SignJWT({ sub: "1" }).setProtectedHeader({ alg: "ES256" });\nbuilder.setIssuer("https://api.example");\nexport const token = await builder.setExpirationTime("15m").sign(privateKey);`,
          '.setExpirationTime("15m")',
        ),
      ],
    ),
    // jose's payload defaults to {}
    invalid(
      `${JOSE}export const token = await new SignJWT().setProtectedHeader({ alg: "HS256" }).⟦sign⟧(secret);`,
      [missing(`${JOSE}export const token = await new SignJWT().setProtectedHeader({ alg: "HS256" }).setExpirationTime("15m").sign(secret);`, '.setExpirationTime("15m")')],
    ),
    // --- @nestjs/jwt: module-level signOptions without an expiry
    invalid(
      `${NEST}@Module({\n  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: ⟦{ algorithm: "HS256" }⟧ })],\n})\nexport class AuthModule {}`,
      [missing(`${NEST}@Module({\n  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: "HS256", expiresIn: "15m" } })],\n})\nexport class AuthModule {}`)],
    ),
    invalid(
      `${NEST}JwtModule.registerAsync({\n  useFactory: async (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: ⟦{}⟧ }),\n});`,
      [missing(`${NEST}JwtModule.registerAsync({\n  useFactory: async (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: { expiresIn: "15m" } }),\n});`)],
    ),
    // module configured in this file without signOptions: the per-call sign is reported
    invalid(
      `${NEST}JwtModule.register({ secret: process.env.JWT_SECRET });\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  login(id: string) { return ⟦this.jwt.sign⟧({ sub: id }); }\n}`,
      [
        missing(
          `${NEST}JwtModule.register({ secret: process.env.JWT_SECRET });\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  login(id: string) { return this.jwt.sign({ sub: id }, { expiresIn: "15m" }); }\n}`,
        ),
      ],
    ),
    invalid(
      `${NEST}const jwt = new JwtService({ secret: "s3cr3t-value-for-tests" });\nexport const token = await ⟦jwt.signAsync⟧({ sub: "1" }, { issuer: "api" });`,
      [missing(`${NEST}const jwt = new JwtService({ secret: "s3cr3t-value-for-tests" });\nexport const token = await jwt.signAsync({ sub: "1" }, { issuer: "api", expiresIn: "15m" });`)],
    ),
    invalid(`${NEST}const jwt = new JwtService({ secret });\nexport const token = ⟦jwt.sign⟧("user-1");`, [stringPayload]),
    // generics and non-null assertions on an injected service
    invalid(
      `${NEST}JwtModule.register({ secret });\n@Injectable()\nexport class TokenService {\n  constructor(private readonly jwt?: JwtService) {}\n  issue(id: string) { return ⟦this.jwt!.signAsync⟧<{ sub: string }>({ sub: id }); }\n}`,
      [missing(`${NEST}JwtModule.register({ secret });\n@Injectable()\nexport class TokenService {\n  constructor(private readonly jwt?: JwtService) {}\n  issue(id: string) { return this.jwt!.signAsync<{ sub: string }>({ sub: id }, { expiresIn: "15m" }); }\n}`)],
    ),
    // --- fast-jwt: createSigner without expiresIn (milliseconds or a timespan)
    invalid(
      `import { createSigner } from "fast-jwt";\nconst signToken = ⟦createSigner⟧({ key: async () => secret });\nsignToken({ sub: "1" });`,
      [missing(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: async () => secret, expiresIn: "15m" });\nsignToken({ sub: "1" });`)],
    ),
    invalid(`const { createSigner } = require("fast-jwt");\nmodule.exports = ⟦createSigner⟧({ key: process.env.KEY, algorithm: "HS256" });`, [
      missing(`const { createSigner } = require("fast-jwt");\nmodule.exports = createSigner({ key: process.env.KEY, algorithm: "HS256", expiresIn: "15m" });`),
    ]),
    // --- @fastify/jwt: registered sign options without an expiry, and per-call signs
    invalid(
      `${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: ⟦{ algorithm: "HS256" }⟧ });`,
      [missing(`${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { algorithm: "HS256", expiresIn: "15m" } });`)],
    ),
    invalid(
      `${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET! });\napp.post("/login", async (req, reply) => ⟦reply.jwtSign⟧({ sub: "1" }));`,
      [missing(`${FASTIFY}app.register(fastifyJwt, { secret: process.env.JWT_SECRET! });\napp.post("/login", async (req, reply) => reply.jwtSign({ sub: "1" }, { expiresIn: "15m" }));`)],
    ),
    invalid(
      `${FASTIFY}app.register(fastifyJwt, { secret });\napp.post("/login", async () => ({ token: ⟦app.jwt.sign⟧({ sub: "1" }, { issuer: "api" }) }));`,
      [missing(`${FASTIFY}app.register(fastifyJwt, { secret });\napp.post("/login", async () => ({ token: app.jwt.sign({ sub: "1" }, { issuer: "api", expiresIn: "15m" }) }));`)],
    ),
    // --- hono/jwt and jwt-simple: no exp claim in the payload
    invalid(
      `import { sign } from "hono/jwt";\nexport const token = await ⟦sign⟧({ sub: "1", role: "admin" }, secret);`,
      [missing(`import { sign } from "hono/jwt";\nexport const token = await sign({ sub: "1", role: "admin", ${EXP_TEXT} }, secret);`, EXP_TEXT)],
    ),
    invalid(
      `import { Jwt } from "hono/utils/jwt";\nimport { sign } from "hono/utils/jwt/jwt";\nconst payload = { sub: "1" };\nexport const token = await ⟦sign⟧(payload, secret, "HS256");`,
      [missing(`import { Jwt } from "hono/utils/jwt";\nimport { sign } from "hono/utils/jwt/jwt";\nconst payload = { sub: "1", ${EXP_TEXT} };\nexport const token = await sign(payload, secret, "HS256");`, EXP_TEXT)],
    ),
    invalid(
      `const jwtSimple = require("jwt-simple");\nconst token = ⟦jwtSimple.encode⟧({ sub: "1" }, secret);`,
      [missing(`const jwtSimple = require("jwt-simple");\nconst token = jwtSimple.encode({ sub: "1", ${EXP_TEXT} }, secret);`, EXP_TEXT)],
    ),
    invalid(
      `import jwtSimple from "jwt-simple";\nconst token = ⟦jwtSimple.encode⟧({ sub: "1" }, secret);`,
      [missing(`import jwtSimple from "jwt-simple";\nconst token = jwtSimple.encode({ sub: "1", exp: Math.floor(Date.now() / 1000) + 2 * 60 * 60 }, secret);`, "exp: Math.floor(Date.now() / 1000) + 2 * 60 * 60")],
      { options: [{ suggestedLifetime: "2h" }] },
    ),
  ],
});
