/**
 * JWT claims knowledge as data, next to `./jwt.ts`: where each library takes the payload of a
 * token it issues (and which payloads are encrypted), where a verifier is told the expected
 * issuer and audience, and where a verifying middleware accepts a revocation hook.
 *
 * Checked against the libraries' documentation and type declarations (2026-11):
 * jsonwebtoken 9.0.2 (`verify` options `issuer`, `audience`), jose 6.x (`jwtVerify` /
 * `jwtDecrypt` options `issuer`, `audience`; `EncryptJWT` issues JWE), passport-jwt 4.0.1
 * (`issuer`, `audience`, `jsonWebTokenOptions`; verify callback `(payload, done)` or
 * `(req, payload, done)` with `passReqToCallback`), @nestjs/jwt 11.x (`verifyOptions` at module
 * level, per-call options merged over it), fast-jwt 6.x (`createVerifier` `allowedIss`,
 * `allowedAud`; default: every value accepted), @fastify/jwt 9.x (`verify: { allowedIss,
 * allowedAud }` passed to fast-jwt; `trusted(request, decodedToken)` revocation hook, no default;
 * decorators `reply.jwtSign`, `fastify.jwt.sign`, `request.jwtVerify`, `fastify.jwt.verify`),
 * express-jwt 8.x (`isRevoked(req, token)`, no default; `issuer`/`audience` passed to
 * jsonwebtoken), koa-jwt 4.x (`isRevoked(ctx, decodedToken, token)`, `issuer`, `audience`),
 * hono 4.x (`hono/jwt` `sign(payload, key)`), jwt-simple 0.5.6 (`encode(payload, key)`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { argumentAt, argumentsUnknownFrom, isFunction, perFile, unwrap, walk, type AnyContext } from "../analysis/ast.js";
import { getModuleIndex, type ModuleCall } from "../analysis/modules.js";
import { resolveFunction, type PropertyResult } from "../analysis/values.js";
import { mayNameCredential } from "../analysis/credential-words.js";
import { DECORATOR_NAMES, findFastifyJwtDecorators, mentionsFastifyJwtDecorator } from "./fastify-jwt.js";
import { findJwtCalls, mayUseJwtLibrary, readFirst, readLocation, type JwtApi, type JwtCall, type Location, JWT_TRACKER } from "./jwt.js";

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

/**
 * APIs whose token is encrypted (JWE): the payload is not readable by the token holder, so claims
 * rules leave it alone. Listed for documentation and tests; they are deliberately not sign APIs.
 */
export const ENCRYPTED_PAYLOAD_APIS: readonly { name: string; module: string; path: readonly string[] }[] = [
  { name: "jose.EncryptJWT", module: "jose", path: ["EncryptJWT"] },
  { name: "jose.CompactEncrypt", module: "jose", path: ["CompactEncrypt"] },
  { name: "jose.FlattenedEncrypt", module: "jose", path: ["FlattenedEncrypt"] },
  { name: "jose.GeneralEncrypt", module: "jose", path: ["GeneralEncrypt"] },
];

/** Token issuers outside `JWT_APIS` whose payload is readable: jose `new UnsecuredJWT(payload)` (no signature, no encryption). */
const EXTRA_PAYLOAD_APIS: readonly JwtApi[] = [
  { name: "jose.UnsecuredJWT", module: "jose", path: ["UnsecuredJWT"], kinds: ["new"], operation: "sign", payload: { arg: 0 } },
];

/** One token issued with a readable (signed, not encrypted) payload. */
export interface PayloadSite {
  /** Human name of the API, for messages: `jsonwebtoken.sign`, `@fastify/jwt reply.jwtSign`. */
  readonly name: string;
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The payload argument; `unknown` when a spread hides it. */
  readonly payload: PropertyResult;
}

/**
 * False when `findPayloadSites` cannot find anything: no JWT library and no decorator name in the
 * text (a gate for `create`). The shared credential-word test comes first: `jwt` is one of its words.
 */
