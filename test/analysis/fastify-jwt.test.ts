import { describe, expect, it } from "vitest";
import { findFastifyJwtDecorators, mayHaveFastifyJwtImport } from "../../src/models/fastify-jwt.js";
import { findFastifyJwtDecoratorCalls } from "../../src/models/jwt-claims.js";
import { findLifetimeCalls } from "../../src/models/jwt-lifetime.js";
import { analyze } from "../helpers/analyze.js";

/** `method viaJwt onFastify` per call, then the file's evidence. */
function decorators(code: string): { calls: string[]; importsFastify: boolean; namesFastifyType: boolean } {
  return analyze(code, (context) => {
    const found = findFastifyJwtDecorators(context);
    return {
      calls: found.calls.map((call) => `${call.method}${call.viaJwt ? " viaJwt" : ""}${call.onFastify ? " onFastify" : ""}@${call.call.loc.start.line}`),
      importsFastify: found.importsFastify,
      namesFastifyType: found.namesFastifyType,
    };
  });
}

describe("findFastifyJwtDecorators", () => {
  it("finds the four decorators by name, in traversal order", () => {
    const code = [
      `import Fastify from "fastify";`,
      `const app = Fastify();`,
      `app.post("/login", async (request, reply) => reply.jwtSign({ sub: "1" }));`,
      `app.addHook("onRequest", (request) => request.jwtVerify());`,
      `app.jwt.sign({ sub: "1" });`,
      `fastify.jwt.verify(token);`,
    ].join("\n");
    expect(decorators(code)).toEqual({
      calls: ["jwtSign@3", "jwtVerify@4", "sign viaJwt@5", "verify viaJwt onFastify@6"],
      importsFastify: true,
      namesFastifyType: false,
    });
  });

  it("sees through TypeScript wrappers and optional chaining", () => {
    const code = `import fp from "fastify-plugin";\nexport default fp(async (app) => {\n  app.jwt!.sign({ sub });\n  (app.jwt as Jwt).verify(token);\n  app.jwt?.sign({ sub });\n  app["jwt"].verify(token);\n  app.jwt\n    .sign({ sub });\n});`;
    expect(decorators(code).calls).toEqual(["sign viaJwt@3", "verify viaJwt@4", "sign viaJwt@5", "verify viaJwt@6", "sign viaJwt@7"]);
    // The text gate misses an `as` cast alone (it needs `jwtSign`, `jwtVerify`, `jwt.` or `["jwt"]` somewhere).
    expect(decorators(`import fp from "fastify-plugin";\nexport default fp(async (app) => (app.jwt as Jwt).verify(token));`).calls).toEqual([]);
  });

  it("tells the evidence of Fastify apart: an import (type-only and the old fastify-jwt too), a Fastify type name, neither", () => {
    expect(decorators(`import type { FastifyReply } from "fastify";\nexport const f = (reply: FastifyReply) => reply.jwtSign({ sub });`)).toMatchObject({ importsFastify: true, namesFastifyType: true });
    expect(decorators(`const fastifyJwt = require("fastify-jwt");\nmodule.exports = (reply) => reply.jwtSign({ sub });`)).toMatchObject({ importsFastify: true, namesFastifyType: false });
    expect(decorators(`export const f = (reply: FastifyReply) => reply.jwtSign({ sub });`)).toMatchObject({ importsFastify: false, namesFastifyType: true });
    expect(decorators(`export const f = (reply) => reply.jwtSign({ sub });`)).toEqual({ calls: ["jwtSign@1"], importsFastify: false, namesFastifyType: false });
  });

  it("leaves calls that a JWT library's index resolves to that model", () => {
    const nest = `import { JwtService } from "@nestjs/jwt";\nexport class Auth {\n  constructor(private readonly jwt: JwtService) {}\n  issue() { return this.jwt.sign({ sub: "1" }); }\n  check(token: string) { return this.jwt.verify(token); }\n}`;
    expect(decorators(nest).calls).toEqual([]);
    // The same shape on an instance the index does not know is a decorator candidate.
    expect(decorators(nest.replace("private readonly jwt: JwtService", "private readonly jwt: Other")).calls).toEqual(["sign viaJwt@4", "verify viaJwt@5"]);
  });

  it("ignores other sign / verify calls and files that never spell jwt", () => {
    expect(decorators(`import Fastify from "fastify";\napp.signer.sign(value);\ncrypto.verify(a, b, c, d);\nreply.jwtSignature(x);`).calls).toEqual([]);
    expect(decorators(`import Fastify from "fastify";\nreply.send(token);`)).toEqual({ calls: [], importsFastify: false, namesFastifyType: false });
  });

  it("gates on the text and the Fastify imports", () => {
    const gate = (code: string) => analyze(code, (context) => mayHaveFastifyJwtImport(context));
    expect(gate(`import fp from "fastify-plugin";\nexport default fp(async (app) => app.jwt.sign({ sub }));`)).toBe(true);
    expect(gate(`export default async (app) => app.jwt.sign({ sub });`)).toBe(false);
    expect(gate(`import Fastify from "fastify";\nFastify().listen();`)).toBe(false);
  });
});

describe("what each model keeps", () => {
  const claims = (code: string) => analyze(code, (context) => findFastifyJwtDecoratorCalls(context).map((call) => `${call.name}:${call.operation}:${call.options}`));
  const lifetime = (code: string) =>
    analyze(code, (context) => [...findLifetimeCalls(context, "sign"), ...findLifetimeCalls(context, "verify")].map((call) => call.api.name));

  it("claims: the reply and request methods anywhere, `.jwt.` calls with evidence of Fastify or on `fastify`", () => {
    expect(claims(`export const f = (reply) => reply.jwtSign({ sub });`)).toEqual(["@fastify/jwt reply.jwtSign:sign:1"]);
    expect(claims(`export default async (app) => app.jwt.sign({ sub });`)).toEqual([]);
    expect(claims(`export default async (fastify) => fastify.jwt.verify(token, { allowedIss: "i" });`)).toEqual(["@fastify/jwt fastify.jwt.verify:verify:1"]);
    expect(claims(`export default async (app: FastifyInstance) => app.jwt!.sign({ password });`)).toEqual(["@fastify/jwt fastify.jwt.sign:sign:1"]);
  });

  it("lifetime: every decorator, only in files that import a Fastify module", () => {
    expect(lifetime(`export const f = (reply) => reply.jwtSign({ sub }, { expiresIn: "30d" });`)).toEqual([]);
    expect(lifetime(`export default async (app: FastifyInstance) => app.jwt.sign({ sub }, { expiresIn: "30d" });`)).toEqual([]);
    expect(lifetime(`const fastifyJwt = require("fastify-jwt");\nmodule.exports = (request, reply) => { request.jwtVerify({ ignoreExpiration: true }); return reply.jwtSign({ sub }); };`)).toEqual([
      "@fastify/jwt reply.jwtSign",
      "@fastify/jwt request.jwtVerify",
    ]);
  });
});
