import rule from "../../rules/no-hardcoded-auth-secret.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

/** A made-up token (header `{"alg":"HS256","typ":"JWT"}`); not issued by any real service. */
const JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LWNsaWVudCIsInNjb3BlIjoicmVhZCJ9.dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZQ";
const BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4";
/** A PEM private key as a JS string literal body (escaped newlines), not a real key. */
const PRIVATE_PEM = `-----BEGIN PRIVATE KEY-----\\n${BODY}\\n${BODY}\\n-----END PRIVATE KEY-----\\n`;
const PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----\\n${BODY}\\n-----END PUBLIC KEY-----\\n`;

function hardcoded(output?: string, env = "JWT_SECRET") {
  return { messageId: "hardcoded", suggestions: output === undefined ? [] : [{ messageId: "useEnv", data: { env }, output }] };
}
function fallback(output: string) {
  return { messageId: "fallback", suggestions: [{ messageId: "removeFallback", output }] };
}
const privateKey = { messageId: "privateKey", suggestions: [] };
const jwtLiteral = { messageId: "jwtLiteral", suggestions: [] };
function weakSecret(api: string, bytes: number, min: number, alg: string) {
  return { messageId: "weakSecret", data: { api, bytes, min, alg }, suggestions: [] };
}

/** Builds an invalid case whose single suggestion output is the same code with `from` replaced by `to`. */
function withSuggestion(marked: string, from: string, to: string, error: (output: string) => object, options: { filename?: string } = {}) {
  const clean = marked.split("⟦").join("").split("⟧").join("");
  return invalid(marked, [error(clean.replace(from, to)) as never], options);
}

ruleTester.run("no-hardcoded-auth-secret", rule as unknown as TesterRule, {
  valid: [
    // secrets from the environment or configuration
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN(payload, process.env.JWT_SECRET);` }),
    valid(`import jwt from "jsonwebtoken";\njwt.sign(payload, process.env.JWT_SECRET!, { algorithm: "HS256" });`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, process.env.JWT_SECRET as string);`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, config.get("jwt.secret"));`),
    valid(`import jwt from "jsonwebtoken";\nimport { jwtSecret } from "./config";\njwt.sign(payload, jwtSecret);`),
    valid(`export const port = process.env.PORT || process.env.HTTP_PORT || "3000";`),
    valid(`export const JWT_SECRET = process.env.JWT_SECRET || readSecretFile() || "dev";`),
    valid(`import jwt from "jsonwebtoken";\nconst { JWT_SECRET } = process.env;\njwt.sign(payload, JWT_SECRET);`),
    valid(`import session from "express-session";\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));`),
    valid(`import session from "express-session";\napp.use(session({ secret: [process.env.SESSION_SECRET, process.env.OLD_SESSION_SECRET] }));`),
    valid(`import jwt from "jsonwebtoken";\nfunction issue(secret: string) {\n  return jwt.sign({ sub: "1" }, secret);\n}`),
    // an empty key is no-jwt-none-algorithm's business
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, "");`),
    valid(`import jwt from "jsonwebtoken";\njwt.sign(payload, process.env.JWT_SECRET ?? "");`),
    // public keys and certificates are meant to be published
    valid(`import jwt from "jsonwebtoken";\nconst PUBLIC_KEY = "${PUBLIC_PEM}";\njwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"] });`),
    valid(`import { Strategy } from "passport-jwt";\nnew Strategy({ secretOrKey: "-----BEGIN CERTIFICATE-----\\n${BODY}\\n-----END CERTIFICATE-----", algorithms: ["RS256"] }, verify);`),
    valid(`import { JwtService } from "@nestjs/jwt";\nexport class A {\n  constructor(private readonly jwt: JwtService) {}\n  check(t: string) { return this.jwt.verify(t, { publicKey: "${PUBLIC_PEM}" }); }\n}`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret: { private: readFileSync("private.pem"), public: "${PUBLIC_PEM}" } });`),
    valid(`import * as jose from "jose";\nconst jwks = jose.createRemoteJWKSet(new URL("https://example.com/jwks.json"));\nawait jose.jwtVerify(token, jwks);`),
    valid(`import * as jose from "jose";\nawait jose.jwtVerify(token, await jose.importJWK({ kty: "RSA", n: "0vx7agoebGcQ", e: "AQAB" }, "RS256"));`),
    // keys generated at run time that are long enough, or outside the JWT HMAC rule
    valid(`import crypto from "node:crypto";\nimport jwt from "jsonwebtoken";\nconst key = crypto.randomBytes(32);\njwt.sign(payload, key);`),
    valid(`import { randomBytes } from "crypto";\nimport jwt from "jsonwebtoken";\njwt.sign(payload, randomBytes(64).toString("hex"), { algorithm: "HS512" });`),
    valid(`import crypto from "node:crypto";\nimport session from "express-session";\napp.use(session({ secret: crypto.randomBytes(16).toString("hex") }));`),
    valid(`import crypto from "node:crypto";\nimport jwt from "jsonwebtoken";\njwt.sign(payload, crypto.randomBytes(16), { algorithm: "RS256" });`),
    valid(`import jwt from "jsonwebtoken";\nconst key = new Uint8Array(32);\ncrypto.getRandomValues(key);\njwt.sign(payload, key);`),
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret: async (req) => loadSecret(req), algorithms: ["HS256"] }));`),
    // tokens built at run time
    valid(`fetch(url, { headers: { Authorization: "Bearer " + token } });`),
    valid("fetch(url, { headers: { Authorization: `Bearer ${session.accessToken}` } });"),
    valid(`headers.set("Authorization", \`Bearer \${await getToken()}\`);`),
    // JWT-looking literals that are not used as a credential: test vectors, paging cursors
    valid(`const samples = ["${JWT}", "not-a-token"];\nfor (const sample of samples) expect(parse(sample)).toBeDefined();`),
    valid(`const page = { nextPageToken: "${JWT}" };`),
    valid(`const cache = new Map();\ncache.set("greeting", "${JWT}");`),
    // same-named functions from elsewhere
    valid(`import { sign } from "./jwt-helpers";\nsign(payload, "not-a-jwt-library");`),
    valid(`function sign(payload, key) { return payload; }\nsign(payload, "local");`),
    valid(`import crypto from "node:crypto";\ncrypto.createHmac("sha256", "out-of-scope").update(body).digest("hex");`),
    valid(`function f(require) {\n  require("jsonwebtoken").sign(payload, "shadowed");\n}`),
    valid(`const session = (options) => options;\napp.use(session({ secret: "not-express-session" }));`),
    // configuration that is not a secret
    valid(`export const JWT_ALGORITHM = process.env.JWT_ALGORITHM || "HS256";`),
    valid(`export const keyPath = process.env.JWT_PRIVATE_KEY_PATH || "./keys/private.pem";`),
    valid(`export const apiBase = process.env.API_URL ?? "http://localhost:3000";`),
    valid(`const { JWT_EXPIRES_IN = "15m" } = process.env;`),
    // PEM markers without a key
    valid(`export const isPrivate = (pem: string) => pem.startsWith("-----BEGIN PRIVATE KEY-----");`),
    valid(`const template = "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----";`),
    valid(`const pem = \`-----BEGIN PRIVATE KEY-----\\n\${process.env.KEY_BODY}\\n-----END PRIVATE KEY-----\`;`),
    valid(
      `import jwt from "jsonwebtoken";\nexport function Badge({ token }: { token: string }) {\n  const claims = jwt.verify(token, process.env.JWT_SECRET!);\n  return <span>{String(claims)}</span>;\n}`,
      { filename: "component.tsx" },
    ),
  ],
  invalid: [
    // --- jsonwebtoken in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `$FN(payload, ⟦"s3cr3t"⟧);`,
      errors: [hardcoded(`$FN(payload, process.env.JWT_SECRET);`)],
    }),
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `const SECRET = ⟦"s3cr3t"⟧;\n$FN(token, SECRET, { algorithms: ["HS256"] });`,
      errors: [hardcoded(`const SECRET = process.env.JWT_SECRET;\n$FN(token, SECRET, { algorithms: ["HS256"] });`)],
    }),
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `$FN(payload, process.env.JWT_SECRET || ⟦"dev-secret"⟧);`,
      errors: [fallback(`$FN(payload, process.env.JWT_SECRET);`)],
    }),
    // one report per literal even when it reaches several sinks
    invalid(
      `import jwt from "jsonwebtoken";\nconst SECRET = ⟦"s3cr3t"⟧;\nexport const issue = (p) => jwt.sign(p, SECRET);\nexport const check = (t) => jwt.verify(t, SECRET);`,
      [hardcoded(`import jwt from "jsonwebtoken";\nconst SECRET = process.env.JWT_SECRET;\nexport const issue = (p) => jwt.sign(p, SECRET);\nexport const check = (t) => jwt.verify(t, SECRET);`)],
    ),
    // constant objects, templates, concatenation, TypeScript wrappers
    withSuggestion(`import jwt from "jsonwebtoken";\nconst config = { jwt: { secret: ⟦"abc123"⟧ } };\njwt.sign(payload, config.jwt.secret);`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion("import jwt from \"jsonwebtoken\";\njwt.sign(payload, ⟦`abc123`⟧);", "`abc123`", "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\nconst S = ⟦"abc" + "123"⟧;\njwt.sign(payload, S);`, `"abc" + "123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\nconst S = ⟦"abc123"⟧ as const;\njwt.sign(payload, S satisfies string);`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\nconst config: { secret?: string } = { secret: ⟦"abc123"⟧ };\njwt.sign(payload, config.secret!);`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, isProd ? process.env.JWT_SECRET! : ⟦"dev"⟧);`, `"dev"`, "process.env.JWT_SECRET", hardcoded),
    // fallbacks of every environment API
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, process.env["JWT_SECRET"] ?? ⟦"dev"⟧);`, ` ?? "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, import.meta.env.VITE_JWT_SECRET || ⟦"dev"⟧);`, ` || "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, Bun.env.JWT_SECRET || ⟦"dev"⟧);`, ` || "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, Deno.env.get("JWT_SECRET") || ⟦"dev"⟧);`, ` || "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\nconst secret = (process.env.JWT_SECRET || ⟦"dev"⟧) as string;\njwt.sign(payload, secret);`, ` || "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, config.get("jwt.secret") || ⟦"dev"⟧);`, ` || "dev"`, "", fallback),
    withSuggestion(`import jwt from "jsonwebtoken";\nconst { JWT_SECRET = ⟦"dev"⟧ } = process.env;\njwt.sign(payload, JWT_SECRET);`, ` = "dev"`, "", fallback),
    // sink in another file: a signing-secret variable that falls back to a literal
    withSuggestion(`export const JWT_SECRET = process.env.JWT_SECRET || ⟦"dev-secret"⟧;`, ` || "dev-secret"`, "", fallback),
    withSuggestion(`export const { SESSION_SECRET = ⟦"keyboard cat"⟧ } = process.env;`, ` = "keyboard cat"`, "", fallback),
    // signing-key names without a credential word (the per-file pre-check looks for them in files that read the environment)
    withSuggestion(`const key = process.env.HMAC_KEY || ⟦"dev-key"⟧;`, ` || "dev-key"`, "", fallback),
    withSuggestion(`const key = process.env.JWS_KEY ?? ⟦"x"⟧;`, ` ?? "x"`, "", fallback),
    withSuggestion(`const { SIGN_KEY = ⟦"abc"⟧ } = process.env;`, ` = "abc"`, "", fallback),
    // chains of reads: only the literal at the end of the chain of environment reads is the fallback
    withSuggestion(`export const JWT_SECRET = process.env.JWT_SECRET || process.env.OTHER_VAR || ⟦"dev"⟧;`, ` || "dev"`, "", fallback),
    withSuggestion(`export const JWT_SECRET = process.env.OTHER_VAR ?? process.env.JWT_SECRET ?? ⟦"dev"⟧;`, ` ?? "dev"`, "", fallback),
    withSuggestion(`export const JWT_SECRET = process.env.JWT_SECRET || ⟦"dev"⟧ || other;`, ` || "dev"`, "", fallback),
    withSuggestion(
      `export const JWT_SECRET = ${Array.from({ length: 300 }, (_, i) => `process.env.JWT_SECRET_${i}`).join(" || ")} || ⟦"dev"⟧;`,
      ` || "dev"`,
      "",
      fallback,
    ),
    withSuggestion(`import { env } from "$env/dynamic/private";\nexport const secret = env.AUTH_SECRET ?? ⟦"dev"⟧;`, ` ?? "dev"`, "", fallback),
    // key wrappers
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, Buffer.from(⟦"abc123"⟧, "utf8"));`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\nimport { createSecretKey } from "node:crypto";\njwt.sign(payload, createSecretKey(⟦"abc123"⟧, "utf8"));`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import jwt from "jsonwebtoken";\njwt.sign(payload, Buffer.from(⟦[1, 2, 3, 4]⟧));`, `[1, 2, 3, 4]`, "process.env.JWT_SECRET", hardcoded),
    // jose
    withSuggestion(
      `import { SignJWT } from "jose";\nconst secret = new TextEncoder().encode(⟦"abc123"⟧);\nexport const token = await new SignJWT({ sub: "1" }).setProtectedHeader({ alg: "HS256" }).sign(secret);`,
      `"abc123"`,
      "process.env.JWT_SECRET",
      hardcoded,
    ),
    withSuggestion(
      `import * as jose from "jose";\nconst key = await jose.importJWK({ kty: "oct", k: ⟦"c2VjcmV0LWtleS1ieXRlcw"⟧ }, "HS256");\nawait jose.jwtVerify(token, key, { algorithms: ["HS256"] });`,
      `"c2VjcmV0LWtleS1ieXRlcw"`,
      "process.env.JWT_SECRET",
      hardcoded,
    ),
    // other JWT libraries
    withSuggestion(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret: ⟦"abc123"⟧, algorithms: ["HS256"] }));`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret: ⟦"abc123"⟧ }));`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(
      `import { Strategy, ExtractJwt } from "passport-jwt";\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: ⟦"abc123"⟧ }, verify));`,
      `"abc123"`,
      "process.env.JWT_SECRET",
      hardcoded,
    ),
    withSuggestion(
      `import { PassportStrategy } from "@nestjs/passport";\nimport { Strategy } from "passport-jwt";\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ jwtFromRequest, secretOrKey: ⟦"abc123"⟧ });\n  }\n}`,
      `"abc123"`,
      "process.env.JWT_SECRET",
      hardcoded,
    ),
    withSuggestion(`import { JwtModule } from "@nestjs/jwt";\nJwtModule.register({ secret: ⟦"abc123"⟧, signOptions: { expiresIn: "15m" } });`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    invalid(`import { JwtModule } from "@nestjs/jwt";\nJwtModule.register({ privateKey: ⟦"${PRIVATE_PEM}"⟧, signOptions: { algorithm: "RS256" } });`, [privateKey]),
    withSuggestion(
      `import { JwtModule } from "@nestjs/jwt";\nJwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ secret: config.get("JWT_SECRET") ?? ⟦"dev"⟧ }) });`,
      ` ?? "dev"`,
      "",
      fallback,
    ),
    withSuggestion(
      `import { JwtService } from "@nestjs/jwt";\nexport class Auth {\n  constructor(private readonly jwt: JwtService) {}\n  issue(user: { id: string }) {\n    return this.jwt.sign({ sub: user.id }, { secret: ⟦"abc123"⟧ });\n  }\n}`,
      `"abc123"`,
      "process.env.JWT_SECRET",
      hardcoded,
    ),
    withSuggestion(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret: ⟦"abc123"⟧ });`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    invalid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret: { private: ⟦"${PRIVATE_PEM}"⟧, public: "${PUBLIC_PEM}" }, sign: { algorithm: "RS256" } });`, [privateKey]),
    withSuggestion(`import { createSigner } from "fast-jwt";\nconst signer = createSigner({ key: ⟦"abc123"⟧ });`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import { sign } from "hono/jwt";\nexport const token = await sign({ sub: "1" }, ⟦"abc123"⟧);`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`import { jwt } from "hono/jwt";\napp.use("/api/*", jwt({ secret: ⟦"abc123"⟧, alg: "HS256" }));`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    withSuggestion(`const jwt = require("jwt-simple");\nexport const token = jwt.encode(payload, ⟦"abc123"⟧);`, `"abc123"`, "process.env.JWT_SECRET", hardcoded),
    // session, cookie and auth-framework secrets
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use($FN({ secret: ⟦"keyboard cat"⟧, resave: false }));`,
      errors: [hardcoded(`app.use($FN({ secret: process.env.SESSION_SECRET, resave: false }));`, "SESSION_SECRET")],
    }),
    invalid(`import session from "express-session";\napp.use(session({ secret: [⟦"new-secret"⟧, ⟦"old-secret"⟧] }));`, [
      hardcoded(`import session from "express-session";\napp.use(session({ secret: [process.env.SESSION_SECRET, "old-secret"] }));`, "SESSION_SECRET"),
      hardcoded(`import session from "express-session";\napp.use(session({ secret: ["new-secret", process.env.SESSION_SECRET] }));`, "SESSION_SECRET"),
    ]),
    invalid(`import session from "express-session";\nconst base = { secret: ⟦"from-spread"⟧ };\napp.use(session({ ...base, resave: false }));`, [
      hardcoded(`import session from "express-session";\nconst base = { secret: process.env.SESSION_SECRET };\napp.use(session({ ...base, resave: false }));`, "SESSION_SECRET"),
    ]),
    invalid(`import session from "express-session";\napp.use(session(Object.assign({}, defaults, { secret: ⟦"assigned"⟧ })));`, [
      hardcoded(`import session from "express-session";\napp.use(session(Object.assign({}, defaults, { secret: process.env.SESSION_SECRET })));`, "SESSION_SECRET"),
    ]),
    withSuggestion(`import cookieSession from "cookie-session";\napp.use(cookieSession({ name: "s", keys: [⟦"key1"⟧] }));`, `"key1"`, "process.env.COOKIE_SECRET", (output) => hardcoded(output, "COOKIE_SECRET")),
    withSuggestion(`import cookieSession from "cookie-session";\napp.use(cookieSession({ secret: ⟦"abc123"⟧ }));`, `"abc123"`, "process.env.COOKIE_SECRET", (output) => hardcoded(output, "COOKIE_SECRET")),
    withSuggestion(`import cookieParser from "cookie-parser";\napp.use(cookieParser(⟦"s3cr3t"⟧));`, `"s3cr3t"`, "process.env.COOKIE_SECRET", (output) => hardcoded(output, "COOKIE_SECRET")),
    withSuggestion(`const cookieParser = require("cookie-parser");\napp.use(cookieParser([⟦"s3cr3t"⟧]));`, `"s3cr3t"`, "process.env.COOKIE_SECRET", (output) => hardcoded(output, "COOKIE_SECRET")),
    withSuggestion(
      `import { getIronSession } from "iron-session";\nexport const get = () => getIronSession(cookies(), { password: ⟦"complex_password_at_least_32_characters_long"⟧, cookieName: "s" });`,
      `"complex_password_at_least_32_characters_long"`,
      "process.env.SESSION_PASSWORD",
      (output) => hardcoded(output, "SESSION_PASSWORD"),
    ),
    withSuggestion(
      `import { getIronSession } from "iron-session";\nexport const get = (req, res) => getIronSession(req, res, { password: { 1: ⟦"complex_password_at_least_32_characters_long"⟧ }, cookieName: "s" });`,
      `"complex_password_at_least_32_characters_long"`,
      "process.env.SESSION_PASSWORD",
      (output) => hardcoded(output, "SESSION_PASSWORD"),
    ),
    withSuggestion(`import NextAuth from "next-auth";\nexport default NextAuth({ providers: [], secret: ⟦"abc123"⟧ });`, `"abc123"`, "process.env.AUTH_SECRET", (output) => hardcoded(output, "AUTH_SECRET")),
    withSuggestion(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ secret: ⟦"abc123"⟧ });`, `"abc123"`, "process.env.BETTER_AUTH_SECRET", (output) => hardcoded(output, "BETTER_AUTH_SECRET")),
    // inline PEM private keys, at a sink and anywhere
    invalid(`import jwt from "jsonwebtoken";\njwt.sign(payload, ⟦"${PRIVATE_PEM}"⟧, { algorithm: "RS256" });`, [privateKey]),
    invalid(`export const PRIVATE_KEY = ⟦"${PRIVATE_PEM.slice(0, 40)}" + "${PRIVATE_PEM.slice(40)}"⟧;`, [privateKey]),
    invalid(`export const key = ⟦[\n  "-----BEGIN RSA PRIVATE KEY-----",\n  "${BODY}",\n  "${BODY}",\n  "-----END RSA PRIVATE KEY-----",\n].join("\\n")⟧;`, [privateKey]),
    invalid(`const key = ⟦\`-----BEGIN EC PRIVATE KEY-----\n${BODY}\n-----END EC PRIVATE KEY-----\`⟧;`, [privateKey]),
    invalid(`import * as jose from "jose";\nconst key = await jose.importJWK({ kty: "EC", crv: "P-256", x: "f83OJ3D2", y: "x_FEzRu9", d: ⟦"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"⟧ }, "ES256");\nawait new jose.SignJWT(p).setProtectedHeader({ alg: "ES256" }).sign(key);`, [privateKey]),
    // HMAC keys generated at run time that are too short (RFC 7518 §3.2)
    invalid(`import crypto from "node:crypto";\nimport jwt from "jsonwebtoken";\nconst key = ⟦crypto.randomBytes(16)⟧;\njwt.sign(payload, key);`, [weakSecret("jsonwebtoken.sign", 16, 32, "SHA256")]),
    invalid(`import { randomBytes } from "crypto";\nimport jwt from "jsonwebtoken";\njwt.sign(payload, ⟦randomBytes(32)⟧.toString("hex"), { algorithm: "HS512" });`, [weakSecret("jsonwebtoken.sign", 32, 64, "SHA512")]),
    invalid(`import { SignJWT } from "jose";\nconst secret = ⟦crypto.getRandomValues(new Uint8Array(16))⟧;\nawait new SignJWT(p).setProtectedHeader({ alg: "HS384" }).sign(secret);`, [weakSecret("jose.SignJWT#sign", 16, 48, "SHA384")]),
    invalid(`import crypto from "node:crypto";\nimport { createSigner } from "fast-jwt";\ncreateSigner({ key: ⟦crypto.generateKeySync("hmac", { length: 128 })⟧ });`, [weakSecret("fast-jwt.createSigner", 16, 32, "SHA256")]),
    // complete JWTs used as credentials
    invalid(`await fetch(url, { headers: { Authorization: ⟦"Bearer ${JWT}"⟧ } });`, [jwtLiteral]),
    invalid(`const headers = new Headers();\nheaders.set("Authorization", ⟦\`Bearer ${JWT}\`⟧);`, [jwtLiteral]),
    invalid(`axios.defaults.headers.common.Authorization = "Bearer " + ⟦"${JWT}"⟧;`, [jwtLiteral]),
    invalid(`axios.defaults.headers.common.Authorization = ⟦"Bearer ${JWT.slice(0, 30)}" + "${JWT.slice(30)}"⟧;`, [jwtLiteral]),
    invalid(`axios.defaults.headers.common["Authorization"] = ⟦"Bearer ${JWT}"⟧;`, [jwtLiteral]),
    invalid(`const accessToken = ⟦"${JWT}"⟧;\nawait fetch(url, { headers: { Authorization: \`Bearer \${accessToken}\` } });`, [jwtLiteral]),
    invalid(`const STATUS = ⟦"${JWT}"⟧;\nawait fetch(url, { headers: { Authorization: STATUS } });`, [jwtLiteral]),
    invalid(`new Headers([["Authorization", ⟦"Bearer ${JWT}"⟧]]);`, [jwtLiteral]),
    invalid(`class Client {\n  private token = ⟦"${JWT}"⟧;\n}`, [jwtLiteral]),
    invalid(`export const Widget = () => <StatusBadge token=⟦"${JWT}"⟧ />;`, [jwtLiteral], { filename: "component.tsx" }),
    // TSX and TypeScript generics around a sink
    withSuggestion(
      `import jwt from "jsonwebtoken";\nexport function Badge({ token }: { token: string }) {\n  const claims = jwt.verify<{ sub: string }>(token, ⟦"abc123"⟧);\n  return <span>{claims.sub}</span>;\n}`,
      `"abc123"`,
      "process.env.JWT_SECRET",
      hardcoded,
      { filename: "component.tsx" },
    ),
  ],
});