export function mayHavePayloadSites(context: AnyContext): boolean {
  return mayNameCredential(context) && (mentionsFastifyJwtDecorator(context) || mayUseJwtLibrary(context));
}

/** Every place in the file that issues a JWS/unsecured JWT, with its payload. */
export function findPayloadSites(context: AnyContext): PayloadSite[] {
  const out: PayloadSite[] = [];
  const seen = new Set<TSESTree.Node>();
  const calls: JwtCall[] = [...findJwtCalls(context, (api) => api.operation === "sign" && api.payload !== undefined), ...extraCalls(context, EXTRA_PAYLOAD_APIS)];
  for (const jwtCall of calls) {
    if (seen.has(jwtCall.call.node) || !jwtCall.api.payload) continue;
    seen.add(jwtCall.call.node);
    out.push({ name: jwtCall.api.name, call: jwtCall.call.node, payload: readLocation(context, jwtCall, jwtCall.api.payload) });
  }
  for (const decorator of findFastifyJwtDecoratorCalls(context)) {
    if (decorator.operation !== "sign" || seen.has(decorator.call)) continue;
    seen.add(decorator.call);
    const argument = argumentAt(decorator.call, 0);
    const payload: PropertyResult = argument
      ? { kind: "present", node: unwrap(argument) }
      : argumentsUnknownFrom(decorator.call, 0)
        ? { kind: "unknown" }
        : { kind: "absent" };
    out.push({ name: decorator.name, call: decorator.call, payload });
  }
  return out;
}

