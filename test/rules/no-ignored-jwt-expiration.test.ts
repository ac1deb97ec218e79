import rule from "../../rules/no-ignored-jwt-expiration.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const JWT = `import jwt from "jsonwebtoken";\n`;
const NEST = `import { Injectable, Module } from "@nestjs/common";\nimport { JwtModule, JwtService } from "@nestjs/jwt";\n`;
const PASSPORT_NEST = `import { Injectable } from "@nestjs/common";\nimport { PassportStrategy } from "@nestjs/passport";\nimport { ExtractJwt, Strategy } from "passport-jwt";\n`;
const FASTIFY = `import Fastify from "fastify";\nimport fastifyJwt from "@fastify/jwt";\nconst app = Fastify();\n`;

function ignored(api: string, option: string, output?: string, removed = option.split(":")[0]) {
  return {
    messageId: "ignoredExpiration",
    data: { api, option },
    suggestions: output === undefined ? [] : [{ messageId: "removeOption", data: { option: removed }, output }],
  };
}
function tolerance(data: { api: string; value: string; limit?: string; option?: string; suggested: string }, output: string) {
  const full = { limit: "5m", option: "clockTolerance", ...data };
  return { messageId: "clockTolerance", data: full, suggestions: [{ messageId: "useLimit", data: { suggested: full.suggested }, output }] };
}
function override(api: string, option: string, output: string) {
  return { messageId: "clockOverride", data: { api, option }, suggestions: [{ messageId: "removeOption", data: { option }, output }] };
}
function maxAge(data: { api: string; kind: string; value: string; limit: string; option: string; suggested: string }, output: string) {
  return { messageId: "maxAge", data, suggestions: [{ messageId: "useLimit", data: { suggested: data.suggested }, output }] };
}

