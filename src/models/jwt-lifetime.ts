/**
 * Token lifetimes as data: where each JWT API takes the expiry of the tokens it issues, the
 * verification options that stretch or skip the expiry check, and the unit of every number.
 * Rules read this; they never name a module or an option themselves.
 *
 * Checked against the libraries' documentation and sources (2026-11):
 * - jsonwebtoken 9.0.2: `sign` options `expiresIn` (number = seconds, string = `ms` timespan,
 *   `"120"` = 120 ms), `noTimestamp`; `exp` only for object payloads (a string/Buffer payload
 *   carries no claims and `expiresIn` throws for it). `verify` options `ignoreExpiration`,
 *   `clockTolerance` (seconds, number), `maxAge` (seconds or `ms` string), `clockTimestamp`
 *   (seconds). No expiry by default.
 * - jose 6.x: `SignJWT#setExpirationTime(number | string | Date)` (number = absolute epoch
 *   seconds, string = relative timespan in jose's own syntax, Date = absolute). `jwtVerify` /
 *   `jwtDecrypt` options `clockTolerance` (seconds or timespan), `maxTokenAge` (seconds or
 *   timespan), `currentDate` (Date). No expiry by default.
 * - @nestjs/jwt 11.x: `JwtModule.register({ signOptions, verifyOptions })` (jsonwebtoken options,
 *   same units); per-call `sign(payload, options)` / `verify(token, options)` options are merged
 *   over the module's.
 * - fast-jwt 6.x: `createSigner({ expiresIn })` (number = milliseconds, string timespan);
 *   `createVerifier({ ignoreExpiration, clockTolerance (ms), maxAge (ms or timespan), clockTimestamp (ms) })`.
 * - @fastify/jwt 9.x: `register(plugin, { sign: { expiresIn }, verify: { maxAge, clockTolerance, ignoreExpiration } })`;
 *   `expiresIn` / `maxAge` numbers are seconds (converted to ms for fast-jwt), `clockTolerance`
 *   is handed to fast-jwt unchanged (ms). Decorators `reply.jwtSign(payload, options)`,
 *   `request.jwtVerify(options)`, `fastify.jwt.sign(payload, options)`, `fastify.jwt.verify(token, options)`.
 * - passport-jwt 4.0.1: `ignoreExpiration` only at the top level (it overwrites
 *   `jsonWebTokenOptions.ignoreExpiration`); `clockTolerance` / `maxAge` / `clockTimestamp` in
 *   `jsonWebTokenOptions` (jsonwebtoken units).
 * - express-jwt 8.x and koa-jwt 4.x hand their whole options object to `jsonwebtoken.verify`.
 * - hono 4.x (hono/jwt): `sign(payload, key)` sets no `exp` itself; `verify(token, key, { exp: false })`
 *   skips the expiry check (default `true`).
 * - jwt-simple 0.5.6: `encode(payload, key)` sets no `exp`; `decode` checks a payload `exp`.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { INSTANCE, type ModuleCall } from "../analysis/modules.js";
import { moduleIndexOf } from "../analysis/module-gate.js";
import { argumentAt, argumentsUnknownFrom, memberName, perFile, unwrap, type AnyContext } from "../analysis/ast.js";
import { chainNames, enclosingFunctions, functionName, variableOf } from "../analysis/flow.js";
import { splitWords } from "../analysis/names.js";
import { mayNameCredential } from "../analysis/credential-words.js";
import { DAY, HOUR, MINUTE, SECOND, YEAR, durationToMs, formatDuration, parseDuration } from "../analysis/durations.js";
import { readPath, readProperty, resolveFunction, resolveNode, staticValue, type PropertyResult } from "../analysis/values.js";
import { DECORATOR_NAMES, findFastifyJwtDecorators, mayHaveFastifyJwtImport, type FastifyJwtDecoratorCall } from "./fastify-jwt.js";
import { JWT_TRACKER, findJwtCalls, mayUseJwtLibrary, readLocation, type JwtApi, type JwtCall, type Location } from "./jwt.js";

// ---------------------------------------------------------------------------------------------
// Units and syntaxes
// ---------------------------------------------------------------------------------------------

/**
 * How a string lifetime is read: `ms` — the `ms` package (jsonwebtoken, @nestjs/jwt, @fastify/jwt,
 * fast-jwt); `jose` — jose's timespan syntax (a unit is required, `+`/`-`, `ago`, `from now`);
 * `number` — the option takes numbers only.
 */
