/**
 * CORS middleware as data: where the options are, and what `origin` means when it is left out.
 *
 * Defaults, checked against each package's README / source (2026-11):
 * - cors (Express) 2.8: origin "*", credentials false; `origin: true` reflects the request Origin;
 *   an array is matched exactly (so `"*"` in an array matches nothing).
 * - @fastify/cors 11: origin "*", credentials false; `origin: true` reflects.
 * - hono/cors (hono 4): origin "*", credentials false; an origin function's return value is sent.
 * - @koa/cors 5: origin "*", but with `credentials` on and no `origin` it sends the request's
 *   Origin header (v4 and before always did). Options may be functions of `ctx`.
 * - NestJS `app.enableCors(options)` / `NestFactory.create(Module, { cors })` and, with an adapter,
 *   `NestFactory.create(Module, new FastifyAdapter(), { cors })` (@nestjs/platform-fastify 11):
 *   passes the options to cors or @fastify/cors; `cors: true` means their defaults (no credentials).
 * - apollo-server-express 3 `applyMiddleware({ cors })` / apollo-server 3 `new ApolloServer({ cors })`: cors options.
 * - h3 2.0 (and 1.x) `handleCors(event, options)`, `appendCorsHeaders(event, options)`,
 *   `appendCorsPreflightHeaders(event, options)`: origin "*", credentials false; a function origin
 *   returns a boolean; array entries that are RegExps are matched with `search` (unanchored).
 *   Nuxt auto-imports these, so they are also recognised as unbound globals.
 * - itty-router 5 `cors(options)`: origin "*", credentials false; with credentials on, `"*"` (and a
 *   missing origin) sends the request's Origin back (read from dist/cors.mjs, 5.0.21).
 * - @elysiajs/cors 1.4 `cors(options)`: origin `true` (reflects), credentials `true` by default; a
 *   string origin without `://` is matched with `includes` (a substring) (read from src/index.ts).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { mayNameCredential } from "../analysis/credential-words.js";
import { textSearch } from "../analysis/text.js";
import { argumentAt } from "../analysis/ast.js";
import { getModuleIndex, INSTANCE, RESULT, type TrackerConfig } from "../analysis/modules.js";
import { mentionsTrackedModule } from "../analysis/module-gate.js";
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
  /** Credentials when the option is left out (@elysiajs/cors sends them by default). */
  credentialsDefault?: boolean;
  /** `origin: "*"` with credentials sends the request's Origin back instead of `*` (itty-router). */
  wildcardReflects?: boolean;
  /** A string origin without a scheme is matched as a substring of the request's Origin (@elysiajs/cors). */
  substringMatch?: boolean;
  /** `"*"` inside an origin array allows every origin (only @elysiajs/cors; elsewhere arrays match exactly). */
  wildcardInArray?: boolean;
  /** Also used without an import, as an unbound global (Nuxt auto-imports h3). */
  autoImported?: boolean;
}

const H3_FUNCTIONS = ["handleCors", "appendCorsHeaders", "appendCorsPreflightHeaders"];

export const CORS_APIS: readonly CorsApi[] = [
  { name: "cors", module: "cors", path: [], options: 0, missingOrigin: "wildcard" },
  { name: "@fastify/cors", module: "@fastify/cors", path: [], registered: true, options: 1, missingOrigin: "wildcard" },
  { name: "hono/cors", module: "hono/cors", path: ["cors"], options: 0, missingOrigin: "wildcard" },
  { name: "@koa/cors", module: "@koa/cors", path: [], options: 0, missingOrigin: "reflect" },
  { name: "NestJS enableCors", module: "@nestjs/core", path: ["NestFactory", "create", RESULT, "enableCors"], options: 0, missingOrigin: "wildcard" },
  { name: "NestJS cors option", module: "@nestjs/core", path: ["NestFactory", "create"], options: 1, under: "cors", missingOrigin: "wildcard" },
  { name: "NestJS cors option", module: "@nestjs/core", path: ["NestFactory", "create"], options: 2, under: "cors", missingOrigin: "wildcard" },
  { name: "Apollo cors option", module: "apollo-server-express", path: ["ApolloServer", INSTANCE, "applyMiddleware"], options: 0, under: "cors", missingOrigin: "wildcard" },
  { name: "Apollo cors option", module: "apollo-server", path: ["ApolloServer"], options: 0, under: "cors", missingOrigin: "wildcard" },
  ...H3_FUNCTIONS.map((fn): CorsApi => ({ name: `h3 ${fn}`, module: "h3", path: [fn], options: 1, missingOrigin: "wildcard", autoImported: true })),
  { name: "itty-router cors", module: "itty-router", path: ["cors"], options: 0, missingOrigin: "reflect", wildcardReflects: true },
  ...[["cors"], []].map(
    (path): CorsApi => ({
      name: "@elysiajs/cors",
      module: "@elysiajs/cors",
      path,
      options: 0,
      missingOrigin: "reflect",
      credentialsDefault: true,
      substringMatch: true,
      wildcardInArray: true,
    }),
  ),
];