/** JwtCalls of APIs that are not in `JWT_APIS` (same tracker, so the per-file index is shared). */
function extraCalls(context: AnyContext, apis: readonly JwtApi[]): JwtCall[] {
  const index = getModuleIndex(context, JWT_TRACKER);
  const out: JwtCall[] = [];
  for (const api of apis) {
    if (!index.imports(api.module)) continue;
    for (const call of index.calls(api.module, api.path)) {
      if (!(api.kinds ?? ["call"]).includes(call.kind)) continue;
      const given = api.options === undefined ? undefined : argumentAt(call.node, api.options);
      const optionsUnknown = api.options !== undefined && !given && argumentsUnknownFrom(call.node, api.options);
      const callback = given && isFunction(unwrap(given));
      out.push({ api, call, options: callback ? undefined : given, optionsUnknown });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// @fastify/jwt request / reply / instance decorators (no import to follow)
// ---------------------------------------------------------------------------------------------

export interface FastifyJwtDecoratorCall {
  /** `@fastify/jwt reply.jwtSign`, `@fastify/jwt fastify.jwt.sign`, … */
  readonly name: string;
  readonly operation: "sign" | "verify";
  readonly call: TSESTree.CallExpression;
  /** Index of the options argument (`request.jwtVerify(options)` → 0, `fastify.jwt.verify(token, options)` → 1). */
  readonly options: number;
}

/**
 * `reply.jwtSign(payload)` and `request.jwtVerify(options)` (method names only @fastify/jwt adds)
 * anywhere, and `<instance>.jwt.sign(payload)` / `<instance>.jwt.verify(token, options)` in a
 * Fastify file (one that imports fastify, @fastify/jwt, fastify-plugin or fastify-jwt, or names a
 * `Fastify*` type) or on a receiver called `fastify` (cached per AST).
 */
export const findFastifyJwtDecoratorCalls = perFile((context): FastifyJwtDecoratorCall[] => {
  const found = findFastifyJwtDecorators(context);
  const fastifyFile = found.importsFastify || found.namesFastifyType;
  return found.calls
    .filter((decorator) => !decorator.viaJwt || fastifyFile || decorator.onFastify)
    .map(({ method, call }) => ({
      name: DECORATOR_NAMES[method],
      operation: method === "jwtSign" || method === "sign" ? "sign" : "verify",
      call,
      options: method === "jwtVerify" ? 0 : 1,
    }));
});

// ---------------------------------------------------------------------------------------------
// Issuer and audience checks
// ---------------------------------------------------------------------------------------------

export interface ClaimCheckModel {
  /** Where the expected issuer is given. */
  readonly issuer: readonly Location[];
  /** Where the expected audience is given. */
  readonly audience: readonly Location[];
  /**
   * Where an explicit token type is required (jose `typ`, RFC 8725 §3.11). Proof and attestation
   * JWTs (DPoP `dpop+jwt`, `key-attestation+jwt`) have no audience; pinning their type is what keeps
   * other JWTs from being accepted in their place, so it counts as a claim check.
   */
  readonly typing?: readonly Location[];
  /** How the options read in messages: `issuer and audience`, `verify.allowedIss and verify.allowedAud`. */
  readonly spelled: string;
  /**
   * `call`: each call verifies with its own options. `module`: the call configures a module or
   * plugin whose per-call verify options are merged over it (NestJS `verifyOptions`, @fastify/jwt `verify`).
   * `per-call`: per-call options of such a module; they never decide alone (the module may set them).
   */
  readonly scope: "call" | "module" | "per-call";
}

const ISS_AUD: ClaimCheckModel = { issuer: [{ option: ["issuer"] }], audience: [{ option: ["audience"] }], spelled: "issuer and audience", scope: "call" };
const NEST_MODULE: ClaimCheckModel = {
  issuer: [{ option: ["verifyOptions", "issuer"] }],
  audience: [{ option: ["verifyOptions", "audience"] }],
  spelled: "verifyOptions.issuer and verifyOptions.audience",
  scope: "module",
};
const NEST_PER_CALL: ClaimCheckModel = { ...ISS_AUD, scope: "per-call" };
const JOSE: ClaimCheckModel = { ...ISS_AUD, typing: [{ option: ["typ"] }] };

/** Claim checks per API name of `JWT_APIS` (plus `EXTRA_VERIFY_APIS`). */
export const CLAIM_CHECKS: ReadonlyMap<string, ClaimCheckModel> = new Map<string, ClaimCheckModel>([
  ["jsonwebtoken.verify", ISS_AUD],
  ["jose.jwtVerify", JOSE],
  ["jose.jwtDecrypt", JOSE],
  ["express-jwt", ISS_AUD],
  ["koa-jwt", ISS_AUD],
  [
    "passport-jwt.Strategy",
    {
      issuer: [{ option: ["issuer"] }, { option: ["jsonWebTokenOptions", "issuer"] }],
      audience: [{ option: ["audience"] }, { option: ["jsonWebTokenOptions", "audience"] }],
      spelled: "issuer and audience",
      scope: "call",
    },
  ],
  ["fast-jwt.createVerifier", { issuer: [{ option: ["allowedIss"] }], audience: [{ option: ["allowedAud"] }], spelled: "allowedIss and allowedAud", scope: "call" }],
  ["@nestjs/jwt JwtModule.register", NEST_MODULE],
  ["@nestjs/jwt JwtModule.registerAsync", NEST_MODULE],
  ["@nestjs/jwt JwtService", NEST_MODULE],
  ["@nestjs/jwt JwtService#verify", NEST_PER_CALL],
  ["@nestjs/jwt JwtService#verifyAsync", NEST_PER_CALL],
  [
    "@fastify/jwt",
    { issuer: [{ option: ["verify", "allowedIss"] }], audience: [{ option: ["verify", "allowedAud"] }], spelled: "verify.allowedIss and verify.allowedAud", scope: "module" },
  ],
]);

/** @fastify/jwt per-call verify options (`request.jwtVerify(options)`, `fastify.jwt.verify(token, options)`), merged over `verify`. */
export const FASTIFY_PER_CALL_CLAIM_CHECKS: ClaimCheckModel = { issuer: [{ option: ["allowedIss"] }], audience: [{ option: ["allowedAud"] }], spelled: "allowedIss and allowedAud", scope: "per-call" };

/** Verify APIs outside `JWT_APIS` that check claims: jose `jwtDecrypt(jwt, key, options)` (JWE). */
const EXTRA_VERIFY_APIS: readonly JwtApi[] = [
  { name: "jose.jwtDecrypt", module: "jose", path: ["jwtDecrypt"], operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], options: 2 },
];

/** A verifier (or verifier configuration) of the file with its claim-check model. */
export interface ClaimCheckSite {
  readonly jwtCall: JwtCall;
  readonly model: ClaimCheckModel;
}

/** Every verify / configure call of the file whose API can check `iss` and `aud`. */
export function findClaimCheckSites(context: AnyContext): ClaimCheckSite[] {
  const calls = [...findJwtCalls(context, (api) => CLAIM_CHECKS.has(api.name)), ...extraCalls(context, EXTRA_VERIFY_APIS)];
  const seen = new Set<TSESTree.Node>();
  const out: ClaimCheckSite[] = [];
  for (const jwtCall of calls) {
    const model = CLAIM_CHECKS.get(jwtCall.api.name);
    if (!model || seen.has(jwtCall.call.node)) continue;
    seen.add(jwtCall.call.node);
    out.push({ jwtCall: withoutCallbackOptions(context, jwtCall), model });
  }
  return out;
}

/** `verify(token, key, done)` with a declared function `done`: the options position holds a callback. */
function withoutCallbackOptions(context: AnyContext, jwtCall: JwtCall): JwtCall {
  const { api, options } = jwtCall;
  if (!options || api.operation !== "verify" || api.optionsFromFactory) return jwtCall;
  return resolveFunction(context, options) ? { ...jwtCall, options: undefined } : jwtCall;
}

export type ClaimCheckResult =
  /** Issuer or audience is (or may be) checked. */
  | { kind: "checked" }
  /** Neither is given (or both are known `undefined` / `null`). */
  | { kind: "unchecked" }
  /** The options cannot be read. */
  | { kind: "unknown" };

/** Whether a verifier checks the issuer or the audience. Unknown options are `unknown`, never `unchecked`. */
export function claimChecks(context: AnyContext, jwtCall: JwtCall, model: ClaimCheckModel): ClaimCheckResult {
  if (jwtCall.optionsUnknown) return { kind: "unknown" };
  let unknown = false;
  for (const locations of [model.issuer, model.audience, model.typing ?? []]) {
    for (const location of locations) {
      const found = readLocation(context, jwtCall, location);
      if (found.kind === "unknown") unknown = true;
      if (found.kind !== "present") continue;
      const value = found.value?.value;
      if (found.value && (value === undefined || value === null)) continue;
      return { kind: "checked" };
    }
  }
  return unknown ? { kind: "unknown" } : { kind: "unchecked" };
}

/** The same question for a call whose options are one argument (the @fastify/jwt decorators). */
export function claimChecksAt(context: AnyContext, call: TSESTree.CallExpression, index: number, model: ClaimCheckModel): ClaimCheckResult {
  const api: JwtApi = { name: "options", module: "", path: [], operation: "verify", options: index };
  const given = argumentAt(call, index);
  const options = given && !resolveFunction(context, given) ? given : undefined;
  const pseudo: JwtCall = {
    api,
    call: { module: "", path: [], kind: "call", node: call, callee: call.callee } satisfies ModuleCall,
    options,
    optionsUnknown: !given && argumentsUnknownFrom(call, index),
  };
  return claimChecks(context, pseudo, model);
}

// ---------------------------------------------------------------------------------------------
// Revocation hooks
// ---------------------------------------------------------------------------------------------

export type RevocationModel =
  /** An option that takes the revocation check (`isRevoked`, `trusted`). No default: without it nothing is revoked. */
  | { readonly kind: "option"; readonly option: readonly string[]; readonly spelled: string }
  /**
   * A verify callback that decides whether the token is still good (passport-jwt). With
   * `super(...)` in a NestJS `PassportStrategy(Strategy)` subclass, the `validate` method plays its part.
   */
  | { readonly kind: "callback"; readonly arg: number; readonly method: string };

/** Revocation hooks per API name of `JWT_APIS`. */
export const REVOCATION_HOOKS: ReadonlyMap<string, RevocationModel> = new Map<string, RevocationModel>([
  ["express-jwt", { kind: "option", option: ["isRevoked"], spelled: "isRevoked" }],
  ["koa-jwt", { kind: "option", option: ["isRevoked"], spelled: "isRevoked" }],
  ["@fastify/jwt", { kind: "option", option: ["trusted"], spelled: "trusted" }],
  ["passport-jwt.Strategy", { kind: "callback", arg: 1, method: "validate" }],
]);

export interface RevocationSite {
  readonly jwtCall: JwtCall;
  readonly model: RevocationModel;
}

/** Every JWT middleware, plugin registration and strategy of the file that can take a revocation hook. */
export function findRevocationSites(context: AnyContext): RevocationSite[] {
  const seen = new Set<TSESTree.Node>();
  const out: RevocationSite[] = [];
  for (const jwtCall of findJwtCalls(context, (api) => REVOCATION_HOOKS.has(api.name))) {
    const model = REVOCATION_HOOKS.get(jwtCall.api.name);
    if (!model || seen.has(jwtCall.call.node)) continue;
    seen.add(jwtCall.call.node);
    out.push({ jwtCall, model });
  }
  return out;
}

/** Reads the revocation option of a site (present / absent / unknown). */
export function readRevocationOption(context: AnyContext, jwtCall: JwtCall, option: readonly string[]): PropertyResult {
  return readFirst(context, jwtCall, [{ option }]);
}

/**
 * The function that verifies each request's token for a passport-jwt strategy: the second
 * argument of `new Strategy(options, verify)` (inline or declared in the file), or the
 * `validate` method of the NestJS subclass whose constructor calls `super(options)`.
 * `undefined` when it cannot be found in this file (passed in from elsewhere, built by a call).
 */
export function strategyVerifyFunction(
  context: AnyContext,
  jwtCall: JwtCall,
  model: Extract<RevocationModel, { kind: "callback" }>,
): { fn: TSESTree.FunctionLike; reportAt: TSESTree.Node; payloadIndex: number } | undefined {
  const call = jwtCall.call;
  if (call.kind === "super") {
    const cls = enclosingClass(call.node);
    if (!cls) return undefined;
    for (const member of cls.body.body) {
      if (member.type !== "MethodDefinition" || member.kind !== "method" || member.static) continue;
      if (member.key.type !== "Identifier" || member.key.name !== model.method || member.computed) continue;
      if (!member.value.body) return undefined;
      return { fn: member.value, reportAt: member.key, payloadIndex: passReqToCallback(context, jwtCall) ? 1 : 0 };
    }
    return undefined;
  }
  const argument = argumentAt(call.node, model.arg);
  if (!argument) return undefined;
  const fn = resolveFunction(context, argument);
  if (!fn) return undefined;
  return { fn, reportAt: call.callee, payloadIndex: passReqToCallback(context, jwtCall) ? 1 : 0 };
}

function passReqToCallback(context: AnyContext, jwtCall: JwtCall): boolean {
  const found = readLocation(context, jwtCall, { option: ["passReqToCallback"] });
  return found.kind === "present" && found.value?.value === true;
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === "ClassDeclaration" || current.type === "ClassExpression") return current;
    current = current.parent;
  }
  return undefined;
}

