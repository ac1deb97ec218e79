/**
 * JWT libraries as data: for every API, where the payload, token, key and options are, what
 * the option names are, and what the library does by default. Rules read this; they never
 * name a module themselves.
 *
 * Checked against the libraries' documentation and type declarations (2026-11):
 * jsonwebtoken 9.0.2, jose 6.x, jwt-simple 0.5.6, fast-jwt 6.x, express-jwt 8.x,
 * passport-jwt 4.0.1, @nestjs/jwt 11.x, @fastify/jwt 9.x, hono 4.x (hono/jwt), koa-jwt 4.x,
 * jwt-decode 4.x.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { INSTANCE, RESULT, builderKey, type CallKind, type ModuleCall, type TrackerConfig } from "../analysis/modules.js";
import { EMPTY_MODULE_INDEX, mentionsTrackedModule, moduleIndexOf } from "../analysis/module-gate.js";
import { mayNameCredential } from "../analysis/credential-words.js";
import { argumentAt, argumentsUnknownFrom, unwrap, type AnyContext } from "../analysis/ast.js";
import { readPath, readProperty, resolveFunction, resolveNode, staticValue, type PropertyResult } from "../analysis/values.js";

/** A place where a value is given: a positional argument, or a property path inside the options. */
export type Location = { readonly arg: number } | { readonly option: readonly string[] };

export type JwtOperation =
  /** Issues a token (payload → token). */
  | "sign"
  /** Verifies a token (signature checked). */
  | "verify"
  /** Reads claims without checking the signature. */
  | "decode"
  /** Configures a library or middleware that both signs and/or verifies (options only). */
  | "configure";

/** What a verifier accepts when no allow-list is configured. */
export type AlgorithmDefault =
  /** Any algorithm that fits the key type (jsonwebtoken 9, fast-jwt): HMAC for secrets, asymmetric for public keys. */
  | "key-type"
  /** Fixed by the API (hono `verify` defaults to HS256; jose pins the family for a single key). */
  | "pinned"
  /** The library refuses to start without one (express-jwt >= 6). */
  | "required";

export interface JwtApi {
  /** Human name used in messages: `jsonwebtoken.verify`. */
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds?: readonly CallKind[];
  /** A plugin registered with `app.register(plugin, options)` (Fastify). */
  readonly registered?: boolean;
  readonly operation: JwtOperation;
  /** Index of the options object argument (for `registered`, the index in the register call). */
  readonly options?: number;
  /** Options come from `useFactory`'s return value (NestJS `registerAsync`). */
  readonly optionsFromFactory?: boolean;
  readonly payload?: Location;
  readonly token?: Location;
  /** Secret / private key used to sign, or secret / public key used to verify. */
  readonly keys?: readonly Location[];
  /** Where the signing algorithm is chosen. */
  readonly signAlgorithm?: readonly Location[];
  /** The algorithm a sign API uses when `signAlgorithm` is not given (documented default; HS256 for jsonwebtoken, jwt-simple, hono). */
  readonly signAlgorithmDefault?: string;
  /** Where the verification allow-list (or the single accepted algorithm) is given. */
  readonly verifyAlgorithms?: readonly Location[];
  /** Behaviour when `verifyAlgorithms` is not given. */
  readonly algorithmDefault?: AlgorithmDefault;
  /** A truthy value at this argument disables signature checking (jwt-simple `decode(token, key, noVerify)`). */
  readonly noVerify?: Location;
  /** The call returns a function that does the real work (fast-jwt factories). */
  readonly returnsWorker?: boolean;
  /** Middleware or strategy that verifies the token of every request it is mounted on (no token argument in the call). */
  readonly verifiesRequests?: boolean;
  /**
   * For decode APIs: what the result holds. `claims` (default) is the payload, `header` the JOSE
   * header only, `complete` an object `{ header, payload }` (hono `decode`).
   */
  readonly decodes?: "claims" | "header" | "complete";
  /** For decode APIs: an option that, when true, makes the call return the header (jwt-decode `{ header: true }`). */
  readonly headerOption?: Location;
  /** For decode APIs: an option that, when true, makes the call return `{ header, payload, signature }` (jsonwebtoken `{ complete: true }`). */
  readonly completeOption?: Location;
  /**
   * With a known-falsy key and no `verifyAlgorithms`, the verifier accepts unsigned `alg: "none"`
   * tokens (jsonwebtoken < 9, CVE-2022-23540; version 9 rejects them, but the call still states that intent).
   */
  readonly acceptsNoneWithoutKey?: boolean;
}

