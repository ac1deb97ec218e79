/**
 * Route handlers and their parameters: "is this `res` an HTTP response of a web framework?"
 *
 * `res.cookie(...)`, `reply.setCookie(...)`, `ctx.cookies.set(...)` and `event.cookies.set(...)`
 * have no import to follow: what makes them cookie writes is the receiver. This file finds, once
 * per file (cached per AST), every function that a web framework calls with a request / response /
 * context / reply / event / toolkit, and answers `roleOf(node)`: "which of those does this
 * expression hold?" — through aliases, destructuring, same-file helper functions that receive one,
 * framework type annotations, and (when the user lints with type information) the checker.
 *
 * How handlers are recognised, per framework:
 * - express: `express()`, `express.Router()`, `Router()` (also typed `app: Express`, `router: Router`)
 *   `.METHOD(path, ...middlewares, handler)`, `.use(...)`, `.route(path).METHOD(...)` chains,
 *   arrays of middlewares, one level of wrappers (`asyncHandler(async (req, res) => …)`).
 * - koa: `new Koa().use(async (ctx, next) => …)`, @koa/router / koa-router `router.METHOD(...)`.
 * - fastify: an instance's `.METHOD(path, [options], handler)`, `.route({ method, url, handler })`,
 *   `.addHook(name, fn)`, plugins registered with `.register(fn)` or wrapped by fastify-plugin `fp(fn)`.
 * - hono: `new Hono().METHOD(path, (c, next) => …)`, `.on(method, path, …)`, `createMiddleware`.
 * - nest: `@Get()` / `@Post()` … methods; `@Res()` / `@Req()` / `@Next()` parameter decorators.
 * - next: app-router `export async function POST(request)`, `middleware(request)`, pages API
 *   `export default function handler(req, res)` (file under `pages/api/`, or `NextApi*` types).
 * - sveltekit: `+server` / `+page.server` / `hooks.server` exports, `export const actions = {…}`,
 *   `load`, `handle({ event, resolve })`; `event` or destructured `{ cookies }`.
 * - astro: endpoint exports (`export const POST: APIRoute = ({ cookies }) => …`), `onRequest` /
 *   `defineMiddleware`, and the `Astro` global of `.astro` frontmatter.
 * - h3 / Nuxt: `defineEventHandler((event) => …)` / `eventHandler`, imported from h3 or the Nuxt
 *   auto-import (an unshadowed global).
 * - hapi: `server.route({ method, path, handler(request, h) })` (also arrays and `options.handler`).
 * - remix: `action` / `loader` exports (`({ request })`).
 * - node-http: `http.createServer((req, res) => …)`, `server.on("request", …)`.
 * - conventional: any other function whose first two parameters are named `req` / `request` and
 *   `res` / `response` / `reply` (Express-style controllers that live in files without an import;
 *   `(err, req, res, next)` too), or `(ctx, next)` (Koa-style middleware). The framework is not
 *   known; callers decide which APIs they accept on such a receiver (the cookie model accepts
 *   Express `res.cookie` and Koa `ctx.cookies.set`, whose receivers are named this way by
 *   convention and nowhere else).
 *
 * Types: a parameter annotated with a framework type (`res: Response` from "express", also a type
 * parameter constrained to one: `<R extends FastifyReply>(reply: R)`), and with type information
 * any value whose type is declared by the framework's package or in a `declare module "express"`
 * block of the project.
 *
 * Everything here is best-effort and silent on failure: it never throws.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { argumentAt, isFunction, memberName, nodeAtIndex, perFile, staticKeyName, unwrap, walk, type AnyContext, type Variable } from "./ast.js";
import { callSitesOf, parameterIndex, variableOf, type FunctionNode } from "./flow.js";
import { EMPTY_MODULE_INDEX, getModuleIndex, INSTANCE, mentionsTrackedModule, RESULT, type ModuleIndex, type TrackerConfig } from "./modules.js";
import { isIdentifierCode } from "./text.js";
import { readProperty, resolveFunction, resolveNode, staticValue } from "./values.js";

export type Framework =
  | "express"
  | "koa"
  | "fastify"
  | "hono"
  | "nest"
  | "next"
  | "sveltekit"
  | "astro"
  | "h3"
  | "hapi"
  | "remix"
  | "node-http"
  | "conventional";

export type HandlerRole = "request" | "response" | "context" | "reply" | "event" | "toolkit" | "next";

export interface RouteHandler {
  fn: FunctionNode;
  framework: Framework;
  /** Lowercase HTTP method (`"get"`, `"post"`, `"use"`, `"all"` …); undefined when unknown. */
  method?: string;
  /** Static route path when known (`"/login"`). */
  path?: string;
  /** What made it a handler: the registration call, the NestJS method decorator, or the export. */
  registration?: TSESTree.CallExpression | TSESTree.Decorator | TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration;
  /** Handler parameters bound to identifiers, by role. */
  params: Partial<Record<HandlerRole, TSESTree.Identifier>>;
  /** Role of each parameter position (undefined where the position has none). */
  roles: readonly (HandlerRole | undefined)[];
  /**
   * Identifiers destructured from a role parameter, by property name: `({ cookies, request })`
   * of a SvelteKit / Astro / Remix handler, `({ event })` of a SvelteKit `handle` hook.
   */
  destructured: Partial<Record<string, TSESTree.Identifier>>;
}

/**
 * What an expression holds: a handler role (`path: []`), or a member of one
 * (`event.cookies` / destructured `{ cookies }` → `{ role: "event", path: ["cookies"] }`).
 */
export interface HandlerValue {
  role: HandlerRole;
  framework: Framework;
  path: readonly string[];
}

const ROUTE_METHODS = new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "del",
  "head",
  "options",
  "all",
  "use",
  "trace",
  "connect",
  "search",
]);

const FASTIFY_HOOKS = new Set([
  "onRequest",
  "preParsing",
  "preValidation",
  "preHandler",
  "preSerialization",
  "onSend",
  "onResponse",
  "onError",
  "onTimeout",
  "onRequestAbort",
]);

const NEST_METHOD_DECORATORS = new Map([
  ["Get", "get"],
  ["Post", "post"],
  ["Put", "put"],
  ["Patch", "patch"],
  ["Delete", "delete"],
  ["All", "all"],
  ["Options", "options"],
  ["Head", "head"],
  ["Search", "search"],
]);
const NEST_PARAM_DECORATORS = new Map<string, HandlerRole>([
  ["Res", "response"],
  ["Response", "response"],
  ["Req", "request"],
  ["Request", "request"],
  ["Next", "next"],
]);

const HTTP_EXPORTS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ALL"]);
/** The other export names `collectExports` reads. */
const HANDLER_EXPORTS = new Set(["middleware", "onRequest", "action", "loader", "load", "handle", "actions"]);

const EXPRESS_MODULES = ["express"];
const KOA_MODULES = ["koa"];
const KOA_ROUTER_MODULES = ["@koa/router", "koa-router"];
const FASTIFY_MODULES = ["fastify"];
const HONO_MODULES = ["hono", "hono/tiny", "hono/quick"];
const NODE_HTTP_MODULES = ["http", "https", "http2", "node:http", "node:https", "node:http2"];
const H3_MODULES = ["h3", "nitropack/runtime", "#imports"];
const HAPI_MODULES = ["@hapi/hapi", "hapi"];
const NEST_MODULE = "@nestjs/common";
const FASTIFY_PLUGIN_MODULE = "fastify-plugin";
const FASTIFY_PLUGIN_TYPES = new Set(["FastifyPluginAsync", "FastifyPluginCallback", "FastifyPlugin"]);
const HONO_FACTORY_MODULE = "hono/factory";
const ASTRO_MIDDLEWARE_MODULE = "astro:middleware";
const REMIX_MODULE_PATTERN = /^(@remix-run\/|@react-router\/|react-router$|@vercel\/remix$)/u;
const ASTRO_MODULE_PATTERN = /^astro(:|$|\/)/u;

