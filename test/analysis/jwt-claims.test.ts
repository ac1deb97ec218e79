import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { JWT_APIS } from "../../src/models/jwt.js";
import {
  CLAIM_CHECKS,
  ENCRYPTED_PAYLOAD_APIS,
  REVOCATION_HOOKS,
  claimChecks,
  findClaimCheckSites,
  findFastifyJwtDecoratorCalls,
  findPayloadSites,
  onlyRepackagesClaims,
} from "../../src/models/jwt-claims.js";
import { analyze } from "../helpers/analyze.js";

const apiNames = new Set(JWT_APIS.map((api) => api.name));

describe("model tables", () => {
  it("keys claim checks by APIs of JWT_APIS (plus jose.jwtDecrypt)", () => {
    for (const name of CLAIM_CHECKS.keys()) {
      if (name === "jose.jwtDecrypt") continue;
      expect(apiNames.has(name), name).toBe(true);
    }
  });

  it("keys revocation hooks by request verifiers and plugins of JWT_APIS", () => {
    for (const name of REVOCATION_HOOKS.keys()) expect(apiNames.has(name), name).toBe(true);
    expect([...REVOCATION_HOOKS.keys()].sort()).toEqual(["@fastify/jwt", "express-jwt", "koa-jwt", "passport-jwt.Strategy"]);
  });

  it("never models an encrypting API as a sign API with a payload", () => {
    for (const encrypted of ENCRYPTED_PAYLOAD_APIS) {
      const clash = JWT_APIS.find((api) => api.module === encrypted.module && api.path.join(".") === encrypted.path.join(".") && api.payload);
      expect(clash, encrypted.name).toBeUndefined();
    }
  });
});

describe("findPayloadSites", () => {
  const sites = (code: string): string[] =>
    analyze(code, (context) =>
      findPayloadSites(context).map((site) => `${site.name}:${site.payload.kind === "present" ? context.sourceCode.getText(site.payload.node) : site.payload.kind}`),
    );

  it("finds every library's payload", () => {
    const code = [
      `import jwt from "jsonwebtoken";`,
      `import { SignJWT, EncryptJWT, UnsecuredJWT } from "jose";`,
      `import { createSigner } from "fast-jwt";`,
      `import { sign } from "hono/jwt";`,
      `import simple from "jwt-simple";`,
      `jwt.sign(a, k);`,
      `new SignJWT(b).setProtectedHeader({ alg: "ES256" }).sign(k);`,
      `new EncryptJWT(secretClaims).encrypt(k);`,
      `new UnsecuredJWT(c).encode();`,
      `createSigner({ key })(d);`,
      `await sign(e, k);`,
      `simple.encode(f, k);`,
      `jwt.sign(...args);`,
    ].join("\n");
    expect(sites(code).sort()).toEqual(
      ["fast-jwt signer:d", "hono/jwt sign:e", "jose.SignJWT:b", "jose.UnsecuredJWT:c", "jsonwebtoken.sign:a", "jsonwebtoken.sign:unknown", "jwt-simple.encode:f"].sort(),
    );
  });

  it("finds @fastify/jwt decorators in Fastify code only", () => {
    const fastify = `import Fastify from "fastify";\nconst app = Fastify();\napp.post("/", async (req, reply) => reply.jwtSign(a));\napp.jwt.sign(b);`;
    expect(sites(fastify)).toEqual(["@fastify/jwt reply.jwtSign:a", "@fastify/jwt fastify.jwt.sign:b"]);
    expect(sites(`export function f(reply: FastifyReply) { return reply.server.jwt.sign(c); }`)).toEqual(["@fastify/jwt fastify.jwt.sign:c"]);
    expect(sites(`fastify.jwt.sign(d);`)).toEqual(["@fastify/jwt fastify.jwt.sign:d"]);
    expect(sites(`services.jwt.sign(e);`)).toEqual([]);
  });

  it("does not count an injected NestJS JwtService twice", () => {
    const code = `import { JwtService } from "@nestjs/jwt";\nimport Fastify from "fastify";\nclass A {\n  constructor(private jwt: JwtService) {}\n  f() { return this.jwt.sign(p); }\n}`;
    expect(sites(code)).toEqual(["@nestjs/jwt JwtService#sign:p"]);
  });
});

