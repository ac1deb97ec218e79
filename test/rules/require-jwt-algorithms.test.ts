import rule from "../../rules/require-jwt-algorithms.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const missing = { messageId: "missingAlgorithms", suggestions: [] };
const mixed = { messageId: "mixedAlgorithms", suggestions: [] };
const jose = [{ requireForJose: true }];

/** A missing-list error whose only suggestion produces `output`. */
function missingWith(output: string, algorithms = '"HS256"') {
  return { messageId: "missingAlgorithms", suggestions: [{ messageId: "addAlgorithms", data: { algorithms }, output }] };
}

const JWT = `import jwt from "jsonwebtoken";\n`;
const NEST = `import { JwtModule } from "@nestjs/jwt";\n`;

ruleTester.run("require-jwt-algorithms", rule as unknown as TesterRule, {
  valid: [
    // --- jsonwebtoken with an allow-list, in every import style
    ...validAcrossImports({ module: "jsonwebtoken", member: "verify", code: `$FN(token, key, { algorithms: ["RS256"] });` }),
    valid(`${JWT}const ALGS = ["ES256"] as const;\njwt.verify(token, publicKey, { algorithms: ALGS });`),
    valid(`${JWT}jwt.verify(token, key, { algorithms: ["HS256", "HS512"] });`),
    valid(`${JWT}jwt.verify(token, key, { algorithms: [...extra, "HS256"] });`),
    valid(`${JWT}const base = { algorithms: ["RS256"] };\njwt.verify(token, key, Object.assign({}, base, { issuer: "me" }));`),
    valid(`${JWT}const base = { algorithms: ["RS256"] as string[] };\njwt.verify(token, key, { ...base, audience: "api" } satisfies jwt.VerifyOptions);`),
    // --- unknown options: silent
    valid(`${JWT}import { defaults } from "./jwt-config";\njwt.verify(token, key, { ...defaults });`),
    valid(`${JWT}jwt.verify(token, key, getOptions());`),
    valid(`${JWT}export function check(token: string, key: string, opts: jwt.VerifyOptions) {\n  return jwt.verify(token, key, opts);\n}`),
    valid(`${JWT}jwt.verify(token, key, ...rest);`),
    valid(`${JWT}jwt.verify(token, key, { algorithms: config.jwt.algorithms });`),
    valid(`${JWT}export function check(token: string, key: string, callback: jwt.VerifyCallback) {\n  jwt.verify(token, key, callback);\n}`),
    // --- look-alikes
    valid(`import { verify } from "./jwt";\nverify(token, key);`),
    valid(`import jwt from "other-jwt";\njwt.verify(token, key);`),
    valid(`function verify(token, key) { return true; }\nverify(token, key);`),
    valid(`const cache = new Map();\ncache.set("algorithms", undefined);\ncache.get("verify");`),
    valid(`function f(require) {\n  require("jsonwebtoken").verify(token, key);\n}`),
    valid(`import crypto from "node:crypto";\ncrypto.verify("sha256", data, publicKey, signature);`),
    // --- pinned by the library
    valid(`import { verify } from "hono/jwt";\nawait verify(token, secret);`),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, secret);`),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, secret);`, { options: jose }),
    valid(`import { jwtVerify, createRemoteJWKSet } from "jose";\nconst JWKS = createRemoteJWKSet(new URL("https://issuer.example/jwks"));\nawait jwtVerify(token, JWKS, { issuer: "https://issuer.example" });`),
    valid(
      `import * as jose from "jose";\nconst JWKS = jose.createRemoteJWKSet(new URL(url));\nawait jose.jwtVerify(token, JWKS, { algorithms: ["RS256"] });`,
      { options: jose },
    ),
    valid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, async (header) => keys[header.kid], { algorithms: ["ES256"] });`, { options: jose }),
    valid(`import { verify } from "jwt-simple";\nverify(token, key);\nimport simple from "jwt-simple";\nsimple.decode(token, key);`),
    // --- @nestjs/jwt: per-call options merge over module options the file may not show
    valid(
      `import { Injectable } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  check(token: string) {\n    return this.jwtService.verify(token);\n  }\n  checkAsync(token: string) {\n    return this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET });\n  }\n}`,
    ),
    valid(`${NEST}JwtModule.register({ secret, verifyOptions: { algorithms: ["HS256"] } });`),
    valid(`${NEST}JwtModule.registerAsync({ useClass: JwtConfigService });`),
    valid(`${NEST}JwtModule.registerAsync({ useFactory: (config: ConfigService) => config.get("jwt") });`),
    valid(`import { JwtService } from "@nestjs/jwt";\nconst service = new JwtService();`),
    // --- other libraries with an allow-list
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ["HS256"] }));`),
    valid(`import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret, algorithms: ["RS256"] }));`),
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { algorithms: ["RS256"] } }, verify));`),
    valid(`import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, algorithms: undefined, jsonWebTokenOptions: { algorithms: ["RS256"] } }, verify));`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, verify: { algorithms: ["HS256"] } });`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { ...jwtOptions });`),
    valid(`import { createVerifier } from "fast-jwt";\nconst verifyToken = createVerifier({ key, algorithms: ["ES256"] });\nverifyToken(token);`),
    valid(
      `${JWT}export function Claims({ token, publicKey }: { token: string; publicKey: string }) {\n  const claims = jwt.verify(token, publicKey, { algorithms: ["RS256"] });\n  return <pre>{JSON.stringify(claims)}</pre>;\n}`,
      { filename: "component.tsx" },
    ),
  ],
  invalid: [
    // --- jsonwebtoken without options, in every import style
    ...invalidAcrossImports({ module: "jsonwebtoken", member: "verify", code: `⟦$FN⟧(token, publicKey);`, errors: [missing] }),
    // the same key signs in this file with the default algorithm (HS256): suggest it
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `import { sign as issue } from "jsonwebtoken";\nconst t = issue({ sub: "1" }, process.env.JWT_SECRET);\n⟦$FN⟧(t, process.env.JWT_SECRET);`,
      errors: [
        missingWith(`import { sign as issue } from "jsonwebtoken";\nconst t = issue({ sub: "1" }, process.env.JWT_SECRET);\n$FN(t, process.env.JWT_SECRET, { algorithms: ["HS256"] });`),
      ],
    }),
    // mixed families, in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `$FN(token, key, { algorithms: ⟦["HS256", "RS256"]⟧ });`,
      errors: [{ ...mixed, data: { api: "jsonwebtoken.verify", hmac: '"HS256"', asymmetric: '"RS256"' } }],
    }),
    // --- where the suggestion goes
    invalid(
      `${JWT}const secret = process.env.JWT_SECRET!;\nexport const token = jwt.sign({ sub: "1" }, secret, { algorithm: "HS512", expiresIn: "15m" });\n⟦jwt.verify⟧(token, secret, (err, decoded) => done(err, decoded));`,
      [
        missingWith(
          `${JWT}const secret = process.env.JWT_SECRET!;\nexport const token = jwt.sign({ sub: "1" }, secret, { algorithm: "HS512", expiresIn: "15m" });\njwt.verify(token, secret, { algorithms: ["HS512"] }, (err, decoded) => done(err, decoded));`,
          '"HS512"',
        ),
      ],
    ),
    invalid(
      `${JWT}function done(err: unknown, decoded: unknown) {}\njwt.sign(payload, config.jwt.secret, { algorithm: 'HS384' });\n⟦jwt.verify⟧(token, config.jwt.secret, done);`,
      [
        missingWith(
          `${JWT}function done(err: unknown, decoded: unknown) {}\njwt.sign(payload, config.jwt.secret, { algorithm: 'HS384' });\njwt.verify(token, config.jwt.secret, { algorithms: ["HS384"] }, done);`,
          '"HS384"',
        ),
      ],
    ),
    invalid(
      `${JWT}jwt.sign(payload, 'k3y-from-tests');\n⟦jwt.verify⟧(token, 'k3y-from-tests', { complete: true });`,
      [missingWith(`${JWT}jwt.sign(payload, 'k3y-from-tests');\njwt.verify(token, 'k3y-from-tests', { complete: true, algorithms: ['HS256'] });`)],
    ),
    invalid(
      `${JWT}const key = process.env.KEY;\njwt.sign(payload, key);\nconst opts = {\n  issuer: "me",\n};\n⟦jwt.verify⟧(token, key, opts);`,
      [missingWith(`${JWT}const key = process.env.KEY;\njwt.sign(payload, key);\nconst opts = {\n  issuer: "me", algorithms: ["HS256"],\n};\njwt.verify(token, key, opts);`)],
    ),
    invalid(
      `${JWT}jwt.sign(payload, key);\n⟦jwt.verify⟧(token, key, {});`,
      [missingWith(`${JWT}jwt.sign(payload, key);\njwt.verify(token, key, { algorithms: ["HS256"] });`)],
    ),
    // TypeScript wrappers around the options and the key
    invalid(
      `${JWT}jwt.sign(payload, key as string);\n⟦jwt.verify⟧(token!, key!, { audience: "api" } satisfies jwt.VerifyOptions);`,
      [missingWith(`${JWT}jwt.sign(payload, key as string);\njwt.verify(token!, key!, { audience: "api", algorithms: ["HS256"] } satisfies jwt.VerifyOptions);`)],
    ),
    // known-undefined allow-list: replace it
    invalid(
      `${JWT}jwt.sign(payload, key);\n⟦jwt.verify⟧(token, key, { algorithms: undefined });`,
      [missingWith(`${JWT}jwt.sign(payload, key);\njwt.verify(token, key, { algorithms: ["HS256"] });`)],
    ),
    // several sign calls of one family: all of them
    invalid(
      `${JWT}jwt.sign(a, key, { algorithm: "HS256" });\njwt.sign(b, key, { algorithm: "HS512" });\n⟦jwt.verify⟧(token, key);`,
      [missingWith(`${JWT}jwt.sign(a, key, { algorithm: "HS256" });\njwt.sign(b, key, { algorithm: "HS512" });\njwt.verify(token, key, { algorithms: ["HS256", "HS512"] });`, '"HS256", "HS512"')],
    ),
    // --- no suggestion when the algorithm cannot be told
    invalid(`${JWT}jwt.sign(payload, privateKey, { algorithm: "RS256" });\n⟦jwt.verify⟧(token, publicKey);`, [missing]),
    invalid(`${JWT}jwt.sign(payload, key, { algorithm: process.env.JWT_ALG });\n⟦jwt.verify⟧(token, key);`, [missing]),
    invalid(`${JWT}jwt.sign(a, key, { algorithm: "HS256" });\njwt.sign(b, key, { algorithm: "RS256" });\n⟦jwt.verify⟧(token, key);`, [missing]),
    invalid(`${JWT}export function issue(secret: string) { return jwt.sign({}, secret); }\nexport function check(token: string, secret: string) { return ⟦jwt.verify⟧(token, secret); }`, [missing]),
    invalid(`${JWT}jwt.sign(payload, key);\n⟦jwt.verify⟧(token, key, Object.assign({}, { issuer: "me" }));`, [missing]),
    invalid(`${JWT}jwt.sign(payload, key);\n⟦jwt.verify⟧(token);`, [missing]),
    // --- mixed lists through constants and spreads
    invalid(`${JWT}const ALGS = ["HS256", "RS256"];\njwt.verify(token, key, { algorithms: ⟦ALGS⟧ });`, [mixed]),
    invalid(`${JWT}const HMAC = ["HS256"] as const;\njwt.verify(token, key, { algorithms: ⟦[...HMAC, "ES256", "EdDSA"]⟧ });`, [
      { ...mixed, data: { api: "jsonwebtoken.verify", hmac: '"HS256"', asymmetric: '"ES256", "EdDSA"' } },
    ]),
    invalid(`${JWT}const options = { algorithms: ⟦["PS256", "HS384", unknownAlg]⟧ };\njwt.verify(token, key, options);\njwt.verify(other, key, options);`, [mixed]),
    // --- express-jwt (required since v6) in every import style, and the v5/v6 default export
    ...invalidAcrossImports({
      module: "express-jwt",
      member: "expressjwt",
      code: `app.use(⟦$FN⟧({ secret: process.env.JWT_SECRET }));`,
      errors: [{ ...missing, data: { api: "express-jwt" } }],
    }),
    invalid(`import jwt from "express-jwt";\napp.use(⟦jwt⟧({ secret: process.env.JWT_SECRET, credentialsRequired: false }));`, [missing]),
    invalid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ⟦["RS256", "HS256"]⟧ }));`, [mixed]),
    invalid(
      `${JWT}import { expressjwt } from "express-jwt";\nexport const login = () => jwt.sign({ sub: "1" }, process.env.JWT_SECRET!, { algorithm: "HS512" });\napp.use(⟦expressjwt⟧({ secret: process.env.JWT_SECRET! }));`,
      [
        missingWith(
          `${JWT}import { expressjwt } from "express-jwt";\nexport const login = () => jwt.sign({ sub: "1" }, process.env.JWT_SECRET!, { algorithm: "HS512" });\napp.use(expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ["HS512"] }));`,
          '"HS512"',
        ),
      ],
    ),
    invalid(
      `import { expressjwt } from "express-jwt";\nimport { sign } from "hono/jwt";\nawait sign(payload, secret, "HS384");\napp.use(⟦expressjwt⟧({ secret, algorithms: null }));`,
      [missingWith(`import { expressjwt } from "express-jwt";\nimport { sign } from "hono/jwt";\nawait sign(payload, secret, "HS384");\napp.use(expressjwt({ secret, algorithms: ["HS384"] }));`, '"HS384"')],
    ),
    // --- koa-jwt
    ...invalidAcrossImports({ module: "koa-jwt", code: `app.use(⟦$FN⟧({ secret: publicKey }));`, errors: [missing], styles: ["esm default", "require", "ts import ="] }),
    // --- passport-jwt: new Strategy, and NestJS PassportStrategy(Strategy) → super({...})
    ...invalidAcrossImports({
      module: "passport-jwt",
      member: "Strategy",
      code: `passport.use(new ⟦$FN⟧({ jwtFromRequest, secretOrKey: publicKey }, verifyUser));`,
      errors: [missing],
      styles: ["esm named", "esm namespace", "require destructured", "ts import ="],
    }),
    invalid(
      `${JWT}import { Strategy, ExtractJwt } from "passport-jwt";\njwt.sign(user, process.env.JWT_SECRET, { algorithm: "HS384" });\npassport.use(new ⟦Strategy⟧({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verifyUser));`,
      [
        missingWith(
          `${JWT}import { Strategy, ExtractJwt } from "passport-jwt";\njwt.sign(user, process.env.JWT_SECRET, { algorithm: "HS384" });\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ["HS384"] }, verifyUser));`,
          '"HS384"',
        ),
      ],
    ),
    invalid(
      `import { PassportStrategy } from "@nestjs/passport";\nimport { ExtractJwt, Strategy } from "passport-jwt";\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(config: ConfigService) {\n    ⟦super⟧({\n      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n      secretOrKey: config.get<string>("JWT_SECRET"),\n    });\n  }\n}`,
      [missing],
    ),
    invalid(
      `import { Strategy } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { algorithms: ⟦["RS512", "HS512"]⟧ } }, verifyUser));`,
      [{ ...mixed, data: { api: "passport-jwt.Strategy", hmac: '"HS512"', asymmetric: '"RS512"' } }],
    ),
    // --- @nestjs/jwt module and service configuration
    invalid(`${NEST}@Module({ imports: [⟦JwtModule.register⟧({ global: true, secret: jwtConstants.secret, signOptions: { expiresIn: "60s" } })] })\nexport class AuthModule {}`, [missing]),
    invalid(
      `${NEST}JwtModule.register({ secret: jwtConstants.secret, signOptions: { algorithm: "HS512" } });`.replace("JwtModule.register(", "⟦JwtModule.register⟧("),
      [missingWith(`${NEST}JwtModule.register({ secret: jwtConstants.secret, signOptions: { algorithm: "HS512" }, verifyOptions: { algorithms: ["HS512"] } });`, '"HS512"')],
    ),
    invalid(
      `${NEST}⟦JwtModule.register⟧({ secret: jwtConstants.secret, signOptions: { algorithm: "HS256" }, verifyOptions: { ignoreExpiration: false } });`,
      [missingWith(`${NEST}JwtModule.register({ secret: jwtConstants.secret, signOptions: { algorithm: "HS256" }, verifyOptions: { ignoreExpiration: false, algorithms: ["HS256"] } });`)],
    ),
    invalid(
      `${NEST}⟦JwtModule.registerAsync⟧({\n  inject: [ConfigService],\n  useFactory: async (config: ConfigService) => ({ secret: config.get("JWT_SECRET"), signOptions: { expiresIn: "1h" } }),\n});`,
      [missing],
    ),
    invalid(`import { JwtService } from "@nestjs/jwt";\nexport const service = new ⟦JwtService⟧({ secret: process.env.JWT_SECRET });`, [missing]),
    invalid(`import * as nestJwt from "@nestjs/jwt";\nexport const service = new ⟦nestJwt.JwtService⟧({ publicKey, verifyOptions: {} });`, [missing]),
    invalid(
      `import { JwtService } from "@nestjs/jwt";\nexport class AuthService {\n  constructor(private readonly jwtService: JwtService) {}\n  check(token: string) {\n    return this.jwtService.verifyAsync(token, { algorithms: ⟦["HS256", "RS256"]⟧ });\n  }\n}`,
      [{ ...mixed, data: { api: "@nestjs/jwt JwtService#verifyAsync", hmac: '"HS256"', asymmetric: '"RS256"' } }],
    ),
    // --- @fastify/jwt registration
    invalid(
      `import fastifyJwt from "@fastify/jwt";\napp.register(⟦fastifyJwt⟧, { secret: process.env.JWT_SECRET, sign: { algorithm: "HS512" } });`,
      [missingWith(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { algorithm: "HS512" }, verify: { algorithms: ["HS512"] } });`, '"HS512"')],
    ),
    invalid(`const fastifyJwt = require("@fastify/jwt");\nfastify.register(⟦fastifyJwt⟧, { secret: { private: privateKey, public: publicKey }, verify: { maxAge: "1h" } });`, [missing]),
    invalid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, verify: { algorithms: ⟦["ES256", "HS256"]⟧ } });`, [mixed]),
    // --- fast-jwt
    invalid(
      `import { createSigner, createVerifier } from "fast-jwt";\nconst signToken = createSigner({ key: process.env.JWT_KEY, algorithm: "HS256" });\nconst verifyToken = ⟦createVerifier⟧({ key: process.env.JWT_KEY });`,
      [missingWith(`import { createSigner, createVerifier } from "fast-jwt";\nconst signToken = createSigner({ key: process.env.JWT_KEY, algorithm: "HS256" });\nconst verifyToken = createVerifier({ key: process.env.JWT_KEY, algorithms: ["HS256"] });`)],
    ),
    invalid(`const { createVerifier } = require("fast-jwt");\nconst verifyToken = ⟦createVerifier⟧({ key: async () => publicKey, cache: true });`, [missing]),
    // --- jose: key sets and key functions with requireForJose; mixed lists always
    invalid(
      `import { jwtVerify, createRemoteJWKSet } from "jose";\nconst JWKS = createRemoteJWKSet(new URL("https://issuer.example/jwks"));\nawait ⟦jwtVerify⟧(token, JWKS, { issuer: "https://issuer.example" });`,
      [{ ...missing, data: { api: "jose.jwtVerify" } }],
      { options: jose },
    ),
    invalid(`import * as jose from "jose";\nawait ⟦jose.jwtVerify⟧(token, jose.createLocalJWKSet(jwks));`, [missing], { options: jose }),
    invalid(`const jose = require("jose");\nasync function getKey(header) { return keys[header.kid]; }\nawait ⟦jose.jwtVerify⟧(token, getKey);`, [missing], { options: jose }),
    invalid(`import { compactVerify } from "jose";\nawait ⟦compactVerify⟧(jws, async (header) => keys.get(header.kid));`, [missing], { options: jose }),
    invalid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { algorithms: ⟦["HS256", "ES256"]⟧ });`, [mixed]),
    // --- TSX
    invalid(
      `${JWT}export function Claims({ token, publicKey }: { token: string; publicKey: string }) {\n  const claims = ⟦jwt.verify⟧(token, publicKey);\n  return <pre>{JSON.stringify(claims)}</pre>;\n}`,
      [missing],
      { filename: "component.tsx" },
    ),
  ],
});