interface TypeRole {
  role: HandlerRole;
  framework: Framework;
  path?: readonly string[];
}

/** Framework types by module and exported type name. */
const TYPE_ROLES: Readonly<Record<string, Readonly<Record<string, TypeRole>>>> = {
  express: {
    Response: { role: "response", framework: "express" },
    Request: { role: "request", framework: "express" },
    NextFunction: { role: "next", framework: "express" },
  },
  "express-serve-static-core": {
    Response: { role: "response", framework: "express" },
    Request: { role: "request", framework: "express" },
    NextFunction: { role: "next", framework: "express" },
  },
  fastify: {
    FastifyReply: { role: "reply", framework: "fastify" },
    FastifyRequest: { role: "request", framework: "fastify" },
  },
  koa: {
    Context: { role: "context", framework: "koa" },
    ParameterizedContext: { role: "context", framework: "koa" },
    DefaultContext: { role: "context", framework: "koa" },
    ExtendableContext: { role: "context", framework: "koa" },
    Next: { role: "next", framework: "koa" },
  },
  "@koa/router": { RouterContext: { role: "context", framework: "koa" } },
  "koa-router": { RouterContext: { role: "context", framework: "koa" }, IRouterContext: { role: "context", framework: "koa" } },
  hono: { Context: { role: "context", framework: "hono" }, Next: { role: "next", framework: "hono" } },
  next: {
    NextApiResponse: { role: "response", framework: "next" },
    NextApiRequest: { role: "request", framework: "next" },
  },
  "next/server": {
    NextRequest: { role: "request", framework: "next" },
    NextResponse: { role: "response", framework: "next" },
  },
  "@sveltejs/kit": {
    RequestEvent: { role: "event", framework: "sveltekit" },
    ServerLoadEvent: { role: "event", framework: "sveltekit" },
    Cookies: { role: "event", framework: "sveltekit", path: ["cookies"] },
  },
  astro: {
    APIContext: { role: "context", framework: "astro" },
    AstroGlobal: { role: "context", framework: "astro" },
    AstroCookies: { role: "context", framework: "astro", path: ["cookies"] },
  },
  h3: { H3Event: { role: "event", framework: "h3" } },
  "@hapi/hapi": { ResponseToolkit: { role: "toolkit", framework: "hapi" }, Request: { role: "request", framework: "hapi" } },
  hapi: { ResponseToolkit: { role: "toolkit", framework: "hapi" }, Request: { role: "request", framework: "hapi" } },
  http: { ServerResponse: { role: "response", framework: "node-http" }, IncomingMessage: { role: "request", framework: "node-http" } },
  "node:http": { ServerResponse: { role: "response", framework: "node-http" }, IncomingMessage: { role: "request", framework: "node-http" } },
  https: { ServerResponse: { role: "response", framework: "node-http" }, IncomingMessage: { role: "request", framework: "node-http" } },
  "node:https": { ServerResponse: { role: "response", framework: "node-http" }, IncomingMessage: { role: "request", framework: "node-http" } },
};

const REMIX_ARG_TYPES = new Set(["ActionFunctionArgs", "LoaderFunctionArgs", "DataFunctionArgs", "ActionArgs", "LoaderArgs"]);

// ---------------------------------------------------------------------------------------------
// Module indexes only where a tracked module is named
// ---------------------------------------------------------------------------------------------

/**
 * A pattern that finds any of `modules` written as a module specifier (a quoted string: `import …
 * from "m"`, `require('m')`, `` import(`m`) ``). Build it once per tracker, at module load.
 */
export function moduleMentionPattern(modules: Iterable<string>): RegExp {
  const names = [...new Set(modules)].map((name) => name.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"));
  return new RegExp(`["'\`](?:${names.join("|")})["'\`]`, "u");
}

/**
 * `getModuleIndex`, skipped (an index that finds nothing) when the file never writes one of the
 * tracked module names as a string: building an index walks the whole file, which a file that
 * imports none of the modules does not need. `mention` is `moduleMentionPattern(tracker.modules)`.
 */
export function moduleIndexIfMentioned(context: AnyContext, tracker: TrackerConfig, mention: RegExp): ModuleIndex {
  // The entry points (cached per AST, shared by every tracker) rule most files out before the text is searched.
  if (!mentionsTrackedModule(context, tracker)) return EMPTY_MODULE_INDEX;
  return mention.test(context.sourceCode.text) ? getModuleIndex(context, tracker) : EMPTY_MODULE_INDEX;
}

export const HANDLER_TRACKER: TrackerConfig = {
  modules: new Set([
    ...EXPRESS_MODULES,
    ...KOA_MODULES,
    ...KOA_ROUTER_MODULES,
    ...FASTIFY_MODULES,
    ...HONO_MODULES,
    ...NODE_HTTP_MODULES,
    ...H3_MODULES,
    ...HAPI_MODULES,
    NEST_MODULE,
    FASTIFY_PLUGIN_MODULE,
    HONO_FACTORY_MODULE,
    ASTRO_MIDDLEWARE_MODULE,
  ]),
};
const HANDLER_MODULE_MENTION = moduleMentionPattern(HANDLER_TRACKER.modules);

/** Parameter roles by position, per framework (express-style error middleware shifts by one). */
function positionalRoles(framework: Framework, fn: FunctionNode): (HandlerRole | undefined)[] {
  switch (framework) {
    case "express":
    case "conventional":
    case "node-http":
      return fn.params.length >= 4 ? [undefined, "request", "response", "next"] : ["request", "response", "next"];
    case "koa":
    case "hono":
      return ["context", "next"];
    case "fastify":
      return ["request", "reply"];
    case "hapi":
      return ["request", "toolkit"];
    case "sveltekit":
    case "h3":
      return ["event"];
    case "astro":
      return ["context", "next"];
    case "remix":
      return ["context"];
    case "next":
      return ["request", "context"];
    case "nest":
      return [];
  }
}

/** Destructured keys that name a role of their own: `({ request })`, SvelteKit `handle({ event })`. */
const ROLE_KEYS = new Map<string, HandlerRole>([
  ["request", "request"],
  ["event", "event"],
]);

interface FileHandlers {
  list: RouteHandler[];
  byFn: Map<TSESTree.Node, RouteHandler>;
  /** Declared identifier (the binding in the parameter list) → what it holds. */
  bindings: Map<TSESTree.Identifier, HandlerValue>;
}

const handlersCache = new WeakMap<object, FileHandlers>();
const valueCache = new WeakMap<TSESTree.Node, HandlerValue | null>();

const EMPTY_FILE: FileHandlers = { list: [], byFn: new Map(), bindings: new Map() };

/** Every route handler of the file (cached per AST). */
export function findRouteHandlers(context: AnyContext): readonly RouteHandler[] {
  return fileHandlers(context).list;
}

/** The route handler `fn` is, if any. */
export function handlerOf(context: AnyContext, fn: TSESTree.Node): RouteHandler | undefined {
  return fileHandlers(context).byFn.get(fn);
}

/** The innermost route handler that contains `node`. */
export function enclosingHandler(context: AnyContext, node: TSESTree.Node): RouteHandler | undefined {
  const byFn = fileHandlers(context).byFn;
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunction(current)) {
      const found = byFn.get(current);
      if (found) return found;
    }
    current = current.parent;
  }
  return undefined;
}