export const CORS_TRACKER: TrackerConfig = { modules: new Set(CORS_APIS.map((api) => api.module)) };

/** `credentials: true`, `Access-Control-Allow-Credentials`, `ACCESS_CONTROL_ALLOW_CREDENTIALS`. */
const CREDENTIALS_TEXTS = [textSearch("redentials"), textSearch("REDENTIALS")];
/** The modules of the APIs that allow credentials when the option is left out, by name. */
const CREDENTIALS_DEFAULT_TEXTS = [...new Set(CORS_APIS.filter((api) => api.credentialsDefault).map((api) => api.module))].map((module) => textSearch(module));

/**
 * Cheap per-file pre-check: false when no CORS policy of the file can allow credentials. A header
 * or option that allows them spells "credentials" (a credential word, so the shared test comes
 * first); an API that allows them by default is imported by its module name.
 */
export function mayAllowCredentials(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  if (mayNameCredential(context) && CREDENTIALS_TEXTS.some((search) => search.in(text))) return true;
  return CREDENTIALS_DEFAULT_TEXTS.some((search) => search.in(text));
}

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

const AUTO_IMPORTED = new Set(CORS_APIS.filter((api) => api.autoImported).map((api) => api.path[0]));
/** Every auto-imported function name spells this (`handleCors`, `appendCorsHeaders` …). */
const AUTO_IMPORTED_WORD = "Cors";

/**
 * Cheap per-file pre-check: false when `findCorsConfigs` finds nothing. Every modelled API spells
 * "cors" or "Cors" in the file: in its module name (`cors`, `@fastify/cors`, `hono/cors`,
 * `@koa/cors`, `@elysiajs/cors`), its function (`enableCors`, `handleCors`, itty-router `cors`)
 * or the option the configuration sits under (`cors` of NestJS and Apollo). Only files that
 * spell it read their string tokens for the modules.
 */
export function mayConfigureCors(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  if (text.includes(AUTO_IMPORTED_WORD)) return true;
  return text.includes("cors") && mentionsTrackedModule(context, CORS_TRACKER);
}

/** `handleCors(event, …)` with no binding in the file (Nuxt's auto-import of h3), by function name; one pass over the unresolved references. */
function autoImportedCalls(context: AnyContext): Map<string, TSESTree.CallExpression[]> {
  const out = new Map<string, TSESTree.CallExpression[]>();
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  if (!globalScope || !context.sourceCode.text.includes(AUTO_IMPORTED_WORD)) return out;
  for (const reference of globalScope.through) {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.type !== "Identifier" || !AUTO_IMPORTED.has(identifier.name)) continue;
    const call = identifier.parent;
    if (call?.type !== "CallExpression" || call.callee !== identifier) continue;
    const list = out.get(identifier.name);
    if (list) list.push(call);
    else out.set(identifier.name, [call]);
  }
  return out;
}

/** Every CORS configuration of a modelled API in the file. `NestFactory.create(M)` without `cors` is skipped. */
export function findCorsConfigs(context: AnyContext): CorsConfig[] {
  const index = getModuleIndex(context, CORS_TRACKER);
  const out: CorsConfig[] = [];
  let auto: Map<string, TSESTree.CallExpression[]> | undefined;
  for (const api of CORS_APIS) {
    const imported = index.imports(api.module);
    if (!imported && !api.autoImported) continue;
    const calls = !imported
      ? ((auto ??= autoImportedCalls(context)).get(api.path[0]) ?? [])
      : api.registered
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

/** `access-control-allow-` (any case), and the index of its `w`. */
const HEADER_PREFIX = /^access-control-allow-$/iu;
const HEADER_PREFIX_W = "access-control-allo".length;

/** True when the file spells a CORS response header name (any case): only then can a header call set one. */
export function mentionsCorsHeader(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  // "allow-" ends in "w-" or "W-": the regex only runs on the 21 characters around each of them
  // that follow "lo" in any case (`| 32` lowercases ASCII letters: "o" → 111, "l" → 108).
  for (const tail of ["w-", "W-"]) {
    for (let i = text.indexOf(tail, HEADER_PREFIX_W); i !== -1; i = text.indexOf(tail, i + 2)) {
      if ((text.charCodeAt(i - 1) | 32) !== 111 || (text.charCodeAt(i - 2) | 32) !== 108) continue;
      if (HEADER_PREFIX.test(text.slice(i - HEADER_PREFIX_W, i + 2))) return true;
    }
  }
  return false;
}