const sign = (...path: string[]): readonly string[] => path;

export const JWT_APIS: readonly JwtApi[] = [
  // jsonwebtoken: sign(payload, secretOrPrivateKey, [options, callback]); verify(token, secretOrPublicKey, [options, callback]); decode(token, [options]).
  { name: "jsonwebtoken.sign", module: "jsonwebtoken", path: sign("sign"), operation: "sign", payload: { arg: 0 }, keys: [{ arg: 1 }], options: 2, signAlgorithm: [{ option: ["algorithm"] }], signAlgorithmDefault: "HS256" },
  { name: "jsonwebtoken.verify", module: "jsonwebtoken", path: sign("verify"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], options: 2, verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "key-type", acceptsNoneWithoutKey: true },
  { name: "jsonwebtoken.decode", module: "jsonwebtoken", path: sign("decode"), operation: "decode", token: { arg: 0 }, options: 1, completeOption: { option: ["complete"] } },

  // jose: jwtVerify(jwt, key, options{algorithms}); compactVerify / flattenedVerify / generalVerify; decodeJwt; decodeProtectedHeader.
  { name: "jose.jwtVerify", module: "jose", path: sign("jwtVerify"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], options: 2, verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "pinned" },
  { name: "jose.compactVerify", module: "jose", path: sign("compactVerify"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], options: 2, verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "pinned" },
  { name: "jose.flattenedVerify", module: "jose", path: sign("flattenedVerify"), operation: "verify", keys: [{ arg: 1 }], options: 2, verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "pinned" },
  { name: "jose.generalVerify", module: "jose", path: sign("generalVerify"), operation: "verify", keys: [{ arg: 1 }], options: 2, verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "pinned" },
  { name: "jose.decodeJwt", module: "jose", path: sign("decodeJwt"), operation: "decode", token: { arg: 0 } },
  { name: "jose.decodeProtectedHeader", module: "jose", path: sign("decodeProtectedHeader"), operation: "decode", token: { arg: 0 }, decodes: "header" },
  // jose builders: new SignJWT(payload).setProtectedHeader({ alg }).sign(key)
  { name: "jose.SignJWT", module: "jose", path: sign("SignJWT"), kinds: ["new"], operation: "sign", payload: { arg: 0 } },
  { name: "jose.SignJWT#sign", module: "jose", path: ["SignJWT", INSTANCE, "sign"], operation: "sign", keys: [{ arg: 0 }] },
  { name: "jose.CompactSign#sign", module: "jose", path: ["CompactSign", INSTANCE, "sign"], operation: "sign", keys: [{ arg: 0 }] },
  { name: "jose.FlattenedSign#sign", module: "jose", path: ["FlattenedSign", INSTANCE, "sign"], operation: "sign", keys: [{ arg: 0 }] },

  // jwt-simple: encode(payload, key, [algorithm, options]); decode(token, key, [noVerify, algorithm]).
  { name: "jwt-simple.encode", module: "jwt-simple", path: sign("encode"), operation: "sign", payload: { arg: 0 }, keys: [{ arg: 1 }], signAlgorithm: [{ arg: 2 }], signAlgorithmDefault: "HS256" },
  { name: "jwt-simple.decode", module: "jwt-simple", path: sign("decode"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], noVerify: { arg: 2 }, verifyAlgorithms: [{ arg: 3 }], algorithmDefault: "key-type" },

  // fast-jwt: createSigner({ key, algorithm, expiresIn }) → signer(payload); createVerifier({ key, algorithms }) → verifier(token); createDecoder() → decoder(token).
  { name: "fast-jwt.createSigner", module: "fast-jwt", path: sign("createSigner"), operation: "sign", options: 0, keys: [{ option: ["key"] }], signAlgorithm: [{ option: ["algorithm"] }], returnsWorker: true },
  { name: "fast-jwt.createVerifier", module: "fast-jwt", path: sign("createVerifier"), operation: "verify", options: 0, keys: [{ option: ["key"] }], verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "key-type", returnsWorker: true },
  { name: "fast-jwt.createDecoder", module: "fast-jwt", path: sign("createDecoder"), operation: "decode", options: 0, returnsWorker: true },
  { name: "fast-jwt signer", module: "fast-jwt", path: ["createSigner", RESULT], operation: "sign", payload: { arg: 0 } },
  { name: "fast-jwt verifier", module: "fast-jwt", path: ["createVerifier", RESULT], operation: "verify", token: { arg: 0 } },
  { name: "fast-jwt decoder", module: "fast-jwt", path: ["createDecoder", RESULT], operation: "decode", token: { arg: 0 } },

  // express-jwt: expressjwt({ secret, algorithms, isRevoked }) (v7+); the default export in v5/v6.
  { name: "express-jwt", module: "express-jwt", path: sign("expressjwt"), operation: "verify", verifiesRequests: true, options: 0, keys: [{ option: ["secret"] }], verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "required" },
  { name: "express-jwt", module: "express-jwt", path: [], operation: "verify", verifiesRequests: true, options: 0, keys: [{ option: ["secret"] }], verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "required" },

  // koa-jwt: koaJwt({ secret, algorithms, isRevoked }).
  { name: "koa-jwt", module: "koa-jwt", path: [], operation: "verify", verifiesRequests: true, options: 0, keys: [{ option: ["secret"] }], verifyAlgorithms: [{ option: ["algorithms"] }], algorithmDefault: "key-type" },

  // passport-jwt: new Strategy({ secretOrKey, algorithms, jsonWebTokenOptions }, verify); also `super({...})` in NestJS PassportStrategy(Strategy) subclasses.
  {
    name: "passport-jwt.Strategy",
    module: "passport-jwt",
    path: sign("Strategy"),
    kinds: ["new", "super"],
    operation: "verify",
    verifiesRequests: true,
    options: 0,
    keys: [{ option: ["secretOrKey"] }],
    verifyAlgorithms: [{ option: ["algorithms"] }, { option: ["jsonWebTokenOptions", "algorithms"] }],
    algorithmDefault: "key-type",
  },

  // @nestjs/jwt: JwtModule.register({ secret, privateKey, publicKey, signOptions, verifyOptions }); registerAsync({ useFactory }); new JwtService(options); JwtService#sign/signAsync/verify/verifyAsync/decode.
  ...(["register", "registerAsync"] as const).map(
    (method): JwtApi => ({
      name: `@nestjs/jwt JwtModule.${method}`,
      module: "@nestjs/jwt",
      path: ["JwtModule", method],
      operation: "configure",
      options: 0,
      optionsFromFactory: method === "registerAsync",
      keys: [{ option: ["secret"] }, { option: ["privateKey"] }],
      signAlgorithm: [{ option: ["signOptions", "algorithm"] }],
      verifyAlgorithms: [{ option: ["verifyOptions", "algorithms"] }],
      algorithmDefault: "key-type",
    }),
  ),
  {
    name: "@nestjs/jwt JwtService",
    module: "@nestjs/jwt",
    path: sign("JwtService"),
    kinds: ["new"],
    operation: "configure",
    options: 0,
    keys: [{ option: ["secret"] }, { option: ["privateKey"] }],
    signAlgorithm: [{ option: ["signOptions", "algorithm"] }],
    verifyAlgorithms: [{ option: ["verifyOptions", "algorithms"] }],
    algorithmDefault: "key-type",
  },
  ...(["sign", "signAsync"] as const).map(
    (method): JwtApi => ({
      name: `@nestjs/jwt JwtService#${method}`,
      module: "@nestjs/jwt",
      path: ["JwtService", INSTANCE, method],
      operation: "sign",
      payload: { arg: 0 },
      options: 1,
      keys: [{ option: ["secret"] }, { option: ["privateKey"] }],
      signAlgorithm: [{ option: ["algorithm"] }],
    }),
  ),
  ...(["verify", "verifyAsync"] as const).map(
    (method): JwtApi => ({
      name: `@nestjs/jwt JwtService#${method}`,
      module: "@nestjs/jwt",
      path: ["JwtService", INSTANCE, method],
      operation: "verify",
      token: { arg: 0 },
      options: 1,
      keys: [{ option: ["secret"] }, { option: ["publicKey"] }],
      verifyAlgorithms: [{ option: ["algorithms"] }],
      // Per-call options are merged over the module's `verifyOptions`, which this file may not show.
      algorithmDefault: "pinned",
    }),
  ),
  { name: "@nestjs/jwt JwtService#decode", module: "@nestjs/jwt", path: ["JwtService", INSTANCE, "decode"], operation: "decode", token: { arg: 0 } },

  // @fastify/jwt: fastify.register(fastifyJwt, { secret, sign: { algorithm }, verify: { algorithms } }).
  {
    name: "@fastify/jwt",
    module: "@fastify/jwt",
    path: [],
    registered: true,
    operation: "configure",
    options: 1,
    keys: [{ option: ["secret"] }, { option: ["secret", "private"] }],
    signAlgorithm: [{ option: ["sign", "algorithm"] }],
    verifyAlgorithms: [{ option: ["verify", "algorithms"] }],
    algorithmDefault: "key-type",
  },

  // hono/jwt: sign(payload, key, alg = "HS256"); verify(token, key, algOrOptions = "HS256"); decode(token); jwt({ secret, alg }) middleware.
  { name: "hono/jwt sign", module: "hono/jwt", path: sign("sign"), operation: "sign", payload: { arg: 0 }, keys: [{ arg: 1 }], signAlgorithm: [{ arg: 2 }], signAlgorithmDefault: "HS256" },
  { name: "hono/jwt verify", module: "hono/jwt", path: sign("verify"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], verifyAlgorithms: [{ arg: 2 }, { option: ["alg"] }], options: 2, algorithmDefault: "pinned" },
  { name: "hono/jwt decode", module: "hono/jwt", path: sign("decode"), operation: "decode", token: { arg: 0 }, decodes: "complete" },
  { name: "hono/jwt middleware", module: "hono/jwt", path: sign("jwt"), operation: "verify", verifiesRequests: true, options: 0, keys: [{ option: ["secret"] }], verifyAlgorithms: [{ option: ["alg"] }], algorithmDefault: "pinned" },
  { name: "hono/utils/jwt sign", module: "hono/utils/jwt/jwt", path: sign("sign"), operation: "sign", payload: { arg: 0 }, keys: [{ arg: 1 }], signAlgorithm: [{ arg: 2 }], signAlgorithmDefault: "HS256" },
  { name: "hono/utils/jwt verify", module: "hono/utils/jwt/jwt", path: sign("verify"), operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], verifyAlgorithms: [{ arg: 2 }], algorithmDefault: "pinned" },
  { name: "hono/utils/jwt decode", module: "hono/utils/jwt/jwt", path: sign("decode"), operation: "decode", token: { arg: 0 }, decodes: "complete" },

  // jwt-decode: jwtDecode(token, { header }) (v4 named export; default export before v4).
  { name: "jwt-decode", module: "jwt-decode", path: sign("jwtDecode"), operation: "decode", token: { arg: 0 }, options: 1, headerOption: { option: ["header"] } },
  { name: "jwt-decode", module: "jwt-decode", path: [], operation: "decode", token: { arg: 0 }, options: 1, headerOption: { option: ["header"] } },
];