function fileHandlers(context: AnyContext): FileHandlers {
  const ast = context.sourceCode.ast as object;
  let found = handlersCache.get(ast);
  if (!found) {
    try {
      found = collect(context);
    } catch {
      found = EMPTY_FILE;
    }
    handlersCache.set(ast, found);
  }
  return found;
}

/**
 * The handler role an expression holds: a handler parameter (through aliases / constants), a
 * parameter of a same-file helper that is passed one, a parameter typed as a framework type, a
 * NestJS `@Res()` / `@Req()` parameter, or — with type information — a value of such a type.
 * Members of a role are not a role (`event.cookies` is not an event): see `handlerValueOf`.
 */
export function roleOf(context: AnyContext, node: TSESTree.Node): { role: HandlerRole; framework: Framework } | undefined {
  const value = handlerValueOf(context, node);
  return value && value.path.length === 0 ? { role: value.role, framework: value.framework } : undefined;
}

/** Like `roleOf`, also for members of a role: `event.cookies`, `Astro.cookies`, destructured `{ cookies }`. */
export function handlerValueOf(context: AnyContext, node: TSESTree.Node): HandlerValue | undefined {
  try {
    return valueOf(context, node, 0);
  } catch {
    return undefined;
  }
}

const MAX_DEPTH = 6;

function valueOf(context: AnyContext, node: TSESTree.Node, depth: number): HandlerValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const cached = valueCache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  valueCache.set(node, null); // cycle guard
  const found = computeValue(context, node, depth) ?? typedValue(context, node);
  valueCache.set(node, found ?? null);
  return found;
}

function computeValue(context: AnyContext, node: TSESTree.Node, depth: number): HandlerValue | undefined {
  let n = unwrap(node);
  if (n.type === "ChainExpression") n = unwrap(n.expression);
  if (n.type === "AwaitExpression") return undefined;
  if (n.type === "MemberExpression") {
    const name = memberName(n);
    if (name === null) return undefined;
    const inner = valueOf(context, n.object, depth + 1);
    return inner ? { ...inner, path: [...inner.path, name] } : undefined;
  }
  if (n.type !== "Identifier") return undefined;
  const variable = variableOf(context, n);
  if (!variable || variable.defs.length === 0) {
    // `.astro` frontmatter: `Astro.cookies`.
    return n.name === "Astro" && !variable?.defs.length ? { role: "context", framework: "astro", path: [] } : undefined;
  }
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  const declared = variable.identifiers[0] as TSESTree.Identifier | undefined;
  if (def.type === "Parameter") {
    if (declared) {
      const bound = fileHandlers(context).bindings.get(declared);
      if (bound) return bound;
      const decorated = decoratedRole(context, declared);
      if (decorated) return decorated;
      const typed = annotatedRole(context, declared);
      if (typed) return typed;
    }
    const fn = def.node as TSESTree.Node;
    if (fn.type !== "FunctionDeclaration" && fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression") return undefined;
    return helperParameter(context, fn, n, depth);
  }
  if (def.type === "Variable") {
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (!declarator.init || !isConstant(variable)) return undefined;
    if (declarator.id.type === "Identifier") {
      const typed = declared ? annotatedRole(context, declared) : undefined;
      return typed ?? valueOf(context, declarator.init, depth + 1);
    }
    if (declarator.id.type === "ObjectPattern" && declared) {
      const key = patternKey(declarator.id, declared);
      if (key === undefined) return undefined;
      const inner = valueOf(context, declarator.init, depth + 1);
      if (!inner) return undefined;
      const own = ROLE_KEYS.get(key);
      if (own && inner.path.length === 0 && own !== inner.role) return { role: own, framework: inner.framework, path: [] };
      return { ...inner, path: [...inner.path, key] };
    }
  }
  return undefined;
}

function isConstant(variable: Variable): boolean {
  for (const reference of variable.references) {
    if (!reference.init && reference.isWrite()) return false;
  }
  return true;
}

/** The static key under which `declared` is destructured from `pattern` (one level). */
function patternKey(pattern: TSESTree.ObjectPattern, declared: TSESTree.Identifier): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== "Property") continue;
    const value = property.value.type === "AssignmentPattern" ? property.value.left : property.value;
    if (value === declared) return staticKeyName(property.key, property.computed) ?? undefined;
  }
  return undefined;
}

