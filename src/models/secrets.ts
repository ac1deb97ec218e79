/**
 * Where libraries take a signing / encryption secret: JWT libraries (from the JWT model) and
 * session and cookie libraries. Used by `no-hardcoded-auth-secret`.
 *
 * Checked against the libraries' documentation (2026-11): express-session 1.18 (`secret`:
 * string or array), cookie-session 2.x (`keys` array, or `secret`), cookie-parser 1.4
 * (`cookieParser(secret)`: string or array), iron-session 8.x (`getIronSession(req, res, { password })`,
 * `getIronSession(cookies(), { password })`, `sealData` / `unsealData`; `password` may be a map
 * of id → password), iron-session 6.x (`withIronSessionApiRoute`, `withIronSessionSsr`,
 * `ironSession` from `iron-session/express`), next-auth 4 (`NextAuth({ secret })`,
 * `getToken({ req, secret })` and `encode` / `decode` from `next-auth/jwt`), Auth.js
 * (`NextAuth` v5, `Auth(request, { secret })` from `@auth/core`, `ExpressAuth`, `SvelteKitAuth`),
 * better-auth 1.x (`betterAuth({ secret })`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { type CallKind, type TrackerConfig } from "../analysis/modules.js";
import { mentionsTrackedModule, moduleIndexOf } from "../analysis/module-gate.js";
import { argumentAt, argumentsUnknownFrom, memberName, unwrap, type AnyContext } from "../analysis/ast.js";
import { arrayElements, readPath, readProperty, staticValue, type PropertyResult } from "../analysis/values.js";
import { classifySecret, type KeyWrapper, type RandomSource, type SecretValue, type SecretValueModel } from "../analysis/secrets.js";
import { JWT_APIS, JWT_TRACKER, algorithmFamily, findJwtCalls, minimumHmacKeyBytes, readLocation, type JwtCall, type Location } from "./jwt.js";

export type SecretKind = "jwt" | "session" | "cookie" | "auth-framework";

export interface SecretSink {
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds?: readonly CallKind[];
  /** Argument that holds the secret, or the options object; `"last"` = the last argument. */
  readonly arg: number | "last";
  /** Path inside that argument's object; empty = the argument itself. */
  readonly option: readonly string[];
  readonly kind: SecretKind;
  /** Environment variable suggested as the replacement. */
  readonly env: string;
}

const option = (module: string, path: readonly string[], name: string, arg: number | "last", opt: readonly string[], kind: SecretKind, env: string): SecretSink => ({
  name,
  module,
  path,
  arg,
  option: opt,
  kind,
  env,
});