/** Global functions and namespaces whose calls only compute (they look nothing up). */
const PURE_GLOBALS: ReadonlySet<string> = new Set([
  "Object", "JSON", "Math", "Array", "Number", "String", "Boolean", "Date", "BigInt", "Symbol", "parseInt", "parseFloat", "isNaN",
  "isFinite", "encodeURIComponent", "decodeURIComponent", "console", "Promise", "Reflect", "structuredClone",
]);

/**
 * True when a verify function only repackages the token's claims: no `await`, and no call other
 * than its own callback, methods on its parameters (`payload.roles.includes(…)`), constructors
 * (`new UnauthorizedException()`) and pure globals (`Object.assign`, `String(…)`, `console.log`).
 * Any other call (`User.findById`, `this.users.findOne`, `isRevoked(jti)`, `redis.get`) may
 * consult a store.
 */
export function onlyRepackagesClaims(context: AnyContext, fn: TSESTree.FunctionLike): boolean {
  const params = new Set<string>();
  let consults = false;
  const collect = (f: TSESTree.FunctionLike): void => {
    for (const param of f.params) collectNames(param, params);
  };
  collect(fn);
  walk(context.sourceCode, fn.body ?? fn, (node) => {
    if (consults) return false;
    if (isFunction(node) && node !== fn) collect(node);
    if (node.type === "AwaitExpression" || node.type === "YieldExpression") {
      consults = true;
      return false;
    }
    if (node.type === "CallExpression") {
      const root = calleeRoot(node.callee);
      if (root.type === "Identifier" && (params.has(root.name) || PURE_GLOBALS.has(root.name))) return true;
      consults = true;
      return false;
    }
    return true;
  });
  return !consults;
}