/** A parameter of a same-file function that its call sites fill with a handler value. */
function helperParameter(context: AnyContext, fn: FunctionNode, identifier: TSESTree.Identifier, depth: number): HandlerValue | undefined {
  const index = parameterIndex(context, fn, identifier);
  if (index === undefined) return undefined;
  for (const call of callSitesOf(context, fn)) {
    const argument = argumentAt(call, index);
    if (!argument) continue;
    const found = valueOf(context, argument, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** NestJS `@Res() res`, `@Req() req`, `@Next() next` parameters. */
function decoratedRole(context: AnyContext, declared: TSESTree.Identifier): HandlerValue | undefined {
  const decorators = (declared as { decorators?: TSESTree.Decorator[] }).decorators;
  if (!decorators || decorators.length === 0) return undefined;
  const index = moduleIndexIfMentioned(context, HANDLER_TRACKER, HANDLER_MODULE_MENTION);
  for (const decorator of decorators) {
    const expression = unwrap(decorator.expression);
    const callee = expression.type === "CallExpression" ? expression.callee : expression;
    const target = index.resolve(callee) ?? index.resolve(unwrap(callee));
    if (target?.module !== NEST_MODULE || target.path.length !== 1) continue;
    const role = NEST_PARAM_DECORATORS.get(target.path[0]);
    if (!role) continue;
    // `@Res() reply: FastifyReply` with the Fastify adapter.
    const typed = annotatedRole(context, declared);
    if (typed && typed.path.length === 0 && typed.role === "reply") return { role: "reply", framework: "nest", path: [] };
    return { role, framework: "nest", path: [] };
  }
  return undefined;
}

/** A parameter / variable annotated with a framework type imported from its module. */
function annotatedRole(context: AnyContext, declared: TSESTree.Identifier): HandlerValue | undefined {
  const annotation = declared.typeAnnotation?.typeAnnotation;
  return annotation ? typeNodeRole(context, annotation) : undefined;
}

function typeNodeRole(context: AnyContext, type: TSESTree.TypeNode, depth = 0): HandlerValue | undefined {
  if (type.type === "TSUnionType" || type.type === "TSIntersectionType") {
    for (const member of type.types) {
      const found = typeNodeRole(context, member, depth);
      if (found) return found;
    }
    return undefined;
  }
  if (type.type !== "TSTypeReference") return undefined;
  // `<R extends FastifyReply>(reply: R)`: the constraint says what the parameter holds.
  const constraint = typeParameterConstraint(context, type.typeName);
  if (constraint) return depth < 4 ? typeNodeRole(context, constraint, depth + 1) : undefined;
  const reference = importedType(context, type.typeName);
  if (!reference) return undefined;
  const role = TYPE_ROLES[reference.module]?.[reference.name];
  if (role) return { role: role.role, framework: role.framework, path: role.path ?? [] };
  if (REMIX_MODULE_PATTERN.test(reference.module) && REMIX_ARG_TYPES.has(reference.name)) return { role: "context", framework: "remix", path: [] };
  return undefined;
}

/** The `extends` type of a type parameter named by `typeName`, if it is one. */
function typeParameterConstraint(context: AnyContext, typeName: TSESTree.EntityName): TSESTree.TypeNode | undefined {
  if (typeName.type !== "Identifier") return undefined;
  const variable = variableOf(context, typeName);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const node = def?.node as TSESTree.Node | undefined;
  return node?.type === "TSTypeParameter" ? (node.constraint ?? undefined) : undefined;
}

/** `Response` imported from "express", or `express.Response` with `express` imported: module and type name. */
function importedType(context: AnyContext, typeName: TSESTree.EntityName): { module: string; name: string } | undefined {
  if (typeName.type === "Identifier") {
    const binding = importBinding(context, typeName);
    if (!binding || binding.imported === undefined) return undefined;
    return { module: binding.module, name: binding.imported };
  }
  if (typeName.type === "TSQualifiedName" && typeName.left.type === "Identifier") {
    const binding = importBinding(context, typeName.left);
    if (!binding || binding.imported !== undefined) return undefined;
    return { module: binding.module, name: typeName.right.name };
  }
  return undefined;
}

/** The module an imported identifier comes from; `imported` is the member name (undefined for default / namespace / `import =`). */
function importBinding(context: AnyContext, identifier: TSESTree.Identifier): { module: string; imported?: string } | undefined {
  const variable = variableOf(context, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def || def.type !== "ImportBinding") return undefined;
  const node = def.node as TSESTree.Node;
  if (node.type === "ImportSpecifier") {
    const declaration = node.parent as TSESTree.ImportDeclaration;
    const imported = node.imported.type === "Identifier" ? node.imported.name : String(node.imported.value);
    return imported === "default" ? { module: declaration.source.value } : { module: declaration.source.value, imported };
  }
  if (node.type === "ImportDefaultSpecifier" || node.type === "ImportNamespaceSpecifier") {
    return { module: (node.parent as TSESTree.ImportDeclaration).source.value };
  }
  if (node.type === "TSImportEqualsDeclaration") {
    const reference = node.moduleReference;
    if (reference.type === "TSExternalModuleReference" && reference.expression.type === "Literal" && typeof reference.expression.value === "string") {
      return { module: reference.expression.value };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Type-aware mode (optional): `parserServices.program` is present
// ---------------------------------------------------------------------------------------------

const TYPE_PACKAGES: readonly { pattern: RegExp; names: Readonly<Record<string, TypeRole>> }[] = [
  { pattern: /[\\/](@types[\\/]express|@types[\\/]express-serve-static-core|express)[\\/]/u, names: TYPE_ROLES.express },
  { pattern: /[\\/]fastify[\\/]/u, names: TYPE_ROLES.fastify },
  { pattern: /[\\/](@types[\\/]koa|koa)[\\/]/u, names: TYPE_ROLES.koa },
  { pattern: /[\\/]hono[\\/]/u, names: TYPE_ROLES.hono },
  { pattern: /[\\/]next[\\/]/u, names: { ...TYPE_ROLES.next, ...TYPE_ROLES["next/server"] } },
  { pattern: /[\\/]@sveltejs[\\/]kit[\\/]/u, names: TYPE_ROLES["@sveltejs/kit"] },
  { pattern: /[\\/]astro[\\/]/u, names: TYPE_ROLES.astro },
  { pattern: /[\\/]h3[\\/]/u, names: TYPE_ROLES.h3 },
  { pattern: /[\\/]@hapi[\\/]hapi[\\/]/u, names: TYPE_ROLES["@hapi/hapi"] },
];

interface TsDeclaration {
  parent?: TsDeclaration;
  /** A module declaration's name: a string literal (`text`, no `escapedText`) for `declare module "express"`. */
  name?: { text?: string; escapedText?: string };
  body?: unknown;
  getSourceFile(): { fileName: string };
}
interface TsSymbol {
  getName(): string;
  declarations?: TsDeclaration[];
}
interface TsType {
  aliasSymbol?: TsSymbol;
  getSymbol(): TsSymbol | undefined;
  isUnion?(): boolean;
  types?: TsType[];
}
interface ParserServicesLike {
  program?: { getTypeChecker(): { getTypeAtLocation(node: unknown): TsType } } | null;
  esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
}

function typedValue(context: AnyContext, node: TSESTree.Node): HandlerValue | undefined {
  const services = (context.sourceCode as unknown as { parserServices?: ParserServicesLike }).parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const n = unwrap(node);
  if (n.type !== "Identifier" && n.type !== "MemberExpression") return undefined;
  try {
    const tsNode = services.esTreeNodeToTSNodeMap.get(n);
    if (!tsNode) return undefined;
    const type = services.program.getTypeChecker().getTypeAtLocation(tsNode);
    return typeRole(type, 0);
  } catch {
    return undefined;
  }
}

function typeRole(type: TsType, depth: number): HandlerValue | undefined {
  if (depth > 3) return undefined;
  if (type.types && type.types.length > 0) {
    for (const member of type.types) {
      const found = typeRole(member, depth + 1);
      if (found) return found;
    }
  }
  for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
    if (!symbol) continue;
    const name = symbol.getName();
    const declaration = symbol.declarations?.[0];
    if (!declaration) continue;
    // `declare module "express" { interface Response … }` (a project's own declarations, or a
    // package that declares its module by name): the module name decides.
    const ambient = ambientModuleOf(declaration);
    const byModule = ambient !== undefined ? TYPE_ROLES[ambient]?.[name] : undefined;
    if (byModule) return { role: byModule.role, framework: byModule.framework, path: byModule.path ?? [] };
    // A package's own declaration files: the path decides.
    const file = declaration.getSourceFile().fileName;
    for (const entry of TYPE_PACKAGES) {
      const role = entry.names[name];
      if (role && entry.pattern.test(file)) return { role: role.role, framework: role.framework, path: role.path ?? [] };
    }
  }
  return undefined;
}

/** The name of the `declare module "…"` block a declaration sits in, if any. */
function ambientModuleOf(declaration: TsDeclaration): string | undefined {
  let current = declaration.parent;
  for (let i = 0; current && i < 16; i++, current = current.parent) {
    const name = current.name;
    if (current.body !== undefined && name && typeof name.text === "string" && name.escapedText === undefined) return name.text;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Nodes found from the words the file text spells (no walk over the whole file)
// ---------------------------------------------------------------------------------------------

/** Per file: word → where the text spells it. */
const wordPositions = perFile((): Map<string, readonly number[]> => new Map());

/** Where the file text spells `word` as a whole word, not inside a longer identifier (cached per AST). */
export function wordsAt(context: AnyContext, word: string): readonly number[] {
  const perAst = wordPositions(context);
  let found = perAst.get(word);
  if (!found) {
    const text = context.sourceCode.text;
    const list: number[] = [];
    // An empty word (`{ "": … }` names a slot too) occurs nowhere as a word, and `indexOf("")` would never advance.
    if (word === "") return list;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if ((at > 0 && isIdentifierCode(text.charCodeAt(at - 1))) || isIdentifierCode(text.charCodeAt(at + word.length))) continue;
      list.push(at);
    }
    found = list;
    perAst.set(word, found);
  }
  return found;
}

/**
 * Finds every word of `words` in one pass of `pattern` over the text (a global regular expression
 * that matches exactly those words, as whole words) and remembers their positions for `wordsAt`.
 * Cheaper than one `indexOf` scan per word when a file needs many of them. `from`: an offset at or
 * before the first occurrence of any of the words (the text before it is not searched again).
 */
export function scanWords(context: AnyContext, words: readonly string[], pattern: RegExp, from = 0): void {
  const perAst = wordPositions(context);
  const found = new Map<string, number[]>();
  for (const word of words) found.set(word, []);
  const text = context.sourceCode.text;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.get(match[0])?.push(match.index);
  for (const [word, list] of found) perAst.set(word, list);
}

/** Per file: word → the nodes that spell it. */
const wordNodeLists = perFile((): Map<string, readonly TSESTree.Node[]> => new Map());

/**
 * The nodes that spell `word` as a whole token: identifiers (`open`, `x.open`) and string keys
 * (`x["open"]`, `` x[`open`] ``), in source order; occurrences in comments and inside longer
 * strings are skipped by their token before any node is looked up (cached per AST).
 */
export function wordNodes(context: AnyContext, word: string): readonly TSESTree.Node[] {
  const perAst = wordNodeLists(context);
  let found = perAst.get(word);
  if (!found) {
    const sourceCode = context.sourceCode;
    const list: TSESTree.Node[] = [];
    for (const at of wordsAt(context, word)) {
      // A token starts at the word (its type does not matter: typescript-estree calls identifiers in
      // JSX expressions `JSXIdentifier`, contextual keywords `Keyword`), or it is a quoted key.
      if (!sourceCode.getTokenByRangeStart(at)) {
        const quoted = at > 0 ? sourceCode.getTokenByRangeStart(at - 1) : null;
        if ((quoted?.type !== "String" && quoted?.type !== "Template") || quoted.range[1] - quoted.range[0] !== word.length + 2) continue;
      }
      let node = nodeAt(context, at);
      if (node.type === "TemplateElement" && node.parent?.type === "TemplateLiteral") node = node.parent;
      if (node.type === "Identifier" || node.type === "Literal" || node.type === "TemplateLiteral") list.push(node);
    }
    found = list;
    perAst.set(word, found);
  }
  return found;
}

/** The innermost node whose range holds `index` (see `nodeAtIndex`). */
export function nodeAt(context: AnyContext, index: number): TSESTree.Node {
  return nodeAtIndex(context.sourceCode, index);
}

export type Use = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;

/**
 * The calls, `new` expressions and assignments whose callee / assigned target names one of `words`
 * in its member chain (`location.href = …`, `window.open(…)`, `fetch(…)`, `res.redirect(…)`,
 * `axios.defaults.baseURL = …`), found where the file text spells the word rather than by visiting
 * every call of the file. In source order, outer before inner (ESLint's traversal order).
 */
export function usesOf(context: AnyContext, words: readonly string[]): Use[] {
  const found = new Set<Use>();
  for (const word of words) {
    for (const node of wordNodes(context, word)) {
      let current = node;
      for (let i = 0; i < 32 && current.parent; i++) {
        const parent: TSESTree.Node = current.parent;
        if (parent.type === "MemberExpression" || parent.type === "ChainExpression" || unwrap(parent) !== parent) {
          current = parent;
          continue;
        }
        if ((parent.type === "CallExpression" || parent.type === "NewExpression") && parent.callee === current) found.add(parent);
        else if (parent.type === "AssignmentExpression" && parent.left === current) found.add(parent);
        break;
      }
    }
  }
  return [...found].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
}

// ---------------------------------------------------------------------------------------------
// Collecting the handlers of a file
// ---------------------------------------------------------------------------------------------

class Collector {
  readonly list: RouteHandler[] = [];
  readonly byFn = new Map<TSESTree.Node, RouteHandler>();
  readonly bindings = new Map<TSESTree.Identifier, HandlerValue>();
  private readonly visitedInstances = new Set<TSESTree.Node>();

  constructor(
    readonly context: AnyContext,
    readonly index: ModuleIndex,
  ) {}

  add(
    fnNode: TSESTree.Node | undefined,
    framework: Framework,
    registration: RouteHandler["registration"],
    extra: { method?: string; path?: string; roles?: (HandlerRole | undefined)[] } = {},
  ): void {
    if (!fnNode) return;
    const fn = resolveFunction(this.context, fnNode) ?? (isFunction(fnNode) ? (fnNode as FunctionNode) : undefined);
    if (!fn || this.byFn.has(fn)) return;
    const roles = extra.roles ?? positionalRoles(framework, fn);
    const handler: RouteHandler = {
      fn,
      framework,
      ...(extra.method ? { method: extra.method } : {}),
      ...(extra.path !== undefined ? { path: extra.path } : {}),
      ...(registration ? { registration } : {}),
      params: {},
      roles,
      destructured: {},
    };
    fn.params.forEach((param, i) => {
      const role = roles[i];
      if (role) this.bindParam(handler, param, role);
    });
    if (framework === "sveltekit" && roles.length === 0) {
      // `handle({ event, resolve })`: the input object has no role, its `event` does.
      const param = fn.params[0];
      if (param?.type === "ObjectPattern") this.bindPattern(handler, param, undefined);
    }
    this.byFn.set(fn, handler);
    this.list.push(handler);
  }

  private bindParam(handler: RouteHandler, param: TSESTree.Parameter, role: HandlerRole): void {
    let target: TSESTree.Node = param;
    if (target.type === "TSParameterProperty") target = target.parameter;
    if (target.type === "AssignmentPattern") target = target.left;
    if (target.type === "Identifier") {
      handler.params[role] ??= target;
      this.bindings.set(target, { role, framework: handler.framework, path: [] });
      return;
    }
    if (target.type === "ObjectPattern") this.bindPattern(handler, target, role);
  }

  private bindPattern(handler: RouteHandler, pattern: TSESTree.ObjectPattern, role: HandlerRole | undefined): void {
    for (const property of pattern.properties) {
      if (property.type !== "Property") continue;
      const key = staticKeyName(property.key, property.computed);
      if (key === null) continue;
      let value: TSESTree.Node = property.value;
      if (value.type === "AssignmentPattern") value = value.left;
      if (value.type !== "Identifier") continue;
      handler.destructured[key] ??= value;
      const own = ROLE_KEYS.get(key);
      if (own && own !== role) {
        handler.params[own] ??= value;
        this.bindings.set(value, { role: own, framework: handler.framework, path: [] });
      } else if (role) {
        this.bindings.set(value, { role, framework: handler.framework, path: [key] });
      }
    }
  }

  /** Every function-valued argument of a registration call (arrays of middleware, one wrapper level). */
  handlerArguments(call: TSESTree.CallExpression, framework: Framework, method: string | undefined, path: string | undefined): void {
    for (const argument of call.arguments) {
      if (argument.type === "SpreadElement") continue;
      this.handlerValue(argument, call, framework, method, path, 0);
    }
  }

  private handlerValue(
    node: TSESTree.Node,
    call: TSESTree.CallExpression,
    framework: Framework,
    method: string | undefined,
    path: string | undefined,
    depth: number,
  ): void {
    if (depth > 2) return;
    const resolved = resolveNode(this.context, node);
    const fn = resolveFunction(this.context, node);
    if (fn) {
      this.add(fn, framework, call, { method, path });
      return;
    }
    if (resolved.type === "ArrayExpression") {
      for (const element of resolved.elements) {
        if (element && element.type !== "SpreadElement") this.handlerValue(element, call, framework, method, path, depth + 1);
      }
      return;
    }
    if (resolved.type === "CallExpression") {
      // `asyncHandler(async (req, res) => …)`, `wrap(controller.login)`: the wrapped function (the
      // only argument of the wrapper, or one whose parameters are named like a handler's).
      for (const argument of resolved.arguments) {
        if (argument.type === "SpreadElement") continue;
        const inner = resolveFunction(this.context, argument);
        if (inner && (looksConventional(inner) || (resolved.arguments.length === 1 && inner.params.length >= minimumParams(framework)))) {
          this.add(inner, framework, call, { method, path });
        }
      }
      return;
    }
    if (framework === "fastify" && resolved.type === "ObjectExpression") {
      // `.post(path, { preHandler, handler }, …)`
      this.fastifyRouteOptions(resolved, call, method, path);
    }
  }

  fastifyRouteOptions(options: TSESTree.ObjectExpression, call: TSESTree.CallExpression, method: string | undefined, path: string | undefined): void {
    for (const key of ["handler", ...FASTIFY_HOOKS]) {
      const found = readProperty(this.context, options, key);
      if (found.kind !== "present") continue;
      const value = found.property && found.property.method ? found.property.value : found.node;
      const fn = resolveFunction(this.context, value) ?? (isFunction(value) ? value : undefined);
      if (fn) this.add(fn, "fastify", call, { method, path });
      else if (value.type === "ArrayExpression") {
        for (const element of value.elements) if (element && element.type !== "SpreadElement") this.add(element, "fastify", call, { method, path });
      }
    }
  }

  /** Calls on a framework instance that a parameter holds (`async function plugin(fastify) { fastify.post(…) }`). */
  instanceParameter(fnNode: TSESTree.Node | undefined, framework: Framework, depth = 0): void {
    if (!fnNode || depth > 3) return;
    const fn = resolveFunction(this.context, fnNode);
    if (!fn || this.visitedInstances.has(fn)) return;
    this.visitedInstances.add(fn);
    const param = fn.params[0];
    if (param?.type !== "Identifier") return;
    const variable = this.context.sourceCode.getDeclaredVariables(fn).find((v) => v.identifiers.includes(param as never));
    if (!variable) return;
    for (const reference of variable.references) {
      let receiver: TSESTree.Node = reference.identifier as TSESTree.Node;
      while (receiver.parent && (receiver.parent.type === "TSNonNullExpression" || receiver.parent.type === "TSAsExpression")) receiver = receiver.parent;
      const member = receiver.parent;
      if (member?.type !== "MemberExpression" || member.object !== receiver) continue;
      const call = member.parent;
      if (call?.type !== "CallExpression" || call.callee !== member) continue;
      const name = memberName(member);
      if (name === null) continue;
      this.instanceCall(call, name, framework, depth);
    }
  }

  /** `instance.NAME(...)` on an instance of `framework`. */
  instanceCall(call: TSESTree.CallExpression, name: string, framework: Framework, depth = 0): void {
    if (framework === "fastify") {
      if (name === "register") {
        this.instanceParameter(call.arguments[0], "fastify", depth + 1);
        return;
      }
      if (name === "route") {
        this.routeObject(call);
        return;
      }
      if (name === "addHook") {
        this.handlerArguments(call, "fastify", undefined, undefined);
        return;
      }
    }
    if (framework === "hono" && name === "on") {
      const first = argumentAt(call, 0);
      const value = first ? staticValue(this.context, first)?.value : undefined;
      this.handlerArguments(call, "hono", typeof value === "string" ? value.toLowerCase() : undefined, this.staticPath(argumentAt(call, 1)));
      return;
    }
    if (!ROUTE_METHODS.has(name)) return;
    const method = name === "del" ? "delete" : name;
    this.handlerArguments(call, framework, method, this.routePath(call));
  }

  private staticPath(node: TSESTree.Node | undefined): string | undefined {
    if (!node) return undefined;
    const value = staticValue(this.context, node);
    return value && typeof value.value === "string" ? value.value : undefined;
  }

  /** The static path of `app.METHOD(path, …)` or of the `.route(path)` call it is chained to. */
  private routePath(call: TSESTree.CallExpression): string | undefined {
    const own = this.staticPath(argumentAt(call, 0));
    if (own !== undefined) return own;
    // `app.route("/x").post(…).delete(…)`: climb the chain to the `.route(path)` call.
    let current: TSESTree.Node = call;
    for (let i = 0; i < 16 && current.type === "CallExpression"; i++) {
      const callee = unwrap(current.callee);
      if (callee.type !== "MemberExpression") return undefined;
      const object = unwrap(callee.object);
      if (object.type !== "CallExpression") return undefined;
      const inner = unwrap(object.callee);
      if (inner.type !== "MemberExpression") return undefined;
      const name = memberName(inner);
      if (name === "route") return this.staticPath(argumentAt(object, 0));
      if (name === null || !ROUTE_METHODS.has(name)) return undefined;
      current = object;
    }
    return undefined;
  }

  /** `X.route({ method, url, handler })` (fastify) or `X.route({ method, path, handler })` / arrays (hapi). */
  routeObject(call: TSESTree.CallExpression): boolean {
    const first = argumentAt(call, 0);
    if (!first) return false;
    const resolved = resolveNode(this.context, first);
    const objects = resolved.type === "ArrayExpression" ? resolved.elements : [resolved];
    let any = false;
    for (const element of objects) {
      if (!element || element.type === "SpreadElement") continue;
      const object = resolveNode(this.context, element);
      if (object.type !== "ObjectExpression") continue;
      const method = readProperty(this.context, object, "method");
      if (method.kind !== "present") continue;
      const methodValue = method.value?.value;
      const methodName = typeof methodValue === "string" ? methodValue.toLowerCase() : undefined;
      const url = readProperty(this.context, object, "url");
      if (url.kind === "present") {
        const path = typeof url.value?.value === "string" ? url.value.value : undefined;
        const before = this.list.length;
        this.fastifyRouteOptions(object, call, methodName, path);
        any ||= this.list.length > before;
        continue;
      }
      const path = readProperty(this.context, object, "path");
      if (path.kind !== "present") continue;
      const pathValue = typeof path.value?.value === "string" ? path.value.value : undefined;
      const holders: TSESTree.Node[] = [object];
      for (const key of ["options", "config"]) {
        const nested = readProperty(this.context, object, key);
        if (nested.kind === "present") holders.push(nested.node);
      }
      for (const target of holders) {
        const handler = readProperty(this.context, target, "handler");
        if (handler.kind !== "present") continue;
        const value = handler.property && handler.property.method ? handler.property.value : handler.node;
        const before = this.list.length;
        this.add(value, "hapi", call, { method: methodName, path: pathValue });
        any ||= this.list.length > before;
      }
    }
    return any;
  }
}

function minimumParams(framework: Framework): number {
  return framework === "koa" || framework === "hono" || framework === "h3" || framework === "sveltekit" || framework === "astro" ? 1 : 2;
}

/** A module path that ends in an instance (`express()`, `new Koa()`, `Router()`, `app: Express`). */
function isInstancePath(path: readonly string[]): boolean {
  const last = path[path.length - 1];
  return path.length > 0 && (last === RESULT || last === INSTANCE);
}

const NOT_APPS = new Set(["json", "static", "urlencoded", "raw", "text", "query"]);

function collect(context: AnyContext): FileHandlers {
  const index = moduleIndexIfMentioned(context, HANDLER_TRACKER, HANDLER_MODULE_MENTION);
  const collector = new Collector(context, index);
  const filename = ((context as { filename?: string }).filename ?? "").replace(/\\/gu, "/");

  // --- instance-based frameworks: express, koa, @koa/router, fastify, hono
  const instanceModules: [readonly string[], Framework][] = [
    [EXPRESS_MODULES, "express"],
    [KOA_MODULES, "koa"],
    [KOA_ROUTER_MODULES, "koa"],
    [FASTIFY_MODULES, "fastify"],
    [HONO_MODULES, "hono"],
  ];
  for (const [modules, framework] of instanceModules) {
    for (const module of modules) {
      if (!index.imports(module)) continue;
      for (const call of index.callsInto(module)) {
        if (call.kind !== "call" || call.node.type !== "CallExpression") continue;
        const path = call.path;
        if (path.length < 2) continue;
        const owner = path.slice(0, -1);
        if (!isInstancePath(owner) || NOT_APPS.has(owner[0])) continue;
        collector.instanceCall(call.node, path[path.length - 1], framework);
      }
    }
  }
  // fastify-plugin `fp(async (fastify) => …)`
  for (const call of index.calls(FASTIFY_PLUGIN_MODULE, [])) {
    if (call.node.type === "CallExpression") collector.instanceParameter(call.node.arguments[0], "fastify");
  }
  // hono/factory `createMiddleware((c, next) => …)`, `factory.createHandlers(…)`
  for (const call of index.callsInto(HONO_FACTORY_MODULE)) {
    const last = call.path[call.path.length - 1];
    if (call.node.type === "CallExpression" && (last === "createMiddleware" || last === "createHandlers")) {
      collector.handlerArguments(call.node, "hono", undefined, undefined);
    }
  }
  // astro:middleware `defineMiddleware((context, next) => …)`
  for (const call of index.calls(ASTRO_MIDDLEWARE_MODULE, ["defineMiddleware"])) {
    if (call.node.type === "CallExpression") collector.add(call.node.arguments[0], "astro", call.node);
  }
  // node http
  for (const module of NODE_HTTP_MODULES) {
    for (const call of index.calls(module, ["createServer"])) {
      if (call.node.type === "CallExpression") collector.handlerArguments(call.node, "node-http", undefined, undefined);
    }
    for (const call of index.calls(module, ["createServer", RESULT, "on"])) {
      const event = call.node.type === "CallExpression" ? argumentAt(call.node, 0) : undefined;
      if (call.node.type === "CallExpression" && event && staticValue(context, event)?.value === "request") {
        collector.add(call.node.arguments[1], "node-http", call.node);
      }
    }
  }
  // h3 imported
  for (const module of H3_MODULES) {
    for (const name of ["defineEventHandler", "eventHandler", "defineCachedEventHandler"]) {
      for (const call of index.calls(module, [name])) if (call.node.type === "CallExpression") h3Handler(collector, call.node);
    }
  }
  // NestJS
  if (index.imports(NEST_MODULE)) {
    for (const [decorator, method] of NEST_METHOD_DECORATORS) {
      for (const call of index.calls(NEST_MODULE, [decorator])) {
        const node = call.node;
        const owner = node.parent;
        if (owner?.type !== "Decorator" || owner.expression !== node) continue;
        const definition = owner.parent;
        if (definition?.type !== "MethodDefinition" || definition.value.type !== "FunctionExpression") continue;
        const first = argumentAt(node as TSESTree.CallExpression, 0);
        const value = first ? staticValue(context, first)?.value : undefined;
        collector.add(definition.value, "nest", owner, {
          method,
          ...(typeof value === "string" ? { path: value } : {}),
          roles: nestRoles(context, index, definition.value),
        });
      }
    }
  }
  // exports: Next.js, SvelteKit, Astro, Remix
  collectExports(context, collector, filename);

  // hapi / fastify `.route({...})` on untracked receivers, Nuxt auto-imported h3 handlers,
  // and conventional `(req, res)` / `(ctx, next)` functions
  const sourceCode = context.sourceCode;
  const conventional: FunctionNode[] = [];
  const call = (node: TSESTree.CallExpression): void => {
    const callee = unwrap(node.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "route" && node.arguments.length === 1) collector.routeObject(node);
    else if (callee.type === "Identifier" && (callee.name === "defineEventHandler" || callee.name === "eventHandler")) {
      const variable = variableOf(context, callee);
      if (!variable || variable.defs.length === 0) h3Handler(collector, node);
    }
  };
  const scopes = (sourceCode.scopeManager as { scopes?: readonly { type: string; block: TSESTree.Node }[] } | null | undefined)?.scopes;
  // A file that spells no fastify plugin type has no annotated plugin declarator: the calls are found
  // from the words `route` / `defineEventHandler` / `eventHandler` (in traversal order), the functions
  // from their scopes (their order does not matter: each adds its own parameters).
  if (scopes && !sourceCode.text.includes("FastifyPlugin")) {
    for (const node of usesOf(context, ["route", "defineEventHandler", "eventHandler"])) if (node.type === "CallExpression") call(node);
    for (const scope of scopes) {
      if (scope.type === "function" && isFunction(scope.block) && looksConventional(scope.block as FunctionNode)) conventional.push(scope.block as FunctionNode);
    }
  } else {
    walk(sourceCode, sourceCode.ast, (node) => {
      if (node.type === "CallExpression") call(node);
      else if (node.type === "VariableDeclarator" && node.init && node.id.type === "Identifier") {
        // `const plugin: FastifyPluginAsync = async (fastify) => { fastify.post(…) }`
        const annotation = node.id.typeAnnotation?.typeAnnotation;
        if (annotation?.type === "TSTypeReference") {
          const type = importedType(context, annotation.typeName);
          if (type?.module === "fastify" && FASTIFY_PLUGIN_TYPES.has(type.name)) collector.instanceParameter(node.init, "fastify");
        }
      } else if (isFunction(node) && looksConventional(node as FunctionNode)) {
        conventional.push(node as FunctionNode);
      }
    });
  }
  for (const fn of conventional) {
    if (collector.byFn.has(fn)) continue;
    const typed = typedFramework(context, fn);
    const framework = typed ?? (filename.includes("/pages/api/") && isDefaultExport(fn) ? "next" : "conventional");
    const names = fn.params.map((param) => (param.type === "Identifier" ? param.name : ""));
    if (names[0] === "ctx") collector.add(fn, "conventional", undefined, { roles: ["context", "next"] });
    else collector.add(fn, framework, exportOf(fn), { roles: positionalRoles("conventional", fn) });
  }
  collector.list.sort((a, b) => a.fn.range[0] - b.fn.range[0]);
  return { list: collector.list, byFn: collector.byFn, bindings: collector.bindings };
}

function h3Handler(collector: Collector, call: TSESTree.CallExpression): void {
  const first = argumentAt(call, 0);
  if (!first) return;
  const resolved = resolveNode(collector.context, first);
  if (resolved.type === "ObjectExpression") {
    const handler = readProperty(collector.context, resolved, "handler");
    if (handler.kind === "present") collector.add(handler.property?.method ? handler.property.value : handler.node, "h3", call);
    return;
  }
  collector.add(first, "h3", call);
}

/** NestJS parameters by their `@Res()` / `@Req()` / `@Next()` decorators. */
function nestRoles(context: AnyContext, index: ModuleIndex, fn: TSESTree.FunctionExpression): (HandlerRole | undefined)[] {
  return fn.params.map((param) => {
    const target = param.type === "TSParameterProperty" ? param.parameter : param;
    const decorators = (target as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
    for (const decorator of decorators) {
      const expression = unwrap(decorator.expression);
      const callee = expression.type === "CallExpression" ? expression.callee : expression;
      const resolved = index.resolve(callee) ?? index.resolve(unwrap(callee));
      if (resolved?.module !== NEST_MODULE || resolved.path.length !== 1) continue;
      const role = NEST_PARAM_DECORATORS.get(resolved.path[0]);
      if (!role) continue;
      const id = target.type === "AssignmentPattern" ? target.left : target;
      if (role === "response" && id.type === "Identifier") {
        const typed = annotatedRole(context, id);
        if (typed?.role === "reply") return "reply";
      }
      return role;
    }
    return undefined;
  });
}

const REQ_NAMES = new Set(["req", "request"]);
const RES_NAMES = new Set(["res", "response", "reply"]);

function paramName(param: TSESTree.Parameter | undefined): string {
  const target = param?.type === "AssignmentPattern" ? param.left : param;
  return target?.type === "Identifier" ? target.name : "";
}

function looksConventional(fn: FunctionNode): boolean {
  const params = fn.params;
  if (params.length < 2) return false;
  const first = paramName(params[0]);
  const second = paramName(params[1]);
  if (REQ_NAMES.has(first) && RES_NAMES.has(second)) return true;
  if (params.length === 4 && REQ_NAMES.has(second) && RES_NAMES.has(paramName(params[2]))) return true;
  return params.length === 2 && first === "ctx" && second === "next";
}

/** A framework named by the parameter types: `(req: NextApiRequest, res: NextApiResponse)`, `(request: FastifyRequest, reply: FastifyReply)`. */
function typedFramework(context: AnyContext, fn: FunctionNode): Framework | undefined {
  for (const param of fn.params) {
    const target = param.type === "AssignmentPattern" ? param.left : param;
    if (target.type !== "Identifier") continue;
    const role = annotatedRole(context, target);
    if (role) return role.framework;
  }
  return undefined;
}

function isDefaultExport(fn: FunctionNode): boolean {
  return fn.parent?.type === "ExportDefaultDeclaration";
}

function exportOf(fn: FunctionNode): TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration | undefined {
  const parent = fn.parent;
  if (parent?.type === "ExportDefaultDeclaration" || parent?.type === "ExportNamedDeclaration") return parent;
  const declaration = parent?.type === "VariableDeclarator" ? parent.parent?.parent : undefined;
  return declaration?.type === "ExportNamedDeclaration" ? declaration : undefined;
}

const SVELTEKIT_FILE = /(^|\/)(\+server|\+page\.server|\+layout\.server|hooks\.server)\.[cm]?[jt]s$/u;
const SVELTEKIT_SERVER_LOAD_FILE = /(^|\/)(\+page\.server|\+layout\.server)\.[cm]?[jt]s$/u;

/** `export function NAME` / `export const NAME = …` / `export { NAME }` of the file, with the exported value. */
function exportedValues(context: AnyContext): { name: string; value: TSESTree.Node; declaration: TSESTree.ExportNamedDeclaration; id?: TSESTree.Identifier }[] {
  const out: { name: string; value: TSESTree.Node; declaration: TSESTree.ExportNamedDeclaration; id?: TSESTree.Identifier }[] = [];
  for (const statement of context.sourceCode.ast.body) {
    if (statement.type !== "ExportNamedDeclaration") continue;
    const declaration = statement.declaration;
    if (declaration?.type === "FunctionDeclaration" && declaration.id) {
      out.push({ name: declaration.id.name, value: declaration, declaration: statement });
    } else if (declaration?.type === "VariableDeclaration") {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === "Identifier" && declarator.init) {
          out.push({ name: declarator.id.name, value: declarator.init, declaration: statement, id: declarator.id });
        }
      }
    } else if (!declaration && !statement.source) {
      for (const specifier of statement.specifiers) {
        if (specifier.type !== "ExportSpecifier" || specifier.local.type !== "Identifier") continue;
        const exported = specifier.exported.type === "Identifier" ? specifier.exported.name : String(specifier.exported.value);
        out.push({ name: exported, value: specifier.local, declaration: statement });
      }
    }
  }
  return out;
}

function collectExports(context: AnyContext, collector: Collector, filename: string): void {
  const exports = exportedValues(context);
  const svelteFile = SVELTEKIT_FILE.test(filename);
  let astro: boolean | undefined;
  let remix: boolean | undefined;
  const importsAstro = (): boolean =>
    (astro ??= context.sourceCode.ast.body.some((s) => s.type === "ImportDeclaration" && ASTRO_MODULE_PATTERN.test(s.source.value)));
  const importsRemix = (): boolean =>
    (remix ??= context.sourceCode.ast.body.some((s) => s.type === "ImportDeclaration" && REMIX_MODULE_PATTERN.test(s.source.value)));
  for (const { name, value, declaration, id } of exports) {
    // Only these export names make a handler: skip the others before resolving their values.
    if (!HTTP_EXPORTS.has(name) && !HANDLER_EXPORTS.has(name)) continue;
    const annotated = id?.typeAnnotation?.typeAnnotation;
    const annotationName = annotated?.type === "TSTypeReference" && annotated.typeName.type === "Identifier" ? annotated.typeName.name : undefined;
    const fn = toFunction(context, value);
    if (HTTP_EXPORTS.has(name)) {
      if (!fn) continue;
      let framework: Framework = "next";
      if (svelteFile || annotationName === "RequestHandler") framework = "sveltekit";
      else if (importsAstro() || annotationName === "APIRoute" || /(^|\/)pages\//u.test(filename) || destructures(fn, "cookies")) framework = "astro";
      collector.add(fn, framework, declaration, { method: name.toLowerCase() });
      continue;
    }
    if (name === "middleware" && fn) {
      collector.add(fn, "next", declaration, { roles: ["request", undefined] });
      continue;
    }
    if (name === "onRequest" && fn && (importsAstro() || /(^|\/)middleware(\/index)?\.[cm]?[jt]s$/u.test(filename))) {
      collector.add(fn, "astro", declaration);
      continue;
    }
    if ((name === "action" || name === "loader") && fn && (importsRemix() || !svelteFile)) {
      collector.add(fn, "remix", declaration, name === "action" ? { method: "post" } : { method: "get" });
      continue;
    }
    if (name === "load" && fn && (SVELTEKIT_SERVER_LOAD_FILE.test(filename) || annotationName === "PageServerLoad" || annotationName === "LayoutServerLoad")) {
      collector.add(fn, "sveltekit", declaration, { method: "get" });
      continue;
    }
    if (name === "handle" && fn && (svelteFile || annotationName === "Handle" || destructures(fn, "event"))) {
      collector.add(fn, "sveltekit", declaration, { roles: [] });
      continue;
    }
    if (name === "actions") {
      const object = resolveNode(context, value);
      if (object.type !== "ObjectExpression") continue;
      for (const property of object.properties) {
        if (property.type !== "Property") continue;
        const key = staticKeyName(property.key, property.computed);
        collector.add(property.value, "sveltekit", declaration, { method: "post", ...(key && key !== "default" ? { path: `?/${key}` } : {}) });
      }
    }
  }
  // Next.js pages API: `export default function handler(req, res)` under pages/api/ (any parameter names).
  if (/(^|\/)pages\/api\//u.test(filename)) {
    for (const statement of context.sourceCode.ast.body) {
      if (statement.type !== "ExportDefaultDeclaration") continue;
      const fn = toFunction(context, statement.declaration);
      if (fn) collector.add(fn, "next", statement, { roles: ["request", "response"] });
    }
  }
}

function toFunction(context: AnyContext, node: TSESTree.Node): FunctionNode | undefined {
  return resolveFunction(context, node) ?? (isFunction(node) ? (node as FunctionNode) : undefined);
}

function destructures(fn: FunctionNode, key: string): boolean {
  const param = fn.params[0];
  if (param?.type !== "ObjectPattern") return false;
  return param.properties.some((p) => p.type === "Property" && staticKeyName(p.key, p.computed) === key);
}