/** Registered time claims (RFC 7519 §4.1.4–4.1.6, OpenID Connect `auth_time`): when a token expires, not who holds it. */
export const JWT_TIME_CLAIMS: ReadonlySet<string> = new Set(["exp", "iat", "nbf", "auth_time"]);

/** JOSE header parameters (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7797, RFC 8555): they describe the token, they are not claims. */
export const JOSE_HEADER_PARAMETERS: ReadonlySet<string> = new Set([
  "alg", "kid", "typ", "cty", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit", "enc", "zip", "b64", "ppt", "epk", "apu", "apv", "iv", "tag", "p2s", "p2c", "url", "nonce",
]);

/** jose calls that produce or accept unsecured (`alg: "none"`) tokens. */
export const UNSECURED_JWT_APIS: readonly { name: string; module: string; path: readonly string[]; kinds: readonly CallKind[] }[] = [
  { name: "jose UnsecuredJWT", module: "jose", path: ["UnsecuredJWT"], kinds: ["new"] },
  { name: "jose UnsecuredJWT.decode", module: "jose", path: ["UnsecuredJWT", "decode"], kinds: ["call"] },
];

/** jose builders whose protected header carries `alg`. */
export const PROTECTED_HEADER_APIS: readonly { name: string; module: string; path: readonly string[] }[] = [
  { name: "jose.SignJWT#setProtectedHeader", module: "jose", path: ["SignJWT", INSTANCE, "setProtectedHeader"] },
  { name: "jose.CompactSign#setProtectedHeader", module: "jose", path: ["CompactSign", INSTANCE, "setProtectedHeader"] },
  { name: "jose.FlattenedSign#setProtectedHeader", module: "jose", path: ["FlattenedSign", INSTANCE, "setProtectedHeader"] },
];

