/**
 * CORS middleware as data: where the options are, and what `origin` means when it is left out.
 *
 * Defaults, checked against each package's README / source (2026-11):
 * - cors (Express) 2.8: origin "*", credentials false; `origin: true` reflects the request Origin.
 * - @fastify/cors 11: origin "*", credentials false; `origin: true` reflects.
 * - hono/cors (hono 4): origin "*", credentials false; an origin function's return value is sent.
 * - @koa/cors 5: origin "*", but with `credentials` on and no `origin` it sends the request's
 *   Origin header (v4 and before always did). Options may be functions of `ctx`.
 * - NestJS `app.enableCors(options)` / `NestFactory.create(Module, { cors })`: passes the options to
 *   cors or @fastify/cors; `cors: true` means their defaults (no credentials).
 * - apollo-server-express 3 `applyMiddleware({ cors })` / apollo-server 3 `new ApolloServer({ cors })`: cors options.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { argumentAt } from "../analysis/ast.js";
import { getModuleIndex, INSTANCE, RESULT, type TrackerConfig } from "../analysis/modules.js";
import type { AnyContext } from "../analysis/ast.js";
import { readProperty } from "../analysis/values.js";

export interface CorsApi {
  name: string;
  module: string;
  path: readonly string[];
  /** Registered as `app.register(plugin, options)` rather than called. */
  registered?: boolean;
  /** Options argument (of the call, or of `register`). */
  options: number;
  /** Options sit under this property of the argument (`cors` of `NestFactory.create` options). */
  under?: string;
  /** What a missing `origin` does when credentials are on. */
  missingOrigin: "wildcard" | "reflect";
}

export const CORS_APIS: readonly CorsApi[] = [
  { name: "cors", module: "cors", path: [], options: 0, missingOrigin: "wildcard" },
  { name: "@fastify/cors", module: "@fastify/cors", path: [], registered: true, options: 1, missingOrigin: "wildcard" },
  { name: "hono/cors", module: "hono/cors", path: ["cors"], options: 0, missingOrigin: "wildcard" },
  { name: "@koa/cors", module: "@koa/cors", path: [], options: 0, missingOrigin: "reflect" },
  { name: "NestJS enableCors", module: "@nestjs/core", path: ["NestFactory", "create", RESULT, "enableCors"], options: 0, missingOrigin: "wildcard" },
  { name: "NestJS cors option", module: "@nestjs/core", path: ["NestFactory", "create"], options: 1, under: "cors", missingOrigin: "wildcard" },
  { name: "Apollo cors option", module: "apollo-server-express", path: ["ApolloServer", INSTANCE, "applyMiddleware"], options: 0, under: "cors", missingOrigin: "wildcard" },
  { name: "Apollo cors option", module: "apollo-server", path: ["ApolloServer"], options: 0, under: "cors", missingOrigin: "wildcard" },
];

export const CORS_TRACKER: TrackerConfig = { modules: new Set(CORS_APIS.map((api) => api.module)) };

export interface CorsConfig {
  api: CorsApi;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The options expression, when given. */
  options: TSESTree.Node | undefined;
}

function isRegisterCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = call.callee;
  return callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" && callee.property.name === "register";
}

/** Every CORS configuration of a modelled API in the file. `NestFactory.create(M)` without `cors` is skipped. */
export function findCorsConfigs(context: AnyContext): CorsConfig[] {
  const index = getModuleIndex(context, CORS_TRACKER);
  const out: CorsConfig[] = [];
  for (const api of CORS_APIS) {
    if (!index.imports(api.module)) continue;
    const calls = api.registered
      ? index.argumentsOf(api.module, api.path).filter((use) => use.index === 0 && isRegisterCall(use.call)).map((use) => use.call)
      : index.calls(api.module, api.path).map((found) => found.node);
    for (const call of calls) {
      let options: TSESTree.Node | undefined = argumentAt(call, api.options);
      if (api.under) {
        if (!options) continue;
        const inner = readProperty(context, options, api.under);
        if (inner.kind !== "present") continue;
        options = inner.node;
      }
      out.push({ api, call, options });
    }
  }
  return out;
}

/** Header names, lower-case. */
export const ALLOW_ORIGIN = "access-control-allow-origin";
export const ALLOW_CREDENTIALS = "access-control-allow-credentials";

/** Methods that set one response header `(name, value)`: Express `setHeader` / `header` / `set`, Koa `set`, Fastify `header`, `Headers#set/append`. */
export const HEADER_SETTERS: ReadonlySet<string> = new Set(["setHeader", "header", "set", "append", "appendHeader"]);
