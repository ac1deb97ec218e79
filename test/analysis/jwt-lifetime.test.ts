import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { DAY, HOUR, MINUTE, SECOND, WEEK, YEAR } from "../../src/analysis/durations.js";
import { JWT_APIS } from "../../src/models/jwt.js";
import {
  FASTIFY_DECORATOR_APIS,
  SIGN_LIFETIMES,
  VERIFY_LIFETIMES,
  findLifetimeCalls,
  formatJoseTimespan,
  joseSignCalls,
  joseSignChain,
  millisecondsExpression,
  moduleSignExpiry,
  parseJoseTimespan,
  readDuration,
  secondsExpression,
  tokenKind,
} from "../../src/models/jwt-lifetime.js";
import { analyze } from "../helpers/analyze.js";

describe("lifetime models", () => {
  const known = new Set([...JWT_APIS.map((api) => api.name), ...FASTIFY_DECORATOR_APIS.map((api) => api.name), "jose.jwtDecrypt"]);
  it("name only modelled APIs", () => {
    for (const model of [...SIGN_LIFETIMES, ...VERIFY_LIFETIMES]) {
      for (const name of model.apis) expect(known.has(name), name).toBe(true);
    }
  });
  it("describe each API once per operation", () => {
    const sign = SIGN_LIFETIMES.flatMap((model) => model.apis);
    const verify = VERIFY_LIFETIMES.flatMap((model) => model.apis);
    expect(new Set(sign).size).toBe(sign.length);
    expect(new Set(verify).size).toBe(verify.length);
  });
  it("record the documented units", () => {
    const unitOf = (name: string) => SIGN_LIFETIMES.find((model) => model.apis.includes(name))?.expiresIn?.unit;
    expect(unitOf("jsonwebtoken.sign")).toBe("s");
    expect(unitOf("@nestjs/jwt JwtModule.register")).toBe("s");
    expect(unitOf("fast-jwt.createSigner")).toBe("ms");
    expect(unitOf("@fastify/jwt")).toBe("s");
    const tolerance = (name: string) => VERIFY_LIFETIMES.find((model) => model.apis.includes(name))?.clockTolerance?.unit;
    expect(tolerance("jsonwebtoken.verify")).toBe("s");
    expect(tolerance("fast-jwt.createVerifier")).toBe("ms");
    expect(tolerance("@fastify/jwt")).toBe("ms");
    expect(tolerance("jose.jwtVerify")).toBe("s");
  });
});

describe("parseJoseTimespan", () => {
  it.each<[string, number]>([
    ["2h", 2 * HOUR],
    ["30d", 30 * DAY],
    ["1 week", WEEK],
    ["1.5 hours", 90 * MINUTE],
    ["1y", YEAR],
    ["90 Minutes", 90 * MINUTE],
    ["+2h", 2 * HOUR],
    ["- 1h", -HOUR],
    ["1 day ago", -DAY],
    ["5 min from now", 5 * MINUTE],
    ["1.4s", SECOND],
  ])("%j → %d ms", (text, ms) => {
    expect(parseJoseTimespan(text)).toBe(ms);
  });
  it.each(["", "60", "500ms", "1mo", "+1h ago", "1  h", "h", "1.h", ".5h", "1e3s", `${"9".repeat(101)}s`])("%j is rejected", (text) => {
    expect(parseJoseTimespan(text)).toBeUndefined();
  });
  it("stays linear on long input", () => {
    expect(parseJoseTimespan("1".repeat(1_000_000))).toBeUndefined();
  });
});

describe("text for suggestions", () => {
  it("formats jose timespans in whole seconds", () => {
    expect(formatJoseTimespan(HOUR)).toBe("1h");
    expect(formatJoseTimespan(30 * DAY)).toBe("30d");
    expect(formatJoseTimespan(90 * SECOND)).toBe("90s");
    expect(formatJoseTimespan(1500)).toBe("1s");
    expect(formatJoseTimespan(10)).toBe("1s");
  });
  it("writes seconds and milliseconds as products", () => {
    expect(secondsExpression(3600)).toBe("60 * 60");
    expect(secondsExpression(30 * 86400)).toBe("30 * 24 * 60 * 60");
    expect(secondsExpression(900)).toBe("15 * 60");
    expect(secondsExpression(90)).toBe("90");
    expect(millisecondsExpression(HOUR)).toBe("60 * 60 * 1000");
    expect(millisecondsExpression(1500)).toBe("1500");
  });
});

describe("readDuration", () => {
  function read(code: string, slot: Parameters<typeof readDuration>[2]) {
    return analyze(code, (context) => {
      const last = context.sourceCode.ast.body[context.sourceCode.ast.body.length - 1] as TSESTree.VariableDeclaration;
      const value = readDuration(context, last.declarations[0].init!, slot);
      return value && { ms: value.ms, form: value.form };
    });
  }
  it("reads numbers in the slot's unit and strings in its syntax", () => {
    expect(read("const v = 3600;", { unit: "s", syntax: "ms" })).toEqual({ ms: HOUR, form: "number" });
    expect(read("const v = 3600;", { unit: "ms", syntax: "ms" })).toEqual({ ms: 3600, form: "number" });
    expect(read('const v = "2 days";', { unit: "s", syntax: "ms" })).toEqual({ ms: 2 * DAY, form: "string" });
    expect(read('const v = "2h";', { unit: "s", syntax: "jose" })).toEqual({ ms: 2 * HOUR, form: "string" });
    expect(read('const TTL = "7d";\nconst v = TTL;', { unit: "s", syntax: "ms" })).toEqual({ ms: 7 * DAY, form: "string" });
    expect(read("const v = Infinity;", { unit: "s", syntax: "number" })).toEqual({ ms: Infinity, form: "number" });
  });
  it("is undefined for unknown, malformed or mistyped values", () => {
    expect(read("const v = process.env.TTL;", { unit: "s", syntax: "ms" })).toBeUndefined();
    expect(read('const v = "1 fortnight";', { unit: "s", syntax: "ms" })).toBeUndefined();
    expect(read('const v = "500ms";', { unit: "s", syntax: "jose" })).toBeUndefined();
    expect(read('const v = "300";', { unit: "s", syntax: "number" })).toBeUndefined();
    expect(read("const v = NaN;", { unit: "s", syntax: "ms" })).toBeUndefined();
  });
});

