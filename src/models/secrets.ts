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
import { getModuleIndex, type CallKind, type TrackerConfig } from "../analysis/modules.js";
import { argumentAt, argumentsUnknownFrom, unwrap, type AnyContext } from "../analysis/ast.js";
import { readPath, type PropertyResult } from "../analysis/values.js";
import { JWT_APIS, JWT_TRACKER, findJwtCalls, readLocation } from "./jwt.js";

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

/** Every place in the file where a modelled library receives a secret. */
export function findSecretUses(context: AnyContext): SecretUse[] {
  const out: SecretUse[] = [];
  for (const jwtCall of findJwtCalls(context, (api) => api.keys !== undefined)) {
    const signing = jwtCall.api.operation === "sign" || jwtCall.api.operation === "configure";
    for (const location of jwtCall.api.keys ?? []) {
      const value = readLocation(context, jwtCall, location);
      if (value.kind !== "present") continue;
      out.push({ name: jwtCall.api.name, kind: "jwt", env: "JWT_SECRET", value, call: jwtCall.call.node, signing });
    }
  }
  const index = getModuleIndex(context, SESSION_TRACKER);
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

export { JWT_APIS, JWT_TRACKER };