function collectNames(pattern: TSESTree.Node, into: Set<string>): void {
  switch (pattern.type) {
    case "Identifier":
      into.add(pattern.name);
      return;
    case "AssignmentPattern":
      collectNames(pattern.left, into);
      return;
    case "RestElement":
      collectNames(pattern.argument, into);
      return;
    case "TSParameterProperty":
      collectNames(pattern.parameter, into);
      return;
    case "ObjectPattern":
      for (const property of pattern.properties) collectNames(property.type === "Property" ? property.value : property, into);
      return;
    case "ArrayPattern":
      for (const element of pattern.elements) if (element) collectNames(element, into);
      return;
    default:
      return;
  }
}

/** The identifier (or `this` / `super`) a callee chain starts at: `a.b.c()` → `a`, `f()()` → `f`. */
function calleeRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  for (let i = 0; i < 32; i++) {
    if (current.type === "MemberExpression") current = unwrap(current.object);
    else if (current.type === "CallExpression") current = unwrap(current.callee);
    else if (current.type === "ChainExpression") current = unwrap(current.expression);
    else break;
  }
  return current;
}

/**
 * The sites of `findClaimCheckSites` whose own options decide the file's claim checks: per-call
 * options are merged over the module's configuration and never decide alone; a configuration call
 * without options (`new JwtService()`, `registerAsync({ useClass })`) is configured elsewhere; a
 * module whose per-call verify options in this file set (or may set) the issuer or audience is
 * checked there; `new JwtService(options)` only matters where this file verifies with a JwtService.
 */
