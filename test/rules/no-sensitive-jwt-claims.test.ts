import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as tsParser from "@typescript-eslint/parser";
import { RuleTester } from "@typescript-eslint/rule-tester";
import rule from "../../rules/no-sensitive-jwt-claims.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const JWT = `import jwt from "jsonwebtoken";\n`;

/** A sensitive-key error whose only suggestion (remove the claim) produces `output`. */
function claim(name: string, output: string, api = "jsonwebtoken.sign") {
  return { messageId: "sensitiveClaim", data: { claim: name, api }, suggestions: [{ messageId: "removeClaim", data: { claim: name }, output }] };
}
function value(name: string, source: string, output: string, api = "jsonwebtoken.sign") {
  return { messageId: "sensitiveValue", data: { claim: name, source, api }, suggestions: [{ messageId: "removeClaim", data: { claim: name }, output }] };
}
const record = { messageId: "wholeRecord", suggestions: [] };
function recordWith(data: Record<string, string>) {
  return { messageId: "wholeRecord", data, suggestions: [] };
}
const noSuggestClaim = { messageId: "sensitiveClaim", suggestions: [] };

ruleTester.run("no-sensitive-jwt-claims", rule as unknown as TesterRule, {
  valid: [
    // --- identifiers and authorization claims only, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN({ sub: user.id, role: user.role }, secret, { expiresIn: "15m" });` }),
    valid(`${JWT}jwt.sign({ sub: String(user._id), roles: user.roles, tokenVersion: user.tokenVersion }, secret);`),
    // --- names about the data, not the data (false-positives.md)
    valid(`${JWT}jwt.sign({ sub: user.id, passwordChangedAt: user.passwordChangedAt.getTime(), hasPassword: !!user.passwordHash }, secret);`),
    valid(`${JWT}jwt.sign({ sub: user.id, passwordResetRequired: user.passwordResetRequired, pinned: true, hashtag: "#news" }, secret);`),
    valid(`${JWT}jwt.sign({ sub: user.id, mfaEnabled: user.mfaEnabled, otpVerified: true, pwdVersion: user.passwordVersion }, secret);`),
    valid(`${JWT}jwt.sign({ sub: user.id, password: undefined, pin: null, secret: false }, secret);`),
    valid(`${JWT}jwt.sign({ sub: user.id, email: user.email, phone: user.phone }, secret);`),
    valid(`${JWT}jwt.sign({ sub: user.id, fileHash: file.hash, commit: commit.hash }, secret);`),
    // a key named hash / salt whose value visibly is something else
    valid(`${JWT}jwt.sign({ fileId: file.id, hash: file.checksum }, secret);\njwt.sign({ fileId, hash: contentHash }, secret);\njwt.sign({ url, hash: sha256(url + expires), salt: randomBytes(8).toString("hex") }, secret);`),
    // entity words used as flags, fields and scalars
    valid(`${JWT}jwt.sign({ sub: user.id, admin: user.isAdmin, owner: isOwner, member: user.member, customer: user.customer }, secret);`),
    valid(`${JWT}const admin = req.query.admin === "1";\nfunction f(account: string, user: boolean | "guest") {\n  return jwt.sign({ sub, admin, account, user }, secret);\n}`),
    // allowed by option
    valid(`${JWT}jwt.sign({ sub: user.id, pinHash: "x" }, secret);`, { options: [{ allowNames: ["pinHash"] }] }),
    // --- encrypted tokens (JWE) are not readable by the holder
    valid(`import { EncryptJWT } from "jose";\nawait new EncryptJWT({ sub: user.id, ssn: user.ssn, email: user.email }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(key);`),
    valid(`import * as jose from "jose";\nawait new jose.EncryptJWT({ ...user }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(key);`),
    valid(`import { SignJWT } from "jose";\nawait new SignJWT({ sub: user.id, scope: "orders:read" }).setProtectedHeader({ alg: "ES256" }).sign(key);`),
    // --- sanitized or narrowed records
    valid(`${JWT}const { password, passwordHash, ...safeUser } = user;\njwt.sign(safeUser, secret);`),
    valid(`${JWT}const { password, ...user } = await User.findOne({ email });\njwt.sign(user, secret);`),
    valid(`${JWT}const user = await prisma.user.findUnique({ where: { id }, select: { id: true, role: true } });\njwt.sign(user, secret);`),
    valid(`${JWT}const user = await User.findById(id).select("_id role");\njwt.sign({ ...user }, secret);`),
    valid(`${JWT}const user = await User.findById(id).select("-password -email");\njwt.sign(user, secret);`),
    valid(`${JWT}function issue(user: { id: string; role: string }) {\n  return jwt.sign(user, secret);\n}`),
    valid(`${JWT}interface Claims { sub: string; role: string }\nfunction issue(user: Claims) {\n  return jwt.sign({ ...user }, secret);\n}`),
    valid(`${JWT}import type { JwtPayload } from "jsonwebtoken";\nfunction refresh(user: JwtPayload) {\n  return jwt.sign(user, secret);\n}`),
    valid(`${JWT}const users = await User.find();\njwt.sign({ count: users.length, sub: userId, username: user.username }, secret);`),
    valid(`${JWT}jwt.sign({ sub: getUserId(), count: await userService.getUserCount() }, secret);`),
    valid(`${JWT}app.get("/t/:account", (req, res) => res.send(jwt.sign({ account: req.params.account }, secret)));`),
    // --- unknown payloads: silent
    valid(`${JWT}jwt.sign(payload, secret);`),
    valid(`${JWT}jwt.sign(buildClaims(), secret);`),
    valid(`${JWT}jwt.sign({ ...claims, sub: id }, secret);`),
    valid(`${JWT}jwt.sign(...args);`),
    // --- other libraries' sign / encode
    valid(`import crypto from "node:crypto";\ncrypto.sign("sha256", Buffer.from(JSON.stringify({ password })), privateKey);`),
    valid(`import { createSign } from "node:crypto";\ncreateSign("RSA-SHA256").update(JSON.stringify(user)).sign(privateKey);`),
    valid(`import bcrypt from "bcrypt";\nawait bcrypt.hash(password, 12);`),
    valid(`import { sign } from "./signing";\nsign({ password }, key);`),
    valid(`function sign(payload, key) { return payload; }\nsign({ password: "x" }, key);`),
    valid(`import jwtDecode from "jwt-decode";\nconst { password } = jwtDecode(token);`),
    valid(`function f(require) {\n  require("jsonwebtoken").sign({ password }, secret);\n}`),
    // --- @fastify/jwt decorators outside Fastify code
    valid(`const signer = { jwt: { sign: (x) => x } };\nsigner.jwt.sign({ password });`),
    valid(`export default async (app) => {\n  app.jwt!.sign({ password });\n};`),
  ],
  invalid: [
    // --- jsonwebtoken, a literal sensitive key, in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `$FN({ sub: user.id, ⟦passwordHash⟧: user.passwordHash }, secret);`,
      errors: [claim("passwordHash", `$FN({ sub: user.id }, secret);`)],
    }),
    // the message names the claim and the library
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦password⟧: req.body.password }, secret, { expiresIn: "1h" });`, [
      claim("password", `${JWT}jwt.sign({ sub: user.id }, secret, { expiresIn: "1h" });`),
    ]),
    // nested claims and arrays
    invalid(`${JWT}jwt.sign({ sub: user.id, profile: { name: user.name, ⟦ssn⟧: user.ssn } }, secret);`, [
      { messageId: "sensitiveClaim", data: { claim: "profile.ssn", api: "jsonwebtoken.sign" }, suggestions: [{ messageId: "removeClaim", output: `${JWT}jwt.sign({ sub: user.id, profile: { name: user.name } }, secret);` }] },
    ]),
    invalid(`${JWT}jwt.sign({ sub: id, cards: [{ last4, ⟦cardNumber⟧: card.number }] }, secret);`, [
      claim("cards.cardNumber", `${JWT}jwt.sign({ sub: id, cards: [{ last4 }] }, secret);`),
    ]),
    // shorthand, string and computed keys, snake_case
    invalid(`${JWT}jwt.sign({ sub, ⟦totpSecret⟧ }, secret);`, [claim("totpSecret", `${JWT}jwt.sign({ sub }, secret);`)]),
    invalid(`${JWT}jwt.sign({ sub, ⟦"credit_card_number"⟧: cc }, secret);`, [claim("credit_card_number", `${JWT}jwt.sign({ sub }, secret);`)]),
    invalid(`${JWT}const KEY = "apiKey";\njwt.sign({ sub, [⟦KEY⟧]: account.key }, secret);`, [claim("apiKey", `${JWT}const KEY = "apiKey";\njwt.sign({ sub }, secret);`)]),
    // a harmless key holding a sensitive value
    invalid(`${JWT}jwt.sign({ sub: user.id, h: ⟦user.passwordHash⟧ }, secret);`, [value("h", "user.passwordHash", `${JWT}jwt.sign({ sub: user.id }, secret);`)]),
    // a key named hash / salt: the user's, or of unknown origin
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦hash⟧: user.hash, ⟦salt⟧ }, secret);`, [
      claim("hash", `${JWT}jwt.sign({ sub: user.id, salt }, secret);`),
      claim("salt", `${JWT}jwt.sign({ sub: user.id, hash: user.hash }, secret);`),
    ]),
    invalid(`${JWT}jwt.sign({ sub, ⟦hash⟧: sha256(user.password) }, secret);`, [claim("hash", `${JWT}jwt.sign({ sub }, secret);`)]),
    // --- payloads in variables, spreads, Object.assign, helper functions, later writes
    invalid(`${JWT}const payload = { sub: user.id, ⟦pin⟧: user.pin };\nexport const token = jwt.sign(payload, secret);`, [
      claim("pin", `${JWT}const payload = { sub: user.id };\nexport const token = jwt.sign(payload, secret);`),
    ]),
    invalid(`${JWT}const base = { ⟦iban⟧: account.iban };\njwt.sign({ ...base, sub: account.ownerId }, secret);`, [
      claim("iban", `${JWT}const base = {  };\njwt.sign({ ...base, sub: account.ownerId }, secret);`),
    ]),
    invalid(`${JWT}jwt.sign(Object.assign({}, { sub: user.id }, { ⟦cvv⟧: card.cvv }), secret);`, [
      claim("cvv", `${JWT}jwt.sign(Object.assign({}, { sub: user.id }, {  }), secret);`),
    ]),
    invalid(`${JWT}function toClaims(u) {\n  return { sub: u.id, ⟦pwd⟧: u.pwd };\n}\njwt.sign(toClaims(user), secret);`, [
      claim("pwd", `${JWT}function toClaims(u) {\n  return { sub: u.id };\n}\njwt.sign(toClaims(user), secret);`),
    ]),
    invalid(`${JWT}const payload: Record<string, unknown> = { sub: user.id };\npayload.⟦privateKey⟧ = keys.private;\njwt.sign(payload, secret);`, [noSuggestClaim]),
    invalid(`${JWT}const claims = admin ? { sub, role: "admin", ⟦secret⟧: adminSecret } : { sub };\njwt.sign(claims, secret);`, [
      claim("secret", `${JWT}const claims = admin ? { sub, role: "admin" } : { sub };\njwt.sign(claims, secret);`),
    ]),
    // TypeScript wrappers
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦password⟧: user.password! } as jwt.JwtPayload, secret);`, [
      claim("password", `${JWT}jwt.sign({ sub: user.id } as jwt.JwtPayload, secret);`),
    ]),
    invalid(`${JWT}const payload = { sub: user.id, ⟦ssn⟧: user.ssn } satisfies Record<string, string>;\njwt.sign(payload, secret);`, [
      claim("ssn", `${JWT}const payload = { sub: user.id } satisfies Record<string, string>;\njwt.sign(payload, secret);`),
    ]),
    // generics on the call
    invalid(
      `import { JwtService } from "@nestjs/jwt";\nexport class Tokens {\n  constructor(private readonly jwt: JwtService) {}\n  issue(sub: string, pin: string) {\n    return this.jwt.signAsync<{ sub: string; pin: string }>({ sub, ⟦pin⟧ });\n  }\n}`,
      [
        claim(
          "pin",
          `import { JwtService } from "@nestjs/jwt";\nexport class Tokens {\n  constructor(private readonly jwt: JwtService) {}\n  issue(sub: string, pin: string) {\n    return this.jwt.signAsync<{ sub: string; pin: string }>({ sub });\n  }\n}`,
          "@nestjs/jwt JwtService#signAsync",
        ),
      ],
    ),
    // --- whole records
    invalid(`${JWT}const user = await User.findOne({ email });\nreturn jwt.sign(⟦user⟧, secret);`, [
      recordWith({ what: "is", source: "user", origin: "the result of User.findOne", api: "jsonwebtoken.sign" }),
    ]),
    invalid(`${JWT}jwt.sign({ ⟦...user⟧, iat: now }, secret);`, [recordWith({ what: "spreads", source: "user", origin: "a user/account record by its name", api: "jsonwebtoken.sign" })]),
    invalid(`${JWT}jwt.sign(⟦user.toJSON()⟧, secret);`, [record]),
    invalid(`${JWT}jwt.sign(⟦dbUser.toObject()⟧, secret);`, [record]),
    invalid(`${JWT}jwt.sign(⟦JSON.parse(JSON.stringify(account))⟧, secret);`, [record]),
    invalid(`${JWT}jwt.sign(Object.assign({}, ⟦existingUser⟧, { scope: "api" }), secret);`, [record]),
    invalid(`${JWT}jwt.sign(await ⟦prisma.user.findUnique({ where: { id } })⟧, secret);`, [
      recordWith({ what: "is", source: "prisma.user.findUnique({ where: { id } })", origin: "the result of prisma.user.findUnique", api: "jsonwebtoken.sign" }),
    ]),
    invalid(`${JWT}const { rows } = await pool.query("SELECT * FROM users WHERE email = $1", [email]);\njwt.sign(⟦rows[0]⟧, secret);`, [record]),
    invalid(`${JWT}app.post("/token", (req, res) => {\n  res.json({ token: jwt.sign(⟦req.user⟧, secret) });\n});`, [
      recordWith({ what: "is", source: "req.user", origin: "the authenticated req.user", api: "jsonwebtoken.sign" }),
    ]),
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦user⟧ }, secret);`, [recordWith({ what: 'claim "user" is', source: "user", origin: "a user/account record by its name", api: "jsonwebtoken.sign" })]),
    invalid(`${JWT}const row = await knex("users").where({ id }).first();\njwt.sign({ ⟦...row⟧ }, secret);`, [record]),
    invalid(`${JWT}const found = await User.findById(id).select("+password");\njwt.sign(⟦found⟧, secret);`, [record]),
    invalid(`${JWT}async function issue(email: string) {\n  const account = await this.accountsService.findByEmail(email);\n  return jwt.sign(⟦account⟧, secret);\n}`, [record]),
    // declared types: a type with a sensitive property, an entity type
    invalid(`${JWT}interface LoginBody { email: string; password: string }\nfunction issue(body: LoginBody) {\n  return jwt.sign(⟦body⟧, secret);\n}`, [
      recordWith({ what: "is", source: "body", origin: 'its type has "password"', api: "jsonwebtoken.sign" }),
    ]),
    invalid(`${JWT}import type { User } from "@prisma/client";\nfunction issue(u: User) {\n  return jwt.sign({ ⟦...u⟧ }, secret);\n}`, [
      recordWith({ what: "spreads", source: "u", origin: "typed User", api: "jsonwebtoken.sign" }),
    ]),
    // --- jose SignJWT (and UnsecuredJWT), readable payloads
    ...invalidAcrossImports({
      module: "jose",
      member: "SignJWT",
      code: `await new $FN({ sub: user.id, ⟦ssn⟧: user.ssn }).setProtectedHeader({ alg: "ES256" }).sign(key);`,
      errors: [claim("ssn", `await new $FN({ sub: user.id }).setProtectedHeader({ alg: "ES256" }).sign(key);`, "jose.SignJWT")],
      styles: ["esm named", "esm namespace", "require destructured", "dynamic import"],
    }),
    invalid(`import { UnsecuredJWT } from "jose";\nnew UnsecuredJWT({ orderId, ⟦cardNumber⟧ }).encode();`, [
      claim("cardNumber", `import { UnsecuredJWT } from "jose";\nnew UnsecuredJWT({ orderId }).encode();`, "jose.UnsecuredJWT"),
    ]),
    // --- @nestjs/jwt: injected JwtService, sign and signAsync
    invalid(
      `import { Injectable } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService, private readonly usersService: UsersService) {}\n  async login(username: string) {\n    const user = await this.usersService.findOne(username);\n    return { access_token: await this.jwtService.signAsync(⟦user⟧) };\n  }\n  issue(user: { id: string }) {\n    return this.jwtService.sign({ sub: user.id, ⟦apiKey⟧: this.apiKey });\n  }\n}`,
      [
        recordWith({ what: "is", source: "user", origin: "the result of usersService.findOne", api: "@nestjs/jwt JwtService#signAsync" }),
        {
          messageId: "sensitiveClaim",
          data: { claim: "apiKey", api: "@nestjs/jwt JwtService#sign" },
          suggestions: [
            {
              messageId: "removeClaim",
              output: `import { Injectable } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService, private readonly usersService: UsersService) {}\n  async login(username: string) {\n    const user = await this.usersService.findOne(username);\n    return { access_token: await this.jwtService.signAsync(user) };\n  }\n  issue(user: { id: string }) {\n    return this.jwtService.sign({ sub: user.id });\n  }\n}`,
            },
          ],
        },
      ],
    ),
    // --- fast-jwt signer, hono/jwt, jwt-simple
    invalid(`import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: process.env.JWT_KEY });\nsignToken({ sub, ⟦salt⟧: user.salt });`, [
      claim("salt", `import { createSigner } from "fast-jwt";\nconst signToken = createSigner({ key: process.env.JWT_KEY });\nsignToken({ sub });`, "fast-jwt signer"),
    ]),
    invalid(`import { sign } from "hono/jwt";\nawait sign({ sub: user.id, ⟦otp⟧: code }, c.env.JWT_SECRET);`, [
      claim("otp", `import { sign } from "hono/jwt";\nawait sign({ sub: user.id }, c.env.JWT_SECRET);`, "hono/jwt sign"),
    ]),
    invalid(`const jwtSimple = require("jwt-simple");\njwtSimple.encode({ sub, ⟦bankAccount⟧: acct }, secret);`, [
      claim("bankAccount", `const jwtSimple = require("jwt-simple");\njwtSimple.encode({ sub }, secret);`, "jwt-simple.encode"),
    ]),
    // --- @fastify/jwt decorators
    invalid(`import Fastify from "fastify";\nconst app = Fastify();\napp.post("/login", async (request, reply) => {\n  const token = await reply.jwtSign({ sub: user.id, ⟦password⟧: request.body.password });\n  return { token };\n});`, [
      claim("password", `import Fastify from "fastify";\nconst app = Fastify();\napp.post("/login", async (request, reply) => {\n  const token = await reply.jwtSign({ sub: user.id });\n  return { token };\n});`, "@fastify/jwt reply.jwtSign"),
    ]),
    invalid(`import fp from "fastify-plugin";\nexport default fp(async (fastify) => {\n  fastify.decorate("issue", (user) => fastify.jwt.sign(⟦user⟧));\n});`, [
      recordWith({ what: "is", source: "user", origin: "a user/account record by its name", api: "@fastify/jwt fastify.jwt.sign" }),
    ]),
    // `app.jwt!.sign` spells no `jwt.` in the text: the decorator is still found.
    invalid(`import type { FastifyInstance } from "fastify";\nexport async function routes(app: FastifyInstance) {\n  app.post("/login", async (request) => ({ token: app.jwt!.sign({ sub: request.user.id, ⟦passwordHash⟧: request.user.passwordHash }) }));\n}`, [
      claim("passwordHash", `import type { FastifyInstance } from "fastify";\nexport async function routes(app: FastifyInstance) {\n  app.post("/login", async (request) => ({ token: app.jwt!.sign({ sub: request.user.id }) }));\n}`, "@fastify/jwt fastify.jwt.sign"),
    ]),
    // --- options: pii and extraNames
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦email⟧: user.email, ⟦dateOfBirth⟧: user.dob }, secret);`, [
      { messageId: "personalClaim", data: { claim: "email", api: "jsonwebtoken.sign" }, suggestions: [{ messageId: "removeClaim", output: `${JWT}jwt.sign({ sub: user.id, dateOfBirth: user.dob }, secret);` }] },
      { messageId: "personalClaim", data: { claim: "dateOfBirth", api: "jsonwebtoken.sign" }, suggestions: [{ messageId: "removeClaim", output: `${JWT}jwt.sign({ sub: user.id, email: user.email }, secret);` }] },
    ], { options: [{ pii: true }] }),
    invalid(`${JWT}jwt.sign({ sub: user.id, ⟦diagnosisCode⟧: patient.diagnosis }, secret);`, [claim("diagnosisCode", `${JWT}jwt.sign({ sub: user.id }, secret);`)], {
      options: [{ extraNames: ["diagnosis code"] }],
    }),
    // --- TSX
    invalid(`${JWT}export function Debug({ user }: { user: { id: string; password: string } }) {\n  return <pre>{jwt.sign(⟦user⟧, "k")}</pre>;\n}`, [record], { filename: "component.tsx" }),
  ],
});

// --- type-aware linting: the checked type decides what a whole record is (test/fixtures/typed)
const typedRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "typed");
const typedTester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: typedRoot } },
});

typedTester.run("no-sensitive-jwt-claims (type-aware)", rule as unknown as TesterRule, {
  valid: [
    // named like a record, but its type has only claims
    valid(`${JWT}interface SessionUser { id: string; role: string }\ndeclare function currentUser(): SessionUser;\nconst user = currentUser();\njwt.sign(user, "k");`, { filename: "file.ts" }),
    valid(`${JWT}declare const user: { sub: string; scope: string[] };\njwt.sign({ ...user }, "k");`, { filename: "file.ts" }),
  ],
  invalid: [
    // neutral name, but the type carries a password hash
    invalid(
      `${JWT}interface Row { id: string; passwordHash: string; email: string }\ndeclare function load(id: string): Promise<Row>;\nexport async function issue(id: string) {\n  const data = await load(id);\n  return jwt.sign(⟦data⟧, "k");\n}`,
      [recordWith({ what: "is", source: "data", origin: 'its type has "passwordHash"', api: "jsonwebtoken.sign" })],
      { filename: "file.ts" },
    ),
    invalid(
      `${JWT}import type { Account } from "./models";\ndeclare const entity: { id: number; ssn: string } | null;\njwt.sign({ sub: "1", ⟦...entity⟧ }, "k");`,
      [recordWith({ what: "spreads", source: "entity", origin: 'its type has "ssn"', api: "jsonwebtoken.sign" })],
      { filename: "file.ts" },
    ),
  ],
});