describe("joseSignChain", () => {
  function chainOf(code: string) {
    return analyze(code, (context) =>
      joseSignCalls(context).map((call) => {
        const chain = joseSignChain(context, call.node);
        return { complete: chain.complete, construct: !!chain.construct, methods: [...chain.calls.keys()].sort() };
      }),
    );
  }
  it("follows an inline builder chain", () => {
    expect(chainOf(`import { SignJWT } from "jose";\nawait new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(k);`)).toEqual([
      { complete: true, construct: true, methods: ["setExpirationTime", "setProtectedHeader"] },
    ]);
  });
  it("collects calls on a constant builder", () => {
    expect(
      chainOf(`import * as jose from "jose";\nconst b = new jose.SignJWT({}).setIssuedAt();\nb.setProtectedHeader({ alg: "ES256" });\nif (long) b.setExpirationTime("30d");\nawait b.sign(k);`),
    ).toEqual([{ complete: true, construct: true, methods: ["setExpirationTime", "setIssuedAt", "setProtectedHeader", "sign"] }]);
  });
  it("is incomplete for builders from elsewhere", () => {
    expect(chainOf(`import type { SignJWT } from "jose";\nexport async function f(b: SignJWT) { return b.sign(k); }`)).toEqual([
      { complete: false, construct: false, methods: [] },
    ]);
  });
});

describe("tokenKind", () => {
  function kindOf(code: string) {
    return analyze(code, (context) => {
      const [call] = findLifetimeCalls(context, "sign");
      const payload = call.call.node.arguments[0] as TSESTree.Node;
      return tokenKind(context, { producer: call.call.node, payload, names: [call.call.node.arguments[1] as TSESTree.Node] });
    });
  }
  const JWT = `import jwt from "jsonwebtoken";\n`;
  it.each<[string, string]>([
    [`${JWT}jwt.sign({ sub }, key);`, "access"],
    [`${JWT}jwt.sign({ sub, typ: "refresh" }, key);`, "refresh"],
    [`${JWT}jwt.sign({ sub, token_use: "access" }, key);`, "access"],
    [`${JWT}const refreshToken = jwt.sign({ sub }, key);`, "refresh"],
    [`${JWT}this.refresh_token = jwt.sign({ sub }, key);`, "refresh"],
    [`${JWT}const tokens = { refreshToken: jwt.sign({ sub }, key) };`, "refresh"],
    [`${JWT}jwt.sign({ sub }, process.env.JWT_REFRESH_SECRET);`, "refresh"],
    [`${JWT}function issueRefresh() { return jwt.sign({ sub }, key); }`, "refresh"],
    [`${JWT}function refresh() { const accessToken = jwt.sign({ sub }, key); }`, "access"],
    [`${JWT}class RefreshTokenService { issue() { return jwt.sign({ sub }, key); } }`, "refresh"],
    [`${JWT}const refreshed = jwt.sign({ sub, type: "access" }, refreshSecret);`, "access"],
  ])("%s → %s", (code, kind) => {
    expect(kindOf(code)).toBe(kind);
  });
});

describe("moduleSignExpiry and @fastify/jwt decorators", () => {
  it("tells whether module-level sign options in the file set an expiry", () => {
    const status = (code: string, module: string) => analyze(code, (context) => moduleSignExpiry(context, module));
    const NEST = `import { JwtModule } from "@nestjs/jwt";\n`;
    expect(status(`${NEST}JwtModule.register({ secret, signOptions: { expiresIn: "1h" } });`, "@nestjs/jwt")).toBe("present");
    expect(status(`${NEST}JwtModule.register({ secret });`, "@nestjs/jwt")).toBe("absent");
    expect(status(`${NEST}JwtModule.register(options);`, "@nestjs/jwt")).toBe("unknown");
    expect(status(`${NEST}JwtModule.registerAsync({ useClass: Config });`, "@nestjs/jwt")).toBe("unknown");
    expect(status(`import { JwtService } from "@nestjs/jwt";\nexport class A { constructor(private jwt: JwtService) {} }`, "@nestjs/jwt")).toBe("unknown");
    expect(status(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, sign: { expiresIn: 60 } });`, "@fastify/jwt")).toBe("present");
  });
  it("finds decorators only in files that use Fastify", () => {
    const names = (code: string) => analyze(code, (context) => findLifetimeCalls(context, "sign").map((call) => call.api.name));
    expect(names(`import type { FastifyReply } from "fastify";\nexport const f = (reply: FastifyReply) => reply.jwtSign({ sub });`)).toEqual(["@fastify/jwt reply.jwtSign"]);
    expect(names(`import fp from "fastify-plugin";\nexport default fp(async (app) => { app.jwt.sign({ sub }); });`)).toEqual(["@fastify/jwt fastify.jwt.sign"]);
    expect(names(`export const f = (reply) => reply.jwtSign({ sub });`)).toEqual([]);
    expect(names(`import Fastify from "fastify";\nimport jwt from "jsonwebtoken";\nconst deps = { jwt };\njwt.sign({ sub }, key);`)).toEqual(["jsonwebtoken.sign"]);
  });
});