ruleTester.run("no-ignored-jwt-expiration", rule as unknown as TesterRule, {
  valid: [
    // --- normal verification, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "verify", code: `$FN(token, key, { algorithms: ["HS256"] });` }),
    ...validAcrossImports({ module: "jsonwebtoken", member: "verify", code: `$FN(token, key, { algorithms: ["HS256"], ignoreExpiration: false, clockTolerance: 30 });` }),
    // unknown values: silent
    valid(`${JWT}jwt.verify(token, key, { ignoreExpiration: process.env.NODE_ENV === "test" });`),
    valid(`${JWT}jwt.verify(token, key, { ignoreExpiration: allowExpired });`),
    valid(`${JWT}jwt.verify(token, key, { clockTolerance: config.jwt.skew });`),
    valid(`${JWT}jwt.verify(token, key, verifyOptions);`),
    valid(`${JWT}jwt.verify(token, key, { ...defaults });`),
    // small tolerances and ages within the limits
    valid(`${JWT}jwt.verify(token, key, { clockTolerance: 300, maxAge: "1h" });`),
    valid(`${JWT}const refreshClaims = jwt.verify(token, process.env.REFRESH_SECRET!, { maxAge: "7d" });`),
    valid(`${JWT}jwt.verify(token, key, { clockTolerance: 600 });`, { options: [{ maxClockTolerance: "10m" }] }),
    // exp ignored but age bounded by a short maxAge: a deliberate policy
    valid(`${JWT}jwt.verify(token, key, { ignoreExpiration: true, maxAge: "15m" });`),
    // jose
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { clockTolerance: "30s", maxTokenAge: "1h" });`),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { currentDate: new Date() });`),
    valid(`import { jwtVerify } from "jose";\nexport async function check(token: string, now: Date) { return jwtVerify(token, key, { currentDate: now }); }`),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { currentDate: new Date(Date.now() + 1000) });`),
    // passport-jwt: ignoreExpiration inside jsonWebTokenOptions is overwritten by passport-jwt
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest, ignoreExpiration: false }, verify));`),
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { clockTolerance: 60 } }, verify));`),
    // fast-jwt: clockTolerance is milliseconds
    valid(`import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, clockTolerance: 60000 });`),
    // @fastify/jwt: clockTolerance goes to fast-jwt unchanged (ms)
    valid(`${FASTIFY}app.register(fastifyJwt, { secret, verify: { clockTolerance: 30000, maxAge: 3600 } });`),
    valid(`${FASTIFY}app.addHook("onRequest", async (request) => request.jwtVerify({ maxAge: "15m" }));`),
    // hono: exp checked by default
    valid(`import { verify } from "hono/jwt";\nawait verify(token, secret, { alg: "HS256", exp: true });`),
    valid(`import { verify } from "hono/jwt";\nawait verify(token, secret, "HS256");`),
    // @nestjs/jwt
    valid(`${NEST}JwtModule.register({ secret, verifyOptions: { algorithms: ["HS256"], clockTolerance: 10 } });`),
    // malformed calls do not throw
    valid(`${JWT}jwt.verify();\njwt.verify(token, key, null);\njwt.verify(token, key, ...rest);`),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { currentDate: undefined, clockTolerance: "soon" });`),
    // look-alikes
    valid(`import crypto from "node:crypto";\ncrypto.verify("sha256", data, { key, ignoreExpiration: true } as never, signature);`),
    valid(`const options = { ignoreExpiration: true };\ncache.verify(token, options);`),
    valid(`import { verify } from "./tokens";\nverify(token, { ignoreExpiration: true });`),
    valid(`const request = { jwtVerify(options: object) {} };\nrequest.jwtVerify({ ignoreExpiration: true });`),
  ],
  invalid: [
    // --- ignoreExpiration: true, in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `$FN(token, key, { algorithms: ["HS256"], ⟦ignoreExpiration: true⟧ });`,
      errors: [ignored("jsonwebtoken.verify", "ignoreExpiration: true", `$FN(token, key, { algorithms: ["HS256"] });`)],
    }),
    // through a constant options object, TypeScript wrappers, spreads
    invalid(
      `${JWT}const options = {\n  ⟦ignoreExpiration: true⟧,\n  algorithms: ["RS256"],\n} satisfies jwt.VerifyOptions;\njwt.verify(token!, publicKey as string, options);`,
      [ignored("jsonwebtoken.verify", "ignoreExpiration: true", `${JWT}const options = {\n  algorithms: ["RS256"],\n} satisfies jwt.VerifyOptions;\njwt.verify(token!, publicKey as string, options);`)],
    ),
    invalid(
      `${JWT}const lenient = { ⟦ignoreExpiration: true⟧ };\njwt.verify(token, key, { ...lenient, algorithms: ["HS256"] });`,
      [ignored("jsonwebtoken.verify", "ignoreExpiration: true", `${JWT}const lenient = {  };\njwt.verify(token, key, { ...lenient, algorithms: ["HS256"] });`)],
    ),
    invalid(
      `${JWT}const IGNORE = true;\njwt.verify(token, key, Object.assign({}, { ⟦ignoreExpiration: IGNORE⟧ }));`,
      [ignored("jsonwebtoken.verify", "ignoreExpiration: true", `${JWT}const IGNORE = true;\njwt.verify(token, key, Object.assign({}, {  }));`, "ignoreExpiration")],
    ),
    // a long maxAge does not excuse ignoreExpiration
    invalid(
      `${JWT}jwt.verify(token, key, { ⟦ignoreExpiration: true⟧, maxAge: ⟦"90d"⟧ });`,
      [
        ignored("jsonwebtoken.verify", "ignoreExpiration: true", `${JWT}jwt.verify(token, key, { maxAge: "90d" });`),
        maxAge(
          { api: "jsonwebtoken.verify", kind: "access", value: "90d", limit: "1h", option: "maxAge", suggested: '"1h"' },
          `${JWT}jwt.verify(token, key, { ignoreExpiration: true, maxAge: "1h" });`,
        ),
      ],
    ),
    // --- clockTolerance (seconds for jsonwebtoken)
    invalid(
      `${JWT}jwt.verify(token, key, { clockTolerance: ⟦3600⟧ });`,
      [tolerance({ api: "jsonwebtoken.verify", value: "1h", suggested: "300" }, `${JWT}jwt.verify(token, key, { clockTolerance: 300 });`)],
    ),
    invalid(
      `${JWT}jwt.verify(token, key, { clockTolerance: ⟦60 * 60 * 24⟧ });`,
      [tolerance({ api: "jsonwebtoken.verify", value: "1d", suggested: "5 * 60" }, `${JWT}jwt.verify(token, key, { clockTolerance: 5 * 60 });`)],
    ),
    invalid(
      `${JWT}jwt.verify(token, key, { clockTolerance: ⟦Number.MAX_SAFE_INTEGER⟧ });`,
      [tolerance({ api: "jsonwebtoken.verify", value: "9007199254740991s", suggested: "300" }, `${JWT}jwt.verify(token, key, { clockTolerance: 300 });`)],
    ),
    // --- clockTimestamp in the past (jsonwebtoken seconds)
    invalid(
      `${JWT}jwt.verify(token, key, { ⟦clockTimestamp: 1700000000⟧ });`,
      [override("jsonwebtoken.verify", "clockTimestamp", `${JWT}jwt.verify(token, key, {  });`)],
    ),
    invalid(
      `${JWT}jwt.verify(token, key, { algorithms: ["HS256"], ⟦clockTimestamp: Math.floor(Date.now() / 1000) - 86400⟧ });`,
      [override("jsonwebtoken.verify", "clockTimestamp", `${JWT}jwt.verify(token, key, { algorithms: ["HS256"] });`)],
    ),
    // --- express-jwt and koa-jwt hand their options to jsonwebtoken
    invalid(
      `import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ["HS256"], ⟦ignoreExpiration: true⟧ }));`,
      [ignored("express-jwt", "ignoreExpiration: true", `import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ["HS256"] }));`)],
    ),
    invalid(
      `import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret, clockTolerance: ⟦86400⟧ }));`,
      [tolerance({ api: "koa-jwt", value: "1d", suggested: "300" }, `import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret, clockTolerance: 300 }));`)],
    ),
    // --- passport-jwt: new Strategy and NestJS super({...})
    invalid(
      `const { Strategy, ExtractJwt } = require("passport-jwt");\npassport.use(new Strategy({ secretOrKey: process.env.JWT_SECRET, jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ⟦ignoreExpiration: true⟧ }, verify));`,
      [
        ignored(
          "passport-jwt.Strategy",
          "ignoreExpiration: true",
          `const { Strategy, ExtractJwt } = require("passport-jwt");\npassport.use(new Strategy({ secretOrKey: process.env.JWT_SECRET, jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken() }, verify));`,
        ),
      ],
    ),
    invalid(
      `${PASSPORT_NEST}@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({\n      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n      ⟦ignoreExpiration: true⟧,\n      secretOrKey: process.env.JWT_SECRET,\n    });\n  }\n}`,
      [
        ignored(
          "passport-jwt.Strategy",
          "ignoreExpiration: true",
          `${PASSPORT_NEST}@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({\n      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n      secretOrKey: process.env.JWT_SECRET,\n    });\n  }\n}`,
        ),
      ],
    ),
    invalid(
      `${PASSPORT_NEST}@Injectable()\nexport class RefreshTokenStrategy extends PassportStrategy(Strategy, "jwt-refresh") {\n  constructor() {\n    super({ jwtFromRequest, secretOrKey, jsonWebTokenOptions: { maxAge: ⟦"1y"⟧ } });\n  }\n}`,
      [
        maxAge(
          { api: "passport-jwt.Strategy", kind: "refresh", value: "1y", limit: "30d", option: "maxAge", suggested: '"30d"' },
          `${PASSPORT_NEST}@Injectable()\nexport class RefreshTokenStrategy extends PassportStrategy(Strategy, "jwt-refresh") {\n  constructor() {\n    super({ jwtFromRequest, secretOrKey, jsonWebTokenOptions: { maxAge: "30d" } });\n  }\n}`,
        ),
      ],
    ),
    // --- @nestjs/jwt: module verifyOptions and per-call options
    invalid(
      `${NEST}@Module({ imports: [JwtModule.register({ secret, verifyOptions: { ⟦ignoreExpiration: true⟧ } })] })\nexport class AuthModule {}`,
      [ignored("@nestjs/jwt JwtModule.register", "ignoreExpiration: true", `${NEST}@Module({ imports: [JwtModule.register({ secret, verifyOptions: {  } })] })\nexport class AuthModule {}`)],
    ),
    invalid(
      `${NEST}@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  readExpired(token: string) {\n    return this.jwt.verifyAsync(token, { ⟦ignoreExpiration: true⟧ });\n  }\n}`,
      [
        ignored(
          "@nestjs/jwt JwtService#verifyAsync",
          "ignoreExpiration: true",
          `${NEST}@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  readExpired(token: string) {\n    return this.jwt.verifyAsync(token, {  });\n  }\n}`,
        ),
      ],
    ),
    // --- fast-jwt (milliseconds)
    invalid(
      `import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, ⟦ignoreExpiration: true⟧, clockTolerance: ⟦Infinity⟧ });`,
      [
        ignored("fast-jwt.createVerifier", "ignoreExpiration: true", `import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, clockTolerance: Infinity });`),
        tolerance(
          { api: "fast-jwt.createVerifier", value: "unlimited time", suggested: "300000" },
          `import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, ignoreExpiration: true, clockTolerance: 300000 });`,
        ),
      ],
    ),
    invalid(
      `import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, maxAge: ⟦7 * 24 * 60 * 60 * 1000⟧ });`,
      [
        maxAge(
          { api: "fast-jwt.createVerifier", kind: "access", value: "7d", limit: "1h", option: "maxAge", suggested: "60 * 60 * 1000" },
          `import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, maxAge: 60 * 60 * 1000 });`,
        ),
      ],
    ),
    // --- @fastify/jwt: registered verify options and request.jwtVerify
    invalid(
      `${FASTIFY}app.register(fastifyJwt, { secret, verify: { ⟦ignoreExpiration: true⟧ } });`,
      [ignored("@fastify/jwt", "ignoreExpiration: true", `${FASTIFY}app.register(fastifyJwt, { secret, verify: {  } });`)],
    ),
    invalid(
      `${FASTIFY}app.addHook("onRequest", async (request) => {\n  await request.jwtVerify({ ⟦ignoreExpiration: true⟧ });\n});`,
      [ignored("@fastify/jwt request.jwtVerify", "ignoreExpiration: true", `${FASTIFY}app.addHook("onRequest", async (request) => {\n  await request.jwtVerify({  });\n});`)],
    ),
    // A route module that requires the old fastify-jwt package counts as Fastify code.
    invalid(
      `const fastifyJwt = require("fastify-jwt");\nmodule.exports = async (request) => request.jwtVerify({ ⟦ignoreExpiration: true⟧ });`,
      [ignored("@fastify/jwt request.jwtVerify", "ignoreExpiration: true", `const fastifyJwt = require("fastify-jwt");\nmodule.exports = async (request) => request.jwtVerify({  });`)],
    ),
    // --- jose: clockTolerance strings, maxTokenAge, currentDate
    invalid(
      `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { clockTolerance: ⟦"1 day"⟧ });`,
      [tolerance({ api: "jose.jwtVerify", value: "1d", suggested: '"5m"' }, `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { clockTolerance: "5m" });`)],
    ),
    invalid(
      `import * as jose from "jose";\nawait jose.jwtVerify(token, key, { maxTokenAge: ⟦"7d"⟧ });`,
      [
        maxAge(
          { api: "jose.jwtVerify", kind: "access", value: "7d", limit: "1h", option: "maxTokenAge", suggested: '"1h"' },
          `import * as jose from "jose";\nawait jose.jwtVerify(token, key, { maxTokenAge: "1h" });`,
        ),
      ],
    ),
    invalid(
      `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { issuer: "api", ⟦currentDate: new Date("2020-01-01T00:00:00Z")⟧ });`,
      [override("jose.jwtVerify", "currentDate", `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { issuer: "api" });`)],
    ),
    invalid(
      `import { jwtDecrypt } from "jose";\nconst YESTERDAY = new Date(Date.now() - 24 * 60 * 60 * 1000);\nawait jwtDecrypt(token, key, { ⟦currentDate: YESTERDAY⟧ });`,
      [override("jose.jwtDecrypt", "currentDate", `import { jwtDecrypt } from "jose";\nconst YESTERDAY = new Date(Date.now() - 24 * 60 * 60 * 1000);\nawait jwtDecrypt(token, key, {  });`)],
    ),
    // --- hono: exp: false
    invalid(
      `import { verify } from "hono/jwt";\nexport const claims = await verify(token, secret, { alg: "HS256", ⟦exp: false⟧ });`,
      [ignored("hono/jwt verify", "exp: false", `import { verify } from "hono/jwt";\nexport const claims = await verify(token, secret, { alg: "HS256" });`)],
    ),
    // configured limits
    invalid(
      `${JWT}jwt.verify(token, key, { clockTolerance: ⟦120⟧ });`,
      [tolerance({ api: "jsonwebtoken.verify", value: "2m", limit: "30s", suggested: "30" }, `${JWT}jwt.verify(token, key, { clockTolerance: 30 });`)],
      { options: [{ maxClockTolerance: "30s" }] },
    ),
  ],
});