/** jose key sets and key functions: with them the verifier accepts whatever `alg` the header names within the set. */
export const JOSE_KEY_SET_FACTORIES: readonly (readonly string[])[] = [["createRemoteJWKSet"], ["createLocalJWKSet"]];

/** Modules whose methods of the same name are NOT JWT APIs (kept for documentation and tests). */
export const JWT_MODULES: ReadonlySet<string> = new Set(JWT_APIS.map((api) => api.module).concat("@nestjs/passport"));

const BUILDER_METHODS = new Set([
  "setProtectedHeader",
  "setIssuer",
  "setSubject",
  "setAudience",
  "setJti",
  "setNotBefore",
  "setExpirationTime",
  "setIssuedAt",
  "setKeyManagementParameters",
  "setContentEncryptionKey",
  "setInitializationVector",
  "replicateIssuerAsHeader",
  "replicateSubjectAsHeader",
  "replicateAudienceAsHeader",
  "setUnprotectedHeader",
  "setType",
]);

/** The tracker configuration for JWT libraries (a module constant, so the per-file index is shared). */
export const JWT_TRACKER: TrackerConfig = {
  modules: JWT_MODULES,
  builders: new Map(
    ["SignJWT", "EncryptJWT", "UnsecuredJWT", "CompactSign", "FlattenedSign", "CompactEncrypt"].map((cls) => [
      builderKey("jose", [cls, INSTANCE]),
      BUILDER_METHODS,
    ]),
  ),
};