export type TimespanSyntax = "ms" | "jose" | "number";

/** A lifetime-like option: where it is, and how its numbers and strings are read. */
export interface DurationSlot {
  readonly location: Location;
  /** Unit of a number at this place. */
  readonly unit: "s" | "ms";
  readonly syntax: TimespanSyntax;
}

const JOSE_UNITS: ReadonlyMap<string, number> = new Map([
  ["sec", SECOND],
  ["secs", SECOND],
  ["second", SECOND],
  ["seconds", SECOND],
  ["s", SECOND],
  ["minute", MINUTE],
  ["minutes", MINUTE],
  ["min", MINUTE],
  ["mins", MINUTE],
  ["m", MINUTE],
  ["hour", HOUR],
  ["hours", HOUR],
  ["hr", HOUR],
  ["hrs", HOUR],
  ["h", HOUR],
  ["day", DAY],
  ["days", DAY],
  ["d", DAY],
  ["week", 7 * DAY],
  ["weeks", 7 * DAY],
  ["w", 7 * DAY],
  ["year", YEAR],
  ["years", YEAR],
  ["yr", YEAR],
  ["yrs", YEAR],
  ["y", YEAR],
]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/**
 * jose's timespan syntax (jose >= 4.15: `[+|-][ ]<n>[.<n>][ ]<unit>[ ago| from now]`, a sign and
 * a suffix never together), in milliseconds, rounded to whole seconds as jose does. `"2h"` →
 * 7200000, `"1 day ago"` → -86400000. `undefined` for anything jose rejects (`"500ms"`, `"60"`).
 * A linear scan over at most 100 characters.
 */
export function parseJoseTimespan(text: string): number | undefined {
  if (typeof text !== "string" || text.length === 0 || text.length > 100) return undefined;
  let i = 0;
  let sign = 1;
  let signed = false;
  if (text[i] === "+" || text[i] === "-") {
    sign = text[i] === "-" ? -1 : 1;
    signed = true;
    i++;
    if (text[i] === " ") i++;
  }
  const start = i;
  while (isDigit(text[i])) i++;
  if (i === start) return undefined;
  if (text[i] === ".") {
    i++;
    const fraction = i;
    while (isDigit(text[i])) i++;
    if (i === fraction) return undefined;
  }
  const amount = Number(text.slice(start, i));
  if (text[i] === " ") i++;
  let rest = text.slice(i).toLowerCase();
  let direction = 0;
  if (rest.endsWith(" ago")) {
    direction = -1;
    rest = rest.slice(0, -4);
  } else if (rest.endsWith(" from now")) {
    direction = 1;
    rest = rest.slice(0, -9);
  }
  if (direction !== 0 && signed) return undefined;
  const unit = JOSE_UNITS.get(rest);
  if (unit === undefined || !Number.isFinite(amount)) return undefined;
  const seconds = Math.round((amount * unit) / SECOND);
  return (direction === -1 ? -1 : sign) * seconds * SECOND;
}

/** The shortest jose timespan for a number of milliseconds (whole seconds, rounded down; at least `"1s"`). */
export function formatJoseTimespan(ms: number): string {
  const seconds = Math.max(1, Math.floor(ms / SECOND));
  for (const [unit, size] of [
    ["d", DAY / SECOND],
    ["h", HOUR / SECOND],
    ["m", MINUTE / SECOND],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** A duration in the string syntax of a slot: jose's timespans, or the `ms` package's for the others. */
export function formatTimespan(slot: Pick<DurationSlot, "syntax">, ms: number): string {
  return slot.syntax === "jose" ? formatJoseTimespan(ms) : formatDuration(ms);
}

/** A duration value found in source. */
export interface DurationValue {
  /** Milliseconds; `Infinity` for `Infinity` / `Number.MAX_VALUE`-like values. */
  readonly ms: number;
  /** The expression as written at the option (TypeScript wrappers removed). */
  readonly node: TSESTree.Node;
  /** Whether the static value is a string or a number (a suggestion keeps the same form). */
  readonly form: "string" | "number";
}

/** Reads a duration expression with the slot's unit and syntax; `undefined` when not static or malformed. */
export function readDuration(context: AnyContext, node: TSESTree.Node, slot: Pick<DurationSlot, "unit" | "syntax">): DurationValue | undefined {
  const value = staticValue(context, node);
  if (!value) return undefined;
  const written = unwrap(node);
  if (typeof value.value === "number") {
    if (Number.isNaN(value.value)) return undefined;
    if (!Number.isFinite(value.value)) return value.value > 0 ? { ms: Infinity, node: written, form: "number" } : undefined;
    const ms = durationToMs(value.value, slot.unit);
    return ms === undefined ? undefined : { ms, node: written, form: "number" };
  }
  if (typeof value.value === "string") {
    if (slot.syntax === "number") return undefined;
    const ms = slot.syntax === "jose" ? parseJoseTimespan(value.value) : parseDuration(value.value);
    return ms === undefined ? undefined : { ms, node: written, form: "string" };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Issuing: where the expiry of a token is set
// ---------------------------------------------------------------------------------------------

export interface SignLifetimeModel {
  /** `JwtApi.name` values this entry describes. */
  readonly apis: readonly string[];
  /** The relative lifetime option (`expiresIn`). */
  readonly expiresIn?: DurationSlot;
  /** The payload's `exp` claim (seconds since the epoch) sets the expiry. */
  readonly expClaim: boolean;
  /** A string payload carries no claims, so the token cannot expire. */
  readonly stringPayloadHasNoExpiry?: boolean;
  /** Per-call options are merged over module-level sign options (`"@nestjs/jwt"`, `"@fastify/jwt"`). */
  readonly inheritsFrom?: string;
  /** A module-level configuration (no token is issued by the call itself). */
  readonly configures?: boolean;
  /** The call builds a signer function that issues the tokens (fast-jwt `createSigner`). */
  readonly factory?: boolean;
  /** A signer built by a `factory` call: its expiry is judged together with the factory's options. */
  readonly fromFactory?: boolean;
  /** A builder (jose `SignJWT`): the expiry is set by a method of the chain, see `joseSignChain`. */
  readonly builder?: boolean;
}

const EXPIRES_IN_SECONDS: DurationSlot = { location: { option: ["expiresIn"] }, unit: "s", syntax: "ms" };

export const SIGN_LIFETIMES: readonly SignLifetimeModel[] = [
  { apis: ["jsonwebtoken.sign"], expiresIn: EXPIRES_IN_SECONDS, expClaim: true, stringPayloadHasNoExpiry: true },
  {
    apis: ["@nestjs/jwt JwtService#sign", "@nestjs/jwt JwtService#signAsync"],
    expiresIn: EXPIRES_IN_SECONDS,
    expClaim: true,
    stringPayloadHasNoExpiry: true,
    inheritsFrom: "@nestjs/jwt",
  },
  {
    apis: ["@nestjs/jwt JwtModule.register", "@nestjs/jwt JwtModule.registerAsync", "@nestjs/jwt JwtService"],
    expiresIn: { location: { option: ["signOptions", "expiresIn"] }, unit: "s", syntax: "ms" },
    expClaim: false,
    configures: true,
  },
  { apis: ["fast-jwt.createSigner"], expiresIn: { location: { option: ["expiresIn"] }, unit: "ms", syntax: "ms" }, expClaim: false, factory: true },
  { apis: ["fast-jwt signer"], expClaim: true, fromFactory: true },
  { apis: ["@fastify/jwt"], expiresIn: { location: { option: ["sign", "expiresIn"] }, unit: "s", syntax: "ms" }, expClaim: false, configures: true },
  { apis: ["@fastify/jwt reply.jwtSign", "@fastify/jwt fastify.jwt.sign"], expiresIn: EXPIRES_IN_SECONDS, expClaim: true, inheritsFrom: "@fastify/jwt" },
  { apis: ["jose.SignJWT"], expClaim: true, builder: true },
  { apis: ["hono/jwt sign", "hono/utils/jwt sign"], expClaim: true },
  { apis: ["jwt-simple.encode"], expClaim: true, stringPayloadHasNoExpiry: true },
];

/** jose: the builder method that sets `exp` (number = absolute epoch seconds, string = relative, Date = absolute). */
export const JOSE_EXPIRATION_METHOD = "setExpirationTime";
/** How `setExpirationTime` reads a string: a relative timespan in jose's syntax, in seconds. */
export const JOSE_EXPIRATION_SLOT: Pick<DurationSlot, "unit" | "syntax"> = { unit: "s", syntax: "jose" };

// ---------------------------------------------------------------------------------------------
// Verifying: options that skip or stretch the expiry check
// ---------------------------------------------------------------------------------------------

export interface VerifyLifetimeModel {
  readonly apis: readonly string[];
  /** `true` here skips the `exp` check. */
  readonly ignoreExpiration?: readonly Location[];
  /** `false` here skips the `exp` check (hono `exp`). */
  readonly checkExpiration?: Location;
  /** Skew allowed past `exp`. */
  readonly clockTolerance?: DurationSlot;
  /** Oldest accepted `iat`. */
  readonly maxAge?: DurationSlot;
  /** The clock used for the checks: a `Date` (jose `currentDate`) or a number in a unit (`clockTimestamp`). */
  readonly currentTime?: { readonly location: Location; readonly kind: "date" | "s" | "ms" };
}

function jsonwebtokenOptions(prefix: readonly string[], apis: readonly string[]): VerifyLifetimeModel {
  return {
    apis,
    ignoreExpiration: [{ option: [...prefix, "ignoreExpiration"] }],
    clockTolerance: { location: { option: [...prefix, "clockTolerance"] }, unit: "s", syntax: "number" },
    maxAge: { location: { option: [...prefix, "maxAge"] }, unit: "s", syntax: "ms" },
    currentTime: { location: { option: [...prefix, "clockTimestamp"] }, kind: "s" },
  };
}

export const VERIFY_LIFETIMES: readonly VerifyLifetimeModel[] = [
  jsonwebtokenOptions([], ["jsonwebtoken.verify", "express-jwt", "koa-jwt", "@nestjs/jwt JwtService#verify", "@nestjs/jwt JwtService#verifyAsync"]),
  jsonwebtokenOptions(["verifyOptions"], ["@nestjs/jwt JwtModule.register", "@nestjs/jwt JwtModule.registerAsync", "@nestjs/jwt JwtService"]),
  {
    apis: ["passport-jwt.Strategy"],
    ignoreExpiration: [{ option: ["ignoreExpiration"] }],
    clockTolerance: { location: { option: ["jsonWebTokenOptions", "clockTolerance"] }, unit: "s", syntax: "number" },
    maxAge: { location: { option: ["jsonWebTokenOptions", "maxAge"] }, unit: "s", syntax: "ms" },
    currentTime: { location: { option: ["jsonWebTokenOptions", "clockTimestamp"] }, kind: "s" },
  },
  {
    apis: ["fast-jwt.createVerifier"],
    ignoreExpiration: [{ option: ["ignoreExpiration"] }],
    clockTolerance: { location: { option: ["clockTolerance"] }, unit: "ms", syntax: "number" },
    maxAge: { location: { option: ["maxAge"] }, unit: "ms", syntax: "ms" },
    currentTime: { location: { option: ["clockTimestamp"] }, kind: "ms" },
  },
  {
    apis: ["@fastify/jwt"],
    ignoreExpiration: [{ option: ["verify", "ignoreExpiration"] }],
    clockTolerance: { location: { option: ["verify", "clockTolerance"] }, unit: "ms", syntax: "number" },
    maxAge: { location: { option: ["verify", "maxAge"] }, unit: "s", syntax: "ms" },
    currentTime: { location: { option: ["verify", "clockTimestamp"] }, kind: "ms" },
  },
  {
    apis: ["@fastify/jwt request.jwtVerify", "@fastify/jwt fastify.jwt.verify"],
    ignoreExpiration: [{ option: ["ignoreExpiration"] }],
    clockTolerance: { location: { option: ["clockTolerance"] }, unit: "ms", syntax: "number" },
    maxAge: { location: { option: ["maxAge"] }, unit: "s", syntax: "ms" },
    currentTime: { location: { option: ["clockTimestamp"] }, kind: "ms" },
  },
  {
    apis: ["jose.jwtVerify", "jose.jwtDecrypt"],
    clockTolerance: { location: { option: ["clockTolerance"] }, unit: "s", syntax: "jose" },
    maxAge: { location: { option: ["maxTokenAge"] }, unit: "s", syntax: "jose" },
    currentTime: { location: { option: ["currentDate"] }, kind: "date" },
  },
  { apis: ["hono/jwt verify", "hono/utils/jwt verify"], checkExpiration: { option: ["exp"] } },
];

export function signLifetimeModel(api: JwtApi): SignLifetimeModel | undefined {
  return SIGN_LIFETIMES.find((model) => model.apis.includes(api.name));
}

export function verifyLifetimeModel(api: JwtApi): VerifyLifetimeModel | undefined {
  return VERIFY_LIFETIMES.find((model) => model.apis.includes(api.name));
}

// ---------------------------------------------------------------------------------------------
// APIs the shared JWT model does not list: jose `jwtDecrypt`, @fastify/jwt decorators
// ---------------------------------------------------------------------------------------------

const JOSE_DECRYPT: JwtApi = { name: "jose.jwtDecrypt", module: "jose", path: ["jwtDecrypt"], operation: "verify", token: { arg: 0 }, keys: [{ arg: 1 }], options: 2 };

/** @fastify/jwt decorators (`./fastify-jwt.ts` finds them): the lifetime models trust them in files that import a Fastify module. */
export const FASTIFY_DECORATOR_APIS: readonly (JwtApi & { readonly method: FastifyJwtDecoratorCall["method"] })[] = [
  { name: DECORATOR_NAMES.jwtSign, module: "@fastify/jwt", path: ["jwtSign"], operation: "sign", payload: { arg: 0 }, options: 1, method: "jwtSign" },
  { name: DECORATOR_NAMES.jwtVerify, module: "@fastify/jwt", path: ["jwtVerify"], operation: "verify", options: 0, method: "jwtVerify" },
  { name: DECORATOR_NAMES.sign, module: "@fastify/jwt", path: ["jwt", "sign"], operation: "sign", payload: { arg: 0 }, options: 1, method: "sign" },
  { name: DECORATOR_NAMES.verify, module: "@fastify/jwt", path: ["jwt", "verify"], operation: "verify", token: { arg: 0 }, options: 1, method: "verify" },
];

const DECORATOR_API = new Map(FASTIFY_DECORATOR_APIS.map((api) => [api.method, api]));

/** The decorator calls of a file that imports a Fastify module (cached per AST). */
const fastifyDecoratorCalls = perFile((context): JwtCall[] => {
  const found = findFastifyJwtDecorators(context);
  if (!found.importsFastify) return [];
  return found.calls.map(({ method, call: node }) => {
    const api = DECORATOR_API.get(method)!;
    const call: ModuleCall = { module: api.module, path: api.path, kind: "call", node, callee: node.callee };
    return callWithOptions(context, api, call);
  });
});

/** Like the shared model's option lookup: a callback in the options position means "no options". */
function callWithOptions(context: AnyContext, api: JwtApi, call: ModuleCall): JwtCall {
  if (api.options === undefined) return { api, call, options: undefined, optionsUnknown: false };
  const given = argumentAt(call.node, api.options);
  const hidden = argumentsUnknownFrom(call.node, api.options);
  if (!given) return { api, call, options: undefined, optionsUnknown: hidden };
  if (resolveFunction(context, given)) return { api, call, options: undefined, optionsUnknown: false };
  return { api, call, options: given, optionsUnknown: false };
}

/**
 * False when `findLifetimeCalls` and `joseSignCalls` cannot find anything in the file: it names no
 * JWT library, and no Fastify module with a `jwt` in the text (the decorators). A cheap
 * gate for a rule's `create`. The shared credential-word test comes first: `jwt` is one of its
 * words, so a file without one has neither.
 */
export function mayHaveLifetimeCalls(context: AnyContext): boolean {
  return mayNameCredential(context) && (mayUseJwtLibrary(context) || mayHaveFastifyJwtImport(context));
}

/**
 * Every call in the file of an API with a lifetime model for `operation` (`sign` includes
 * module-level configuration that carries sign options; `verify` includes configuration that
 * carries verify options): the shared JWT model's calls, jose `jwtDecrypt`, and @fastify/jwt decorators.
 */
export function findLifetimeCalls(context: AnyContext, operation: "sign" | "verify"): JwtCall[] {
  const hasModel = (api: JwtApi): boolean => (operation === "sign" ? signLifetimeModel(api) : verifyLifetimeModel(api)) !== undefined;
  const out = findJwtCalls(context, hasModel).map((found) => normalizeCallbackOptions(context, found));
  if (operation === "verify") {
    const index = moduleIndexOf(context, JWT_TRACKER);
    if (index.imports("jose")) {
      for (const call of index.calls("jose", JOSE_DECRYPT.path)) {
        if (call.kind === "call") out.push(callWithOptions(context, JOSE_DECRYPT, call));
      }
    }
  }
  for (const found of fastifyDecoratorCalls(context)) {
    if (hasModel(found.api)) out.push(found);
  }
  return out;
}

/** `sign(payload, key, done)` where `done` is a declared function: no options. */
function normalizeCallbackOptions(context: AnyContext, jwtCall: JwtCall): JwtCall {
  const { api, options } = jwtCall;
  if (!options || api.optionsFromFactory || api.registered) return jwtCall;
  return resolveFunction(context, options) ? { ...jwtCall, options: undefined } : jwtCall;
}

// ---------------------------------------------------------------------------------------------
// Module-level sign options (@nestjs/jwt, @fastify/jwt)
// ---------------------------------------------------------------------------------------------

export type ModuleExpiry =
  /** Some configuration in this file sets an expiry for every token. */
  | "present"
  /** Every configuration in this file is known and none sets an expiry. */
  | "absent"
  /** A configuration hides its options, or this file has none (they live elsewhere). */
  | "unknown";

/** Whether the file's module-level configuration of `module` (@nestjs/jwt, @fastify/jwt) sets an expiry. */
export function moduleSignExpiry(context: AnyContext, module: string): ModuleExpiry {
  const configs = findJwtCalls(context, (api) => api.module === module && (signLifetimeModel(api)?.configures ?? false));
  if (configs.length === 0) return "unknown";
  let result: ModuleExpiry = "absent";
  for (const config of configs) {
    const model = signLifetimeModel(config.api);
    if (!model?.expiresIn) return "unknown";
    if (config.optionsUnknown) return "unknown";
    // `registerAsync({ useClass })` / `({ useExisting })`: the options come from a class elsewhere.
    if (!config.options && config.api.optionsFromFactory) return "unknown";
    if (!config.options) continue;
    const found = readLocation(context, config, model.expiresIn.location);
    if (found.kind === "unknown") return "unknown";
    if (found.kind === "present") result = "present";
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// jose builders
// ---------------------------------------------------------------------------------------------

export interface JoseSignChain {
  /** `new SignJWT(payload)`, when the chain is seen from its start. */
  readonly construct?: TSESTree.NewExpression;
  /** Builder method calls on this token, by method name. */
  readonly calls: ReadonlyMap<string, readonly TSESTree.CallExpression[]>;
  /** False when the builder comes from somewhere this file does not show (a parameter, a call). */
  readonly complete: boolean;
}

const JOSE_BUILDER_CLASS = "SignJWT";

/**
 * The builder chain that a jose `SignJWT#sign` call finishes: `new SignJWT(p).setIssuedAt().sign(k)`,
 * or a constant builder (`const b = new SignJWT(p); b.setExpirationTime("2h"); await b.sign(k)`).
 */
export function joseSignChain(context: AnyContext, signCall: TSESTree.CallExpression | TSESTree.NewExpression): JoseSignChain {
  const calls = new Map<string, TSESTree.CallExpression[]>();
  const callee = unwrap(signCall.callee);
  if (callee.type !== "MemberExpression") return { calls, complete: false };
  return walkChain(context, callee.object, calls, 0);
}

function addCall(calls: Map<string, TSESTree.CallExpression[]>, name: string, call: TSESTree.CallExpression): void {
  const list = calls.get(name);
  if (!list) calls.set(name, [call]);
  else if (!list.includes(call)) list.push(call);
}

function isSignJwtConstruct(context: AnyContext, node: TSESTree.NewExpression): boolean {
  const index = moduleIndexOf(context, JWT_TRACKER);
  const target = index.resolve(node.callee) ?? index.resolve(unwrap(node.callee));
  return target?.module === "jose" && target.path.length === 1 && target.path[0] === JOSE_BUILDER_CLASS;
}

/** Walks a builder chain from its last object back to `new SignJWT(...)`, collecting method calls. */
function walkChain(context: AnyContext, start: TSESTree.Node, calls: Map<string, TSESTree.CallExpression[]>, depth: number): JoseSignChain {
  let current: TSESTree.Node = unwrap(start);
  for (let step = 0; step < 64 && depth < 8; step++) {
    if (current.type === "NewExpression") {
      return isSignJwtConstruct(context, current) ? { construct: current, calls, complete: true } : { calls, complete: false };
    }
    if (current.type === "CallExpression") {
      const inner = unwrap(current.callee);
      const name = inner.type === "MemberExpression" ? memberName(inner) : null;
      if (inner.type !== "MemberExpression" || name === null) return { calls, complete: false };
      addCall(calls, name, current);
      current = unwrap(inner.object);
      continue;
    }
    if (current.type === "Identifier") return fromBuilderVariable(context, current, calls, depth + 1);
    return { calls, complete: false };
  }
  return { calls, complete: false };
}

/** `const b = new SignJWT(p)…; b.setX(…); b.sign(k)`: every method call on the constant, in the same file. */
function fromBuilderVariable(context: AnyContext, identifier: TSESTree.Identifier, calls: Map<string, TSESTree.CallExpression[]>, depth: number): JoseSignChain {
  const variable = variableOf(context, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== "Variable") return { calls, complete: false };
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== "Identifier" || !declarator.init) return { calls, complete: false };
  for (const reference of variable.references) {
    if (!reference.init && reference.isWrite()) return { calls, complete: false };
    const id = reference.identifier as TSESTree.Node;
    const member = id.parent;
    if (member?.type !== "MemberExpression" || member.object !== id) continue;
    const name = memberName(member);
    const call = member.parent;
    if (name === null || call?.type !== "CallExpression" || call.callee !== member) continue;
    addCall(calls, name, call);
  }
  return walkChain(context, declarator.init, calls, depth);
}

/** Every `SignJWT#sign` call in the file. */
export function joseSignCalls(context: AnyContext): readonly ModuleCall[] {
  const index = moduleIndexOf(context, JWT_TRACKER);
  if (!index.imports("jose")) return [];
  return index.calls("jose", [JOSE_BUILDER_CLASS, INSTANCE, "sign"]).filter((call) => call.kind === "call");
}

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

/** True when the payload is certainly a string (a literal, a template, a constant holding one). */
export function isStringPayload(context: AnyContext, node: TSESTree.Node): boolean {
  const resolved = resolveNode(context, node);
  if (resolved.type === "TemplateLiteral") return true;
  const value = staticValue(context, resolved);
  return !!value && typeof value.value === "string";
}

/** The `exp` claim of a payload: present, known absent (with the literal to add it to) or unknown. */
export function payloadExp(context: AnyContext, payload: TSESTree.Node): PropertyResult {
  return readProperty(context, payload, "exp");
}

// ---------------------------------------------------------------------------------------------
// Access or refresh token
// ---------------------------------------------------------------------------------------------

export type TokenKind = "access" | "refresh";

/** Claims that say what a token is for. */
export const TOKEN_TYPE_CLAIMS: readonly string[] = ["typ", "type", "token_use", "tokenType", "token_type", "use", "kind"];

function kindFromWords(words: readonly string[]): TokenKind | undefined {
  if (words.includes("refresh")) return "refresh";
  if (words.includes("access")) return "access";
  return undefined;
}

function kindFromName(name: string | undefined): TokenKind | undefined {
  return name ? kindFromWords(splitWords(name)) : undefined;
}

/** What the result of `node` is assigned to: `const refreshToken = …`, `this.accessToken = …`, `{ refresh_token: … }`. */
function assignedName(node: TSESTree.Node): string | undefined {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 8; depth++) {
    const parent = current.parent;
    if (!parent) return undefined;
    switch (parent.type) {
      case "AwaitExpression":
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "ChainExpression":
        current = parent;
        continue;
      case "VariableDeclarator":
        return parent.init === current && parent.id.type === "Identifier" ? parent.id.name : undefined;
      case "AssignmentExpression": {
        if (parent.right !== current) return undefined;
        const left = unwrap(parent.left);
        if (left.type === "Identifier") return left.name;
        return left.type === "MemberExpression" ? (memberName(left) ?? undefined) : undefined;
      }
      case "Property":
        return parent.value === current && !parent.computed && parent.key.type === "Identifier" ? parent.key.name : parent.value === current && parent.key.type === "Literal" ? String(parent.key.value) : undefined;
      case "PropertyDefinition":
        return parent.value === current && parent.key.type === "Identifier" ? parent.key.name : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

export interface TokenKindEvidence {
  /** The expression whose value is the token (or the signer / verifier / configuration call). */
  readonly producer: TSESTree.Node;
  /** The claims object, when known. */
  readonly payload?: TSESTree.Node;
  /** Expressions whose names may say what the token is for: the key, the lifetime value, the options. */
  readonly names?: readonly (TSESTree.Node | undefined)[];
}

/**
 * Whether a token is an access or a refresh token, from the first decisive piece of evidence:
 * a type claim (`typ`, `type`, `token_use`, ... whose value contains "refresh" or "access"), the
 * name the token is assigned to, names in the options (the key `process.env.REFRESH_SECRET`, the
 * lifetime `REFRESH_EXPIRES_IN`, an options constant `refreshOptions`), the enclosing functions
 * (innermost first) and finally the enclosing class. Access when nothing says otherwise.
 */
export function tokenKind(context: AnyContext, evidence: TokenKindEvidence): TokenKind {
  if (evidence.payload) {
    for (const claim of TOKEN_TYPE_CLAIMS) {
      const found = readProperty(context, evidence.payload, claim);
      const value = found.kind === "present" ? (found.value ?? staticValue(context, found.node))?.value : undefined;
      if (typeof value !== "string") continue;
      const kind = kindFromWords(splitWords(value));
      if (kind) return kind;
    }
  }
  const assigned = kindFromName(assignedName(evidence.producer));
  if (assigned) return assigned;
  for (const node of evidence.names ?? []) {
    if (!node) continue;
    const kind = kindFromWords(nameWords(context, node));
    if (kind) return kind;
  }
  for (const fn of enclosingFunctions(evidence.producer)) {
    const kind = kindFromName(functionName(fn));
    if (kind) return kind;
  }
  for (let current = evidence.producer.parent; current; current = current.parent) {
    if ((current.type === "ClassDeclaration" || current.type === "ClassExpression") && current.id) {
      const kind = kindFromName(current.id.name);
      if (kind) return kind;
    }
  }
  return "access";
}

/** Words in the names an expression is written with: `process.env.REFRESH_SECRET`, `refreshOptions`, `cfg.jwt.refreshTtl`. */
function nameWords(context: AnyContext, node: TSESTree.Node): string[] {
  const written = unwrap(node);
  const words = chainNames(written).flatMap((name) => splitWords(name));
  // Also the name a constant was declared with, when written through another name.
  if (written.type === "Identifier") {
    const resolved = resolveNode(context, written);
    if (resolved !== written) words.push(...chainNames(resolved).flatMap((name) => splitWords(name)));
  }
  return words;
}

/** The options (or configuration) value nodes whose names may tell the token kind. */
export function optionNameNodes(context: AnyContext, jwtCall: JwtCall, paths: readonly (readonly string[])[]): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  if (jwtCall.options) out.push(jwtCall.options);
  for (const key of jwtCall.api.keys ?? []) {
    const found = readLocation(context, jwtCall, key);
    if (found.kind === "present") out.push(found.node);
  }
  if (jwtCall.options) {
    for (const path of paths) {
      const found = readPath(context, jwtCall.options, path);
      if (found.kind === "present") out.push(found.node);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text for suggestions
// ---------------------------------------------------------------------------------------------

/** `3600` → `60 * 60`, `2592000` → `30 * 24 * 60 * 60`, `90` → `90`: seconds as a reader writes them. */
export function secondsExpression(seconds: number): string {
  const units: readonly [number, string][] = [
    [DAY / SECOND, "24 * 60 * 60"],
    [HOUR / SECOND, "60 * 60"],
    [MINUTE / SECOND, "60"],
  ];
  for (const [size, text] of units) {
    if (seconds >= size && seconds % size === 0) {
      const count = seconds / size;
      return count === 1 ? text : `${count} * ${text}`;
    }
  }
  return String(seconds);
}

/** Milliseconds as a reader writes them: `60 * 60 * 1000`. */
export function millisecondsExpression(ms: number): string {
  if (ms >= SECOND && ms % SECOND === 0) return `${secondsExpression(ms / SECOND)} * 1000`;
  return String(ms);
}

/**
 * A node whose text shows the file's quote style, for `quote()`: the node itself when it holds a
 * string, else the first import / require source of the file.
 */
export function quoteStyleNode(context: AnyContext, node: TSESTree.Node): TSESTree.Node {
  const text = context.sourceCode.getText(node);
  if (text.includes("'") || text.includes('"')) return node;
  for (const statement of context.sourceCode.ast.body) {
    if (statement.type === "ImportDeclaration") return statement.source;
    if (statement.type === "VariableDeclaration") {
      const init = statement.declarations[0]?.init;
      if (init && /^[\w.\s]*(?:require|import)\(\s*["']/u.test(context.sourceCode.getText(init).slice(0, 200))) return init;
    }
  }
  return node;
}