export function decidingClaimCheckSites(context: AnyContext, sites: readonly ClaimCheckSite[]): ClaimCheckSite[] {
  if (sites.length === 0) return [];
  const perCallChecked = perCallOptionsMayCheck(context, sites);
  return sites.filter(({ jwtCall, model }) => {
    if (model.scope === "per-call") return false;
    if (model.scope === "module" && !jwtCall.options && !jwtCall.optionsUnknown) return false;
    if (model.scope === "module" && perCallChecked.has(jwtCall.api.module)) return false;
    return !(jwtCall.api.name === "@nestjs/jwt JwtService" && !nestVerifiesHere(sites));
  });
}

/** Modules whose per-call verify options in this file set (or may set) the issuer or audience. */
function perCallOptionsMayCheck(context: AnyContext, sites: readonly ClaimCheckSite[]): Set<string> {
  const out = new Set<string>();
  for (const { jwtCall, model } of sites) {
    if (model.scope !== "per-call") continue;
    if (claimChecks(context, jwtCall, model).kind !== "unchecked") out.add(jwtCall.api.module);
  }
  for (const decorator of findFastifyJwtDecoratorCalls(context)) {
    if (decorator.operation !== "verify") continue;
    if (claimChecksAt(context, decorator.call, decorator.options, FASTIFY_PER_CALL_CLAIM_CHECKS).kind !== "unchecked") out.add("@fastify/jwt");
  }
  return out;
}

/** `new JwtService(options)` only matters here when this file verifies with a JwtService. */
function nestVerifiesHere(sites: readonly ClaimCheckSite[]): boolean {
  return sites.some(({ jwtCall }) => jwtCall.api.module === "@nestjs/jwt" && jwtCall.api.operation === "verify");
}
