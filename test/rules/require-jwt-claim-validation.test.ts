import rule from "../../rules/require-jwt-claim-validation.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const JWT = `import jwt from "jsonwebtoken";\n`;
const NEST = `import { JwtModule } from "@nestjs/jwt";\n`;

function missing(api: string, options = "issuer and audience") {
  return { messageId: "missingClaimChecks", data: { api, options }, suggestions: [] };
}

ruleTester.run("require-jwt-claim-validation", rule as unknown as TesterRule, {
  valid: [
    // --- jsonwebtoken with issuer and/or audience, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "verify", code: `$FN(token, key, { algorithms: ["RS256"], issuer: "https://id.example", audience: "orders-api" });` }),
    valid(`${JWT}jwt.verify(token, key, { algorithms: ["RS256"], audience: "orders-api" });`),
    valid(`${JWT}jwt.verify(token, key, { issuer: [ISSUER_A, ISSUER_B] });`),
    valid(`${JWT}const VERIFY = { algorithms: ["HS256"], issuer: config.issuer } as const;\njwt.verify(token, key, VERIFY);`),
    valid(`${JWT}const base = { audience: process.env.JWT_AUDIENCE };\njwt.verify(token, key, { ...base, algorithms: ["HS256"] } satisfies jwt.VerifyOptions);`),
    valid(`${JWT}jwt.verify(token, key, Object.assign({}, defaults, { audience: "api" }));`),
    // --- unknown options: silent
    valid(`${JWT}jwt.verify(token, key, options);`),
    valid(`${JWT}jwt.verify(token, key, getVerifyOptions());`),
    valid(`${JWT}jwt.verify(token, key, { ...sharedOptions, algorithms: ["RS256"] });`),
    valid(`${JWT}jwt.verify(...args);`),
    // --- decode and sign are not verification
    valid(`${JWT}jwt.sign({ sub: "1" }, key, { expiresIn: "15m" });\njwt.decode(token, { complete: true });`),
    // --- look-alikes
    valid(`import crypto from "node:crypto";\ncrypto.verify("sha256", data, publicKey, signature);`),
    valid(`import { verify } from "./tokens";\nverify(token, key);`),
    valid(`function verify(token, key) { return true; }\nverify(token, key);`),
    valid(`import { verify } from "hono/jwt";\nawait verify(token, secret, "HS256");`),
    // --- jose
    valid(`import { jwtVerify, createRemoteJWKSet } from "jose";\nconst JWKS = createRemoteJWKSet(new URL("https://id.example/jwks"));\nawait jwtVerify(token, JWKS, { issuer: "https://id.example", audience: "orders-api" });`),
    valid(`import * as jose from "jose";\nawait jose.jwtDecrypt(jwe, key, { audience: "orders-api" });`),
    valid(`import { compactVerify } from "jose";\nawait compactVerify(jws, key);`),
    // explicit typing pins the kind of token (DPoP proofs and attestations have no audience)
    valid(`import { jwtVerify, EmbeddedJWK } from "jose";\nawait jwtVerify(proof, EmbeddedJWK, { algorithms: ["ES256"], typ: "dpop+jwt" });`),
    // --- passport-jwt: top level or jsonWebTokenOptions
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest, issuer: "https://id.example" }, verify));`),
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { audience: "orders-api" } }, verify));`),
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy(strategyOptions, verify));`),
    // --- express-jwt, koa-jwt, fast-jwt
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ["HS256"], audience: "orders-api", issuer: "https://id.example" }));`),
    valid(`import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret, issuer: "https://id.example" }));`),
    valid(`import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, algorithms: ["ES256"], allowedAud: "orders-api" });`),
    valid(`import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, allowedIss: /^https:\\/\\/id\\.example/ });`),
    // --- @nestjs/jwt: module verifyOptions, per-call options merged over them
    valid(`${NEST}JwtModule.register({ secret, verifyOptions: { algorithms: ["HS256"], issuer: "auth-service", audience: "api" } });`),
    valid(`${NEST}JwtModule.registerAsync({ useClass: JwtConfigService });`),
    valid(`${NEST}JwtModule.registerAsync({ useFactory: (config: ConfigService) => config.get("jwt") });`),
    valid(
      `import { Injectable } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  check(token: string) {\n    return this.jwtService.verifyAsync(token);\n  }\n}`,
    ),
    valid(
      `import { JwtModule, JwtService } from "@nestjs/jwt";\nJwtModule.register({ secret });\nexport class Guard {\n  constructor(private readonly jwt: JwtService) {}\n  check(token: string) {\n    return this.jwt.verify(token, { issuer: "auth-service" });\n  }\n}`,
    ),
    valid(`import { JwtService } from "@nestjs/jwt";\nexport const signer = new JwtService({ secret, signOptions: { expiresIn: "15m" } });\nexport const token = signer.sign({ sub: "1" });`),
    // --- @fastify/jwt: plugin verify options, or per-call options in the same file
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, verify: { allowedIss: "https://id.example", allowedAud: "orders-api" } });`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret });\napp.addHook("onRequest", (request) => request.jwtVerify({ allowedAud: "orders-api" }));`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { ...jwtOptions });`),
  ],
  invalid: [
    // --- jsonwebtoken, in every import style
    ...invalidAcrossImports({ module: "jsonwebtoken", member: "verify", code: `⟦$FN⟧(token, publicKey, { algorithms: ["RS256"] });`, errors: [missing("jsonwebtoken.verify")] }),
    invalid(`${JWT}export const claims = ⟦jwt.verify⟧(token, publicKey);`, [missing("jsonwebtoken.verify")]),
    invalid(`${JWT}⟦jwt.verify⟧(token, key, (err, decoded) => done(err, decoded));`, [missing("jsonwebtoken.verify")]),
    invalid(`${JWT}function done(err: unknown, decoded: unknown) {}\n⟦jwt.verify⟧(token, key, done);`, [missing("jsonwebtoken.verify")]),
    invalid(`${JWT}const OPTIONS = { algorithms: ["HS256"] as jwt.Algorithm[], complete: true };\n⟦jwt.verify⟧(token, key, OPTIONS);`, [missing("jsonwebtoken.verify")]),
    invalid(`${JWT}⟦jwt.verify⟧(token!, key as string, { ...{ algorithms: ["HS256"] }, issuer: undefined } satisfies jwt.VerifyOptions);`, [missing("jsonwebtoken.verify")]),
    invalid(`${JWT}⟦jwt.verify⟧(token, key, Object.assign({}, { algorithms: ["HS256"] }, { maxAge: "1h" }));`, [missing("jsonwebtoken.verify")]),
    // --- jose jwtVerify (also with a key set) and jwtDecrypt
    ...invalidAcrossImports({
      module: "jose",
      member: "jwtVerify",
      code: `await ⟦$FN⟧(token, JWKS, { algorithms: ["RS256"] });`,
      errors: [missing("jose.jwtVerify")],
      styles: ["esm named", "esm namespace", "require", "dynamic import"],
    }),
    invalid(`import { jwtDecrypt } from "jose";\nconst { payload } = await ⟦jwtDecrypt⟧(jwe, secretKey);`, [missing("jose.jwtDecrypt")]),
    // --- passport-jwt: new Strategy and NestJS super({...})
    ...invalidAcrossImports({
      module: "passport-jwt",
      member: "Strategy",
      code: `passport.use(new ⟦$FN⟧({ jwtFromRequest, secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser));`,
      errors: [missing("passport-jwt.Strategy")],
      styles: ["esm named", "esm namespace", "require destructured"],
    }),
    invalid(
      `import { PassportStrategy } from "@nestjs/passport";\nimport { ExtractJwt, Strategy } from "passport-jwt";\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(config: ConfigService) {\n    ⟦super⟧({\n      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n      secretOrKey: config.get<string>("JWT_SECRET"),\n      algorithms: ["HS256"],\n    });\n  }\n}`,
      [missing("passport-jwt.Strategy")],
    ),
    // --- express-jwt, koa-jwt, fast-jwt
    invalid(`import { expressjwt } from "express-jwt";\napp.use(⟦expressjwt⟧({ secret: process.env.JWT_SECRET!, algorithms: ["HS256"] }));`, [missing("express-jwt")]),
    invalid(`const koaJwt = require("koa-jwt");\napp.use(⟦koaJwt⟧({ secret, algorithms: ["HS256"] }).unless({ path: [/^\\/public/] }));`, [missing("koa-jwt")]),
    invalid(`import { createVerifier } from "fast-jwt";\nconst verifyToken = ⟦createVerifier⟧({ key, algorithms: ["ES256"], cache: true });`, [
      missing("fast-jwt.createVerifier", "allowedIss and allowedAud"),
    ]),
    // --- @nestjs/jwt module configuration
    invalid(`${NEST}@Module({ imports: [⟦JwtModule.register⟧({ secret: jwtConstants.secret, signOptions: { expiresIn: "60s" } })] })\nexport class AuthModule {}`, [
      missing("@nestjs/jwt JwtModule.register", "verifyOptions.issuer and verifyOptions.audience"),
    ]),
    invalid(
      `${NEST}⟦JwtModule.registerAsync⟧({\n  inject: [ConfigService],\n  useFactory: async (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), verifyOptions: { algorithms: ["HS256"] } }),\n});`,
      [missing("@nestjs/jwt JwtModule.registerAsync", "verifyOptions.issuer and verifyOptions.audience")],
    ),
    invalid(
      `import { JwtModule, JwtService } from "@nestjs/jwt";\nJwtModule.register({ secret, verifyOptions: { algorithms: ["HS256"] } }).toString();\nexport class Guard {\n  constructor(private readonly jwt: JwtService) {}\n  check(token: string) {\n    return this.jwt.verify(token);\n  }\n}`.replace(
        "JwtModule.register(",
        "⟦JwtModule.register⟧(",
      ),
      [missing("@nestjs/jwt JwtModule.register", "verifyOptions.issuer and verifyOptions.audience")],
    ),
    invalid(
      `import { JwtService } from "@nestjs/jwt";\nconst service = new ⟦JwtService⟧({ secret: process.env.JWT_SECRET });\nexport const check = (token: string) => service.verify(token);`,
      [missing("@nestjs/jwt JwtService", "verifyOptions.issuer and verifyOptions.audience")],
    ),
    // --- @fastify/jwt registration
    invalid(`import fastifyJwt from "@fastify/jwt";\napp.register(⟦fastifyJwt⟧, { secret: process.env.JWT_SECRET, verify: { algorithms: ["HS256"] } });`, [
      missing("@fastify/jwt", "verify.allowedIss and verify.allowedAud"),
    ]),
    invalid(
      `const fastifyJwt = require("@fastify/jwt");\nfastify.register(⟦fastifyJwt⟧, { secret });\nfastify.addHook("onRequest", async (request) => { await request.jwtVerify(); });`,
      [missing("@fastify/jwt", "verify.allowedIss and verify.allowedAud")],
    ),
    // --- TSX
    invalid(
      `${JWT}export function Claims({ token, publicKey }: { token: string; publicKey: string }) {\n  const claims = ⟦jwt.verify⟧(token, publicKey, { algorithms: ["RS256"] });\n  return <pre>{JSON.stringify(claims)}</pre>;\n}`,
      [missing("jsonwebtoken.verify")],
      { filename: "component.tsx" },
    ),
  ],
});