describe("claim checks", () => {
  const results = (code: string): string[] =>
    analyze(code, (context) => findClaimCheckSites(context).map(({ jwtCall, model }) => `${jwtCall.api.name}:${claimChecks(context, jwtCall, model).kind}`));

  it("reads issuer / audience locations per library", () => {
    expect(results(`import jwt from "jsonwebtoken";\njwt.verify(t, k, { issuer: "i" });\njwt.verify(t, k);\njwt.verify(t, k, opts);`)).toEqual([
      "jsonwebtoken.verify:checked",
      "jsonwebtoken.verify:unchecked",
      "jsonwebtoken.verify:unknown",
    ]);
    expect(results(`import { Strategy } from "passport-jwt";\nnew Strategy({ jsonWebTokenOptions: { audience: "a" } }, v);\nnew Strategy({ secretOrKey }, v);`)).toEqual([
      "passport-jwt.Strategy:checked",
      "passport-jwt.Strategy:unchecked",
    ]);
    expect(results(`import { createVerifier } from "fast-jwt";\ncreateVerifier({ key, allowedIss: "i" });\ncreateVerifier({ key, issuer: "i" });`)).toEqual([
      "fast-jwt.createVerifier:checked",
      "fast-jwt.createVerifier:unchecked",
    ]);
    expect(results(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, verify: { allowedAud: "a" } });`)).toEqual(["@fastify/jwt:checked"]);
    expect(results(`import { jwtDecrypt } from "jose";\nawait jwtDecrypt(t, k, { issuer: undefined, audience: null });`)).toEqual(["jose.jwtDecrypt:unchecked"]);
  });

  it("lists @fastify/jwt verify decorators with their options position", () => {
    const code = `import fp from "fastify-plugin";\nexport default fp(async (fastify) => {\n  fastify.addHook("onRequest", (request) => request.jwtVerify({ allowedIss: "i" }));\n  fastify.jwt.verify(token, { allowedAud: "a" });\n});`;
    expect(analyze(code, (context) => findFastifyJwtDecoratorCalls(context).map((call) => `${call.name}:${call.operation}:${call.options}`))).toEqual([
      "@fastify/jwt request.jwtVerify:verify:0",
      "@fastify/jwt fastify.jwt.verify:verify:1",
    ]);
  });
});

describe("onlyRepackagesClaims", () => {
  function firstFunction(context: AnyContext): TSESTree.FunctionLike {
    let found: TSESTree.FunctionLike | undefined;
    walk(context.sourceCode, context.sourceCode.ast, (node) => {
      if (!found && (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression")) found = node;
    });
    if (!found) throw new Error("no function");
    return found;
  }
  const repackages = (code: string): boolean => analyze(code, (context) => onlyRepackagesClaims(context, firstFunction(context)));

  it.each([
    "(payload, done) => done(null, payload)",
    "use(function (p, done) { if (!p.sub) return done(new Error('x')); done(null, { id: String(p.sub), roles: p.roles.map((r) => r.toLowerCase()) }); });",
    "(p, done) => { console.log(p.sub); done(null, Object.assign({}, p)); }",
    "function validate(payload) { if (!payload.sub) throw new UnauthorizedException(); return { userId: payload.sub }; }",
  ])("%s only repackages", (code) => expect(repackages(code)).toBe(true));

  it.each([
    "(payload, done) => User.findById(payload.sub, done)",
    "async (payload, done) => done(null, await users.get(payload.sub))",
    "async function validate(payload) { return this.usersService.findOne(payload.sub); }",
    "(p, done) => done(null, isRevoked(p.jti) ? false : p)",
    "function* verify(p) { yield p; }",
  ])("%s consults something", (code) => expect(repackages(code)).toBe(false));
});
