import rule from "../../rules/require-jwt-revocation-check.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const PASSPORT = `import { Strategy, ExtractJwt } from "passport-jwt";\n`;
const NEST = `import { Injectable } from "@nestjs/common";\nimport { PassportStrategy } from "@nestjs/passport";\nimport { ExtractJwt, Strategy } from "passport-jwt";\n`;
const SUPER = `    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ["HS256"] });`;

function hook(api: string, name: string) {
  return { messageId: "missingRevocationHook", data: { api, hook: name }, suggestions: [] };
}
const noStore = { messageId: "verifyWithoutStore", suggestions: [] };

ruleTester.run("require-jwt-revocation-check", rule as unknown as TesterRule, {
  valid: [
    // --- express-jwt with isRevoked, in every import style
    ...validAcrossImports({ module: "express-jwt", member: "expressjwt", code: `app.use($FN({ secret, algorithms: ["HS256"], isRevoked: isTokenRevoked }));` }),
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ["HS256"], isRevoked: async (req, token) => denylist.has(token?.payload.jti) }));`),
    valid(`import { expressjwt } from "express-jwt";\nconst base = { secret, algorithms: ["HS256"] as const, isRevoked };\napp.use(expressjwt({ ...base, credentialsRequired: false }));`),
    // --- unknown options: silent
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt(jwtOptions));`),
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ ...loadJwtOptions(), algorithms: ["HS256"] }));`),
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt(...args));`),
    // --- koa-jwt, @fastify/jwt with their hooks
    valid(`import koaJwt from "koa-jwt";\napp.use(koaJwt({ secret, isRevoked: (ctx, decoded) => revoked.has(decoded.jti) }));`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, trusted: validateToken });`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, jwtPluginOptions);`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt);`),
    // --- passport-jwt verify callbacks that consult a store
    valid(`${PASSPORT}passport.use(new Strategy(opts, (payload, done) => {\n  User.findById(payload.sub, (err, user) => done(err, user || false));\n}));`),
    valid(`${PASSPORT}passport.use(new Strategy(opts, async (payload, done) => {\n  const revoked = await redis.sismember("revoked", payload.jti);\n  return done(null, revoked ? false : payload);\n}));`),
    valid(`${PASSPORT}async function verify(payload, done) {\n  done(null, await users.get(payload.sub));\n}\npassport.use(new Strategy(opts, verify));`),
    valid(`${PASSPORT}passport.use(new Strategy(opts, function (payload, done) {\n  if (isRevoked(payload.jti)) return done(null, false);\n  done(null, payload);\n}));`),
    valid(`${PASSPORT}passport.use(new Strategy({ ...opts, passReqToCallback: true }, (req, payload, done) => {\n  sessions.check(req, payload.sid).then((ok) => done(null, ok ? payload : false));\n}));`),
    // unknown verify functions: passed in from another module or built by a call
    valid(`${PASSPORT}import { verifyUser } from "./auth";\npassport.use(new Strategy(opts, verifyUser));`),
    valid(`${PASSPORT}passport.use(new Strategy(opts, makeVerify(db)));`),
    valid(`${PASSPORT}passport.use(new Strategy(opts, authService.verify));`),
    // --- NestJS strategies whose validate consults a service
    valid(
      `${NEST}@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor(private readonly users: UsersService) {\n${SUPER}\n  }\n  async validate(payload: { sub: string; jti: string }) {\n    const user = await this.users.findActive(payload.sub, payload.jti);\n    if (!user) throw new UnauthorizedException();\n    return user;\n  }\n}`,
    ),
    // no validate method in this class: nothing to say
    valid(`${NEST}export class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n${SUPER}\n  }\n}`),
    // --- look-alikes
    valid(`import { Strategy } from "passport-local";\npassport.use(new Strategy((username, password, done) => done(null, { username })));`),
    valid(`import session from "express-session";\napp.use(session({ secret, resave: false, saveUninitialized: false }));`),
  ],
  invalid: [
    // --- express-jwt without isRevoked, in every import style
    ...invalidAcrossImports({
      module: "express-jwt",
      member: "expressjwt",
      code: `app.use(⟦$FN⟧({ secret: process.env.JWT_SECRET, algorithms: ["HS256"] }));`,
      errors: [hook("express-jwt", "isRevoked")],
    }),
    invalid(`import jwt from "express-jwt";\napp.use(⟦jwt⟧({ secret, algorithms: ["RS256"], credentialsRequired: false }).unless({ path: ["/login"] }));`, [hook("express-jwt", "isRevoked")]),
    invalid(`import { expressjwt } from "express-jwt";\nconst OPTIONS = { secret: publicKey, algorithms: ["RS256"] as const };\napp.use(⟦expressjwt⟧(OPTIONS as never));`, [hook("express-jwt", "isRevoked")]),
    invalid(`import { expressjwt } from "express-jwt";\napp.use(⟦expressjwt⟧({ secret, algorithms: ["HS256"], isRevoked: undefined }));`, [hook("express-jwt", "isRevoked")]),
    // --- koa-jwt
    ...invalidAcrossImports({ module: "koa-jwt", code: `app.use(⟦$FN⟧({ secret, algorithms: ["HS256"] }));`, errors: [hook("koa-jwt", "isRevoked")], styles: ["esm default", "require", "ts import ="] }),
    // --- @fastify/jwt registration without trusted
    invalid(`import fastifyJwt from "@fastify/jwt";\napp.register(⟦fastifyJwt⟧, { secret: process.env.JWT_SECRET, sign: { expiresIn: "15m" } });`, [hook("@fastify/jwt", "trusted")]),
    invalid(`const fastifyJwt = require("@fastify/jwt");\nconst options = { secret: { private: privateKey, public: publicKey }, verify: { algorithms: ["ES256"] } };\nfastify.register(⟦fastifyJwt⟧, options);`, [hook("@fastify/jwt", "trusted")]),
    // --- passport-jwt verify callbacks that only repackage claims
    ...invalidAcrossImports({
      module: "passport-jwt",
      member: "Strategy",
      code: `passport.use(new ⟦$FN⟧({ jwtFromRequest, secretOrKey, algorithms: ["HS256"] }, (payload, done) => done(null, payload)));`,
      errors: [noStore],
      styles: ["esm named", "esm namespace", "require destructured", "ts import ="],
    }),
    invalid(`${PASSPORT}passport.use(new ⟦Strategy⟧(opts, function (jwtPayload, done) {\n  return done(null, { id: jwtPayload.sub, roles: jwtPayload.roles.map((r) => r.toUpperCase()) });\n}));`, [noStore]),
    invalid(`${PASSPORT}function verify(payload: { sub: string }, done: (err: unknown, user?: unknown) => void) {\n  if (!payload.sub) return done(new Error("no subject"));\n  done(null, Object.assign({}, payload, { id: String(payload.sub) }));\n}\npassport.use("jwt", new ⟦Strategy⟧(opts, verify));`, [noStore]),
    invalid(`${PASSPORT}passport.use(new ⟦Strategy⟧({ ...opts, passReqToCallback: true }, (req, payload, done) => {\n  console.log("token for", payload.sub);\n  done(null, payload);\n}));`, [noStore]),
    // --- NestJS: validate that returns claims (the framework's own tutorial shape)
    invalid(
      `${NEST}@Injectable()\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n${SUPER}\n  }\n  async ⟦validate⟧(payload: { sub: string; username: string }) {\n    return { userId: payload.sub, username: payload.username };\n  }\n}`,
      [noStore],
    ),
    invalid(
      `${NEST}@Injectable()\nexport class RefreshStrategy extends PassportStrategy(Strategy, "jwt-refresh") {\n  constructor() {\n    super({ jwtFromRequest: ExtractJwt.fromBodyField("refresh"), secretOrKey: process.env.REFRESH_SECRET, passReqToCallback: true });\n  }\n  ⟦validate⟧(req: Request, payload: { sub: string }) {\n    if (!payload.sub) throw new UnauthorizedException();\n    return { ...payload, refreshToken: req.body.refresh };\n  }\n}`,
      [noStore],
    ),
  ],
});