export const SESSION_SECRET_SINKS: readonly SecretSink[] = [
  option("express-session", [], "express-session", 0, ["secret"], "session", "SESSION_SECRET"),
  option("cookie-session", [], "cookie-session", 0, ["keys"], "cookie", "COOKIE_SECRET"),
  option("cookie-session", [], "cookie-session", 0, ["secret"], "cookie", "COOKIE_SECRET"),
  option("cookie-parser", [], "cookie-parser", 0, [], "cookie", "COOKIE_SECRET"),
  option("iron-session", ["getIronSession"], "iron-session getIronSession", "last", ["password"], "session", "SESSION_PASSWORD"),
  option("iron-session", ["sealData"], "iron-session sealData", 1, ["password"], "session", "SESSION_PASSWORD"),
  option("iron-session", ["unsealData"], "iron-session unsealData", 1, ["password"], "session", "SESSION_PASSWORD"),
  option("iron-session/next", ["withIronSessionApiRoute"], "iron-session withIronSessionApiRoute", 1, ["password"], "session", "SESSION_PASSWORD"),
  option("iron-session/next", ["withIronSessionSsr"], "iron-session withIronSessionSsr", 1, ["password"], "session", "SESSION_PASSWORD"),
  option("iron-session/express", ["ironSession"], "iron-session ironSession", 0, ["password"], "session", "SESSION_PASSWORD"),
  option("next-auth", [], "NextAuth", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("next-auth/jwt", ["getToken"], "next-auth getToken", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("next-auth/jwt", ["encode"], "next-auth/jwt encode", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("next-auth/jwt", ["decode"], "next-auth/jwt decode", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("@auth/core", ["Auth"], "Auth.js Auth", 1, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("@auth/express", ["ExpressAuth"], "Auth.js ExpressAuth", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("@auth/sveltekit", ["SvelteKitAuth"], "Auth.js SvelteKitAuth", 0, ["secret"], "auth-framework", "AUTH_SECRET"),
  option("better-auth", ["betterAuth"], "better-auth", 0, ["secret"], "auth-framework", "BETTER_AUTH_SECRET"),
];

const SESSION_TRACKER: TrackerConfig = { modules: new Set(SESSION_SECRET_SINKS.map((sink) => sink.module)) };

export interface SecretUse {
  readonly name: string;
  readonly kind: SecretKind;
  readonly env: string;
  /** The expression given as the secret. */
  readonly value: PropertyResult;
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The signing algorithm, when the API states it next to the key (for HMAC key-size checks). */
  readonly algorithm?: string;
  /** True for keys that sign (private) as opposed to keys that may be public (verify). */
  readonly signing: boolean;
}

/**
 * Cheap per-file pre-check: false when `findSecretUses` finds nothing, because the file imports
 * none of the JWT or session libraries that take a secret (from the module entry points every
 * rule shares).
 */
export function maySecretUses(context: AnyContext): boolean {
  return mentionsTrackedModule(context, JWT_TRACKER) || mentionsTrackedModule(context, SESSION_TRACKER);
}

/** Every place in the file where a modelled library receives a secret. */
export function findSecretUses(context: AnyContext): SecretUse[] {
  const out: SecretUse[] = [];
  for (const jwtCall of findJwtCalls(context, (api) => api.keys !== undefined)) {
    const signing = jwtCall.api.operation === "sign" || jwtCall.api.operation === "configure";
    const algorithm = jwtAlgorithm(context, jwtCall);
    for (const location of jwtCall.api.keys ?? []) {
      // `publicKey` options hold keys that are meant to be published.
      if ("option" in location && /^public/iu.test(location.option[location.option.length - 1] ?? "")) continue;
      const value = readLocation(context, jwtCall, location);
      if (value.kind !== "present") continue;
      out.push({ name: jwtCall.api.name, kind: "jwt", env: "JWT_SECRET", value, call: jwtCall.call.node, signing, ...(algorithm ? { algorithm } : {}) });
    }
  }
  const index = moduleIndexOf(context, SESSION_TRACKER);
  for (const sink of SESSION_SECRET_SINKS) {
    if (!index.imports(sink.module)) continue;
    for (const call of index.calls(sink.module, sink.path)) {
      if (!(sink.kinds ?? ["call"]).includes(call.kind)) continue;
      const argIndex = sink.arg === "last" ? call.node.arguments.length - 1 : sink.arg;
      if (argIndex < 0 || (sink.arg !== "last" && argumentsUnknownFrom(call.node, argIndex))) continue;
      const argument = argumentAt(call.node, argIndex);
      if (!argument) continue;
      const value: PropertyResult = sink.option.length === 0 ? { kind: "present", node: unwrap(argument) } : readPath(context, argument, sink.option);
      if (value.kind !== "present") continue;
      out.push({ name: sink.name, kind: sink.kind, env: sink.env, value, call: call.node, signing: true });
    }
  }
  return out;
}

/**
 * The algorithm a JWT call states next to its key: the signing algorithm, or for verifiers the
 * accepted HMAC algorithm with the smallest key requirement (so key-size checks never over-report);
 * jose builders take it from `.setProtectedHeader({ alg })` earlier in the same chain.
 */
function jwtAlgorithm(context: AnyContext, jwtCall: JwtCall): string | undefined {
  const api = jwtCall.api;
  const locations: readonly Location[] =
    api.operation === "verify" ? (api.verifyAlgorithms ?? []) : [...(api.signAlgorithm ?? []), ...(api.verifyAlgorithms ?? [])];
  const names: string[] = [];
  for (const location of locations) {
    const found = readLocation(context, jwtCall, location);
    if (found.kind !== "present") continue;
    const list = arrayElements(context, found.node);
    if (list) {
      for (const element of list.elements) if (typeof element.value?.value === "string") names.push(element.value.value);
    } else {
      const value = found.value ?? staticValue(context, found.node);
      if (typeof value?.value === "string") names.push(value.value);
    }
    if (names.length > 0) break;
  }
  if (names.length === 0) {
    const header = protectedHeaderAlgorithm(context, jwtCall.call.node);
    if (header) names.push(header);
  }
  const hmac = names.filter((name) => algorithmFamily(name) === "hmac").sort((a, b) => minimumHmacKeyBytes(a) - minimumHmacKeyBytes(b));
  return hmac[0] ?? names[0];
}

/** jose `new SignJWT(p).setProtectedHeader({ alg }).setIssuedAt().sign(key)`: the `alg` of the chain. */
function protectedHeaderAlgorithm(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  let current = unwrap(call.callee);
  for (let i = 0; i < 16 && current.type === "MemberExpression"; i++) {
    const inner = unwrap(current.object);
    if (inner.type !== "CallExpression") return undefined;
    const callee = unwrap(inner.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "setProtectedHeader") {
      const header = argumentAt(inner, 0);
      if (!header) return undefined;
      const alg = readProperty(context, header, "alg");
      return alg.kind === "present" && typeof alg.value?.value === "string" ? alg.value.value : undefined;
    }
    current = callee;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Where key material comes from

const NODE_CRYPTO = ["crypto", "node:crypto"] as const;

/** Calls that turn their argument into a key: node `createSecretKey(x[, enc])`, jose `importJWK(jwk)`, `base64url.decode(x)`. */
export const KEY_WRAPPERS: readonly KeyWrapper[] = [
  ...NODE_CRYPTO.map((module): KeyWrapper => ({ module, path: ["createSecretKey"], arg: 0 })),
  { module: "jose", path: ["importJWK"], arg: 0 },
  { module: "jose", path: ["base64url", "decode"], arg: 0 },
];

function staticNumber(context: AnyContext, node: TSESTree.Node | undefined): number | undefined {
  if (!node || node.type === "SpreadElement") return undefined;
  const value = staticValue(context, node);
  return typeof value?.value === "number" && Number.isFinite(value.value) ? value.value : undefined;
}

/** Node's generators of key material: `randomBytes(n)`, `generateKeySync("hmac", { length: bits })`, `randomUUID()` (122 random bits). */
export const RANDOM_SOURCES: readonly RandomSource[] = NODE_CRYPTO.flatMap((module): RandomSource[] => [
  { module, path: ["randomBytes"], bytes: (context, call) => staticNumber(context, call.arguments[0]) },
  { module, path: ["randomUUID"], bytes: () => 16 },
  {
    module,
    path: ["generateKeySync"],
    bytes: (context, call) => {
      const type = call.arguments[0] && call.arguments[0].type !== "SpreadElement" ? staticValue(context, call.arguments[0]) : null;
      const options = argumentAt(call, 1);
      if (type?.value !== "hmac" || !options) return undefined;
      const length = readProperty(context, options, "length");
      const bits = length.kind === "present" ? staticNumber(context, length.node) : undefined;
      return bits === undefined ? undefined : Math.floor(bits / 8);
    },
  },
  {
    module,
    path: ["webcrypto", "getRandomValues"],
    bytes: (context, call) => {
      const array = argumentAt(call, 0);
      const created = array ? unwrap(array) : undefined;
      if (created?.type !== "NewExpression") return undefined;
      const callee = unwrap(created.callee);
      return callee.type === "Identifier" && callee.name === "Uint8Array" ? staticNumber(context, created.arguments[0]) : undefined;
    },
  },
]);

/** The tracker for `KEY_WRAPPERS` and `RANDOM_SOURCES`. */
const KEY_MATERIAL_TRACKER: TrackerConfig = { modules: new Set([...NODE_CRYPTO, "jose"]) };

export const SECRET_VALUE_MODEL: SecretValueModel = { tracker: KEY_MATERIAL_TRACKER, wrappers: KEY_WRAPPERS, randoms: RANDOM_SOURCES };

/** What the secret given at a sink is made of (literal, fallback, private key, generated), see `classifySecret`. */
export function classifySecretUse(context: AnyContext, use: SecretUse): SecretValue[] {
  if (use.value.kind !== "present") return [];
  return classifySecret(context, use.value.node, SECRET_VALUE_MODEL);
}

export { JWT_APIS, JWT_TRACKER };
