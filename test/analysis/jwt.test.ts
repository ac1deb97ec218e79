import { describe, expect, it } from "vitest";
import { JOSE_HEADER_PARAMETERS, JWT_APIS, JWT_TIME_CLAIMS } from "../../src/models/jwt.js";
import { mayNameCredential } from "../../src/analysis/credential-words.js";
import { findJwtCalls, mayUseJwtLibrary, signingAlgorithm, verifiesWithKeySet } from "../../src/models/jwt.js";
import { analyze } from "../helpers/analyze.js";

describe("mayUseJwtLibrary", () => {
  it("imports of every modelled module pass the credential-word pre-check (their sign calls make credentials)", () => {
    for (const module of new Set(JWT_APIS.map((api) => api.module))) {
      expect(analyze(`import * as m from "${module}"; probe(m);`, (context) => mayNameCredential(context)), module).toBe(true);
    }
  });

  it("is true only when a JWT library is imported or required", () => {
    expect(analyze(`import jwt from "jsonwebtoken"; probe(jwt);`, (context) => mayUseJwtLibrary(context))).toBe(true);
    expect(analyze(`const { jwtVerify } = require("jose"); probe(jwtVerify);`, (context) => mayUseJwtLibrary(context))).toBe(true);
    expect(analyze(`const jwt = require("./jwt"); probe(jwt);`, (context) => mayUseJwtLibrary(context))).toBe(false);
    expect(analyze(`probe(JSON.parse(s));`, (context) => mayUseJwtLibrary(context))).toBe(false);
  });
});

describe("JWT_APIS acceptsNoneWithoutKey", () => {
  it("marks only jsonwebtoken.verify (unsigned tokens accepted with a falsy key before v9, CVE-2022-23540)", () => {
    const marked = JWT_APIS.filter((api) => api.acceptsNoneWithoutKey);
    expect(marked.map((api) => api.name)).toEqual(["jsonwebtoken.verify"]);
    for (const api of marked) {
      expect(api.operation).toBe("verify");
      expect(api.keys?.length).toBeGreaterThan(0);
      expect(api.verifyAlgorithms?.length).toBeGreaterThan(0);
    }
  });
});

describe("JWT_APIS decode shapes and request verifiers", () => {
  it("says what each decode API returns", () => {
    const decoders = JWT_APIS.filter((api) => api.operation === "decode" && !api.returnsWorker);
    const shapes = Object.fromEntries(decoders.map((api) => [`${api.name} ${api.path.join(".")}`, api.decodes ?? "claims"]));
    expect(shapes["jose.decodeProtectedHeader decodeProtectedHeader"]).toBe("header");
    expect(shapes["hono/jwt decode decode"]).toBe("complete");
    expect(shapes["jose.decodeJwt decodeJwt"]).toBe("claims");
    for (const api of decoders) expect(api.token).toEqual({ arg: 0 });
    expect(JWT_APIS.filter((api) => api.headerOption).map((api) => api.module)).toEqual(["jwt-decode", "jwt-decode"]);
    expect(JWT_APIS.filter((api) => api.completeOption).map((api) => api.name)).toEqual(["jsonwebtoken.decode"]);
  });

  it("marks only middleware and strategies as request verifiers", () => {
    const marked = JWT_APIS.filter((api) => api.verifiesRequests);
    expect([...new Set(marked.map((api) => api.module))].sort()).toEqual(["express-jwt", "hono/jwt", "koa-jwt", "passport-jwt"]);
    for (const api of marked) {
      expect(api.operation).toBe("verify");
      expect(api.token).toBeUndefined();
    }
  });

  it("lists time claims and JOSE header parameters apart from identity claims", () => {
    expect([...JWT_TIME_CLAIMS].sort()).toEqual(["auth_time", "exp", "iat", "nbf"]);
    for (const name of ["alg", "kid", "typ", "jku", "x5c"]) expect(JOSE_HEADER_PARAMETERS.has(name)).toBe(true);
    for (const name of ["sub", "iss", "role"]) expect(JOSE_HEADER_PARAMETERS.has(name)).toBe(false);
  });
});

describe("signingAlgorithm", () => {
  const algorithms = (code: string) =>
    analyze(code, (context) => findJwtCalls(context, (api) => api.operation !== "decode").map((call) => [call.api.name, signingAlgorithm(context, call)]));

  it("reads the static algorithm, and the documented default when none is given", () => {
    expect(
      algorithms(
        `import jwt from "jsonwebtoken";
const ALG = "HS512";
jwt.sign(p, k, { algorithm: ALG });
jwt.sign(p, k);
jwt.sign(p, k, (err, t) => t);
jwt.sign(p, k, { algorithm: process.env.ALG });
jwt.sign(p, k, opts);`,
      ),
    ).toEqual([
      ["jsonwebtoken.sign", "HS512"],
      ["jsonwebtoken.sign", "HS256"],
      ["jsonwebtoken.sign", "HS256"],
      ["jsonwebtoken.sign", undefined],
      ["jsonwebtoken.sign", undefined],
    ]);
  });

  it("has no default where the library has none", () => {
    expect(
      algorithms(`import { JwtModule } from "@nestjs/jwt";
JwtModule.register({ secret: s });
JwtModule.register({ secret: s, signOptions: { algorithm: "RS256" } });`),
    ).toEqual([
      ["@nestjs/jwt JwtModule.register", undefined],
      ["@nestjs/jwt JwtModule.register", "RS256"],
    ]);
    expect(algorithms(`import { sign } from "hono/jwt";
await sign(p, k);
await sign(p, k, "ES256");`)).toEqual([
      ["hono/jwt sign", "HS256"],
      ["hono/jwt sign", "ES256"],
    ]);
  });
});

describe("verifiesWithKeySet", () => {
  const keySets = (code: string) =>
    analyze(code, (context) => findJwtCalls(context, (api) => api.operation === "verify").map((call) => verifiesWithKeySet(context, call)));

  it("recognises jose key sets (inline, through a constant, namespace import) and key functions", () => {
    expect(
      keySets(
        `import * as jose from "jose";
const JWKS = jose.createRemoteJWKSet(new URL(u));
await jose.jwtVerify(t, JWKS);
await jose.jwtVerify(t, jose.createLocalJWKSet(jwks));
await jose.jwtVerify(t, async (header) => keys[header.kid]);
function getKey() { return key; }
await jose.compactVerify(t, getKey);`,
      ),
    ).toEqual([true, true, true, true]);
  });

  it("is false for single keys, unknown keys and other libraries", () => {
    expect(
      keySets(
        `import { jwtVerify, createSecretKey } from "jose";
import { createRemoteJWKSet } from "./local";
await jwtVerify(t, secret);
await jwtVerify(t, createSecretKey(buf));
await jwtVerify(t, createRemoteJWKSet(u));
await jwtVerify(t, ...args);`,
      ),
    ).toEqual([false, false, false, false]);
    expect(keySets(`import jwt from "jsonwebtoken";
jwt.verify(t, (header, cb) => cb(null, key));`)).toEqual([false]);
  });
});