/** One call of a modelled JWT API. */
export interface JwtCall {
  readonly api: JwtApi;
  readonly call: ModuleCall;
  /** The options object expression, when the API takes one and it is given. */
  readonly options: TSESTree.Node | undefined;
  /** True when a spread argument (or an unresolvable factory) hides the options. */
  readonly optionsUnknown: boolean;
}

/**
 * False when the file imports or requires none of the JWT libraries, so `findJwtCalls` and the
 * JWT module index find nothing. Rules call it in `create` to bail out.
 *
 * The credential-word test comes first: every JWT library's name spells a word it looks for
 * (`jwt`, `jose`, `token`: the tests check every module of `JWT_APIS`), and it is one test of
 * the text per file that every credential rule shares, so the two thirds of files that spell no
 * such word never compute their module entry points for the JWT rules.
 */
export function mayUseJwtLibrary(context: AnyContext): boolean {
  return mayNameCredential(context) && mentionsTrackedModule(context, JWT_TRACKER);
}

/** Every call in the file of the modelled APIs, optionally filtered by operation. */
export function findJwtCalls(context: AnyContext, filter?: (api: JwtApi) => boolean): JwtCall[] {
  const index = moduleIndexOf(context, JWT_TRACKER);
  const out: JwtCall[] = [];
  if (index === EMPTY_MODULE_INDEX) return out;
  for (const api of JWT_APIS) {
    if (!index.imports(api.module)) continue;
    if (filter && !filter(api)) continue;
    if (api.registered) {
      for (const use of index.argumentsOf(api.module, api.path)) {
        if (use.index !== 0 || !isRegisterCall(use.call)) continue;
        const call: ModuleCall = { module: api.module, path: api.path, kind: "call", node: use.call, callee: use.call.callee };
        out.push(withOptions(context, api, call));
      }
      continue;
    }
    const kinds = api.kinds ?? ["call"];
    for (const call of index.calls(api.module, api.path)) {
      if (!kinds.includes(call.kind)) continue;
      out.push(withOptions(context, api, call));
    }
  }
  return out;
}

function isRegisterCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" && callee.property.name === "register";
}

function withOptions(context: AnyContext, api: JwtApi, call: ModuleCall): JwtCall {
  if (api.options === undefined) return { api, call, options: undefined, optionsUnknown: false };
  const given = argumentAt(call.node, api.options);
  const hidden = argumentsUnknownFrom(call.node, api.options);
  if (!given) return { api, call, options: undefined, optionsUnknown: hidden };
  if (api.optionsFromFactory) {
    const factory = readProperty(context, given, "useFactory");
    if (factory.kind !== "present") return { api, call, options: undefined, optionsUnknown: factory.kind === "unknown" };
    const fn = resolveFunction(context, factory.node);
    const returned = fn ? returnedExpression(fn) : undefined;
    return { api, call, options: returned, optionsUnknown: !returned };
  }
  // A callback in the options position (jsonwebtoken `verify(token, key, callback)`) means "no options".
  const resolved = unwrap(given);
  if (resolved.type === "ArrowFunctionExpression" || resolved.type === "FunctionExpression") {
    return { api, call, options: undefined, optionsUnknown: false };
  }
  return { api, call, options: given, optionsUnknown: false };
}

/** The object a factory function returns: `() => ({...})`, `async () => ({...})`, or a single `return {...}`. */
export function returnedExpression(
  fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration,
): TSESTree.Node | undefined {
  if (fn.body.type !== "BlockStatement") return fn.body;
  const returns = fn.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === "ReturnStatement");
  if (returns.length !== 1 || !returns[0].argument) return undefined;
  return returns[0].argument;
}

/**
 * Reads a location of a JWT call: a positional argument or a path inside its options.
 * `absent` carries the options object literal when a suggestion can add to it.
 */
export function readLocation(context: AnyContext, jwtCall: JwtCall, location: Location): PropertyResult {
  if ("arg" in location) {
    const argument = argumentAt(jwtCall.call.node, location.arg);
    if (argument) return { kind: "present", node: unwrap(argument) };
    return argumentsUnknownFrom(jwtCall.call.node, location.arg) ? { kind: "unknown" } : { kind: "absent" };
  }
  if (jwtCall.optionsUnknown) return { kind: "unknown" };
  if (!jwtCall.options) return { kind: "absent" };
  return readPath(context, jwtCall.options, location.option);
}

/** Reads the first of several locations that is present (or unknown); absent only when all are absent. */
export function readFirst(context: AnyContext, jwtCall: JwtCall, locations: readonly Location[] | undefined): PropertyResult {
  let absent: PropertyResult = { kind: "absent" };
  for (const location of locations ?? []) {
    const found = readLocation(context, jwtCall, location);
    if (found.kind !== "absent") return found;
    if (found.object && !("object" in absent && absent.object)) absent = found;
  }
  return absent;
}

/** `none` in any casing: RFC 7519 §6 unsecured JWTs. */
export function isNoneAlgorithm(value: unknown): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === "none";
}

export type AlgorithmFamily = "hmac" | "asymmetric" | "none" | "unknown";

export function algorithmFamily(alg: string): AlgorithmFamily {
  const upper = alg.toUpperCase();
  if (upper === "NONE") return "none";
  if (/^HS(256|384|512)$/u.test(upper)) return "hmac";
  if (/^(RS|PS|ES)(256|384|512)$/u.test(upper) || upper === "ES256K" || upper === "EDDSA" || upper === "ED25519" || upper === "ED448") {
    return "asymmetric";
  }
  return "unknown";
}

/** Minimum HMAC key length in bytes per RFC 7518 §3.2 (key at least the size of the hash output). */
export function minimumHmacKeyBytes(alg: string | undefined): number {
  switch ((alg ?? "HS256").toUpperCase()) {
    case "HS384":
      return 48;
    case "HS512":
      return 64;
    default:
      return 32;
  }
}

/**
 * The algorithm a sign (or configure) call is known to sign with: the static value at its
 * `signAlgorithm` location, or the API's documented default when none is given. `undefined`
 * when it cannot be told (computed, from configuration, a jose builder header, no default).
 */
export function signingAlgorithm(context: AnyContext, jwtCall: JwtCall): string | undefined {
  const api = jwtCall.api;
  if (!api.signAlgorithm) return undefined;
  const found = readFirst(context, jwtCall, api.signAlgorithm);
  if (found.kind === "absent") return api.signAlgorithmDefault;
  if (found.kind !== "present") return undefined;
  const value = found.value ?? staticValue(context, found.node);
  return value && typeof value.value === "string" ? value.value : undefined;
}

/** The module whose verify APIs take a key set or a key-resolving function in place of a single key. */
const KEY_SET_MODULE = "jose";

/**
 * True when a jose verify call gets a key set (the result of `createRemoteJWKSet(...)` /
 * `createLocalJWKSet(...)`, inline or through a constant) or a key-resolving function instead of
 * one key. jose then accepts any algorithm some key of the set allows, so the family is no longer
 * pinned by the key.
 */
export function verifiesWithKeySet(context: AnyContext, jwtCall: JwtCall): boolean {
  const api = jwtCall.api;
  if (api.module !== KEY_SET_MODULE || api.operation !== "verify" || !api.keys) return false;
  const key = readFirst(context, jwtCall, api.keys);
  if (key.kind !== "present") return false;
  if (resolveFunction(context, key.node)) return true;
  const index = moduleIndexOf(context, JWT_TRACKER);
  for (const candidate of [key.node, resolveNode(context, key.node)]) {
    const target = index.resolve(candidate);
    if (target?.module !== KEY_SET_MODULE) continue;
    const path = target.path;
    const isFactoryResult = JOSE_KEY_SET_FACTORIES.some(
      (factory) => path.length === factory.length + 1 && factory.every((segment, i) => path[i] === segment) && path[factory.length] === RESULT,
    );
    if (isFactoryResult) return true;
  }
  return false;
}
