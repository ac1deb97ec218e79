/**
 * Session middleware as data: how each library is mounted, where its options, cookie name,
 * cookie attributes, lifetimes, store and id generator live, and what it does by default.
 * Rules and the cookie model read this; they never name a session module themselves.
 *
 * Checked against each library's README / source / type declarations (2026-11):
 * - express-session 1.18 / 1.19: `session(options)`; `name` default "connect.sid"; `cookie` default
 *   `{ path: "/", httpOnly: true, secure: false, maxAge: null }` (no SameSite); `cookie.maxAge` in
 *   ms, `cookie.expires` a Date; `store` default MemoryStore; `genid` (default uid-safe).
 * - cookie-session 2.1: `cookieSession(options)`; cookie options at the top level; `name` default
 *   "session"; `maxAge` ms / `expires` Date, no default (browser-session cookie); `httpOnly`
 *   default true, `secure` follows the request protocol (set by the `cookies` module), no
 *   SameSite; data lives in the cookie (no store).
 * - koa-session 6/7: `session(config, app)` (also `session(app, config)`); `key` default
 *   "koa.sess" ("koa:sess" before 6.0); `maxAge` ms, default 86400000 (1 day), `"session"` for a
 *   browser-session cookie; `httpOnly` default true, `signed` true, `secure` follows the request
 *   protocol (Koa's `cookies`), no SameSite; data in the cookie unless `store` is given; `genid`
 *   for external stores.
 * - @fastify/session 11 (11.1.3 source): `app.register(fastifySession, options)`; `cookieName`
 *   default "sessionId"; `cookie.maxAge` ms, `cookie.expires` Date; `cookie.httpOnly` default true,
 *   `cookie.secure` default true (`"auto"` follows the request protocol), `cookie.path` "/";
 *   `cookie.sameSite` default `null`, passed as such to @fastify/cookie's `setCookie`, so its own
 *   `sameSite: "lax"` default does not apply (checked with @fastify/cookie 11.1.5): no SameSite;
 *   `store` default in-memory; `idGenerator`.
 * - @fastify/secure-session 8: `app.register(fastifySecureSession, options | options[])`;
 *   `cookieName` defaults to `sessionName`, which defaults to "session"; cookie options under
 *   `cookieOptions` or `cookie` (the former wins), passed to @fastify/cookie, so `maxAge` is in
 *   seconds; `expiry` (seconds, default 86401) bounds the session itself; HttpOnly on unless
 *   overridden; Secure and SameSite come from the @fastify/cookie version in use (not modelled:
 *   unknown); data in the cookie.
 * - iron-session 8: `getIronSession(req, res, options)` / `getIronSession(cookies(), options)`
 *   (options last), `sealData(data, { password, ttl })`; `cookieName` required (no default);
 *   `ttl` seconds, default 14 days, `0` = the largest value cookies allow (practically
 *   forever); `cookieOptions` default `{ httpOnly: true, secure: true, sameSite: "lax", path: "/" }`
 *   with `maxAge` derived from `ttl`. iron-session 6: `withIronSessionApiRoute(handler, options)`,
 *   `withIronSessionSsr(handler, options)` (iron-session/next), `ironSession(options)`
 *   (iron-session/express), same option names.
 * - Remix 2 / React Router 7: `createCookieSessionStorage({ cookie })` and the id-based storages
 *   (`createSessionStorage`, `createMemorySessionStorage`, `createFileSessionStorage`,
 *   `createWorkersKVSessionStorage`, `createArcTableSessionStorage`); `cookie.name` default
 *   "__session"; `createCookie` defaults `{ path: "/", sameSite: "lax" }` (no HttpOnly, no
 *   Secure); `cookie.maxAge` in seconds, `cookie.expires` a Date; `cookie` may also be a
 *   `createCookie(...)` object.
 * - @hapi/cookie 12: `server.auth.strategy(name, "cookie", { cookie: { name, ttl, isSecure,
 *   isHttpOnly, isSameSite, path, domain } })`; `name` default "sid"; hapi state defaults
 *   `isSecure: true`, `isHttpOnly: true`, `isSameSite: "Strict"`; `ttl` ms, default none
 *   (browser-session cookie).
 * - @hapi/yar 11: `server.register({ plugin: yar, options })`; `name` default "session";
 *   `cookieOptions` (`isSecure` / `isHttpOnly` default true, `isSameSite` "Lax", `ttl` ms, default
 *   none); sessions too large for the cookie go to the server cache.
 * - next-auth 4 / Auth.js 5: `NextAuth(options)` (also `NextAuth(req, res, options)`),
 *   `Auth(request, config)` (@auth/core), `ExpressAuth(config)`, `SvelteKitAuth(config)`;
 *   `session.maxAge` seconds, default 30 days; `jwt.maxAge` defaults to `session.maxAge`; the
 *   session cookie "next-auth.session-token" (v4) / "authjs.session-token" (v5), prefixed
 *   `__Secure-` with secure cookies; renaming it means restating all its options under
 *   `cookies.sessionToken`; cookie options `{ httpOnly: true, sameSite: "lax", path: "/" }`,
 *   Secure from `useSecureCookies`, which defaults to "the site URL is https" (a run-time value).
 * - better-auth 1.x: `betterAuth({ session: { expiresIn } })`, seconds, default 7 days; cookie
 *   "better-auth.session_token" (prefix configurable as a whole).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { mayNameCredential } from "../analysis/credential-words.js";
import { addProperty, insertArgument } from "../analysis/fix.js";
import { getModuleIndex, type CallKind, type TrackerConfig } from "../analysis/modules.js";
import { mentionsTrackedModule } from "../analysis/module-gate.js";
import { indexedNodes } from "../analysis/indexed-nodes.js";
import { argumentAt, argumentsUnknownFrom, codeText, memberName, perFile, unwrap, walk, type AnyContext } from "../analysis/ast.js";
import { parseDuration, SECOND } from "../analysis/durations.js";
import { readPath, readProperty, resolveNode, staticValue, type PropertyResult } from "../analysis/values.js";

/** How a lifetime option is read: numbers in ms or seconds, or a `Date` (`new Date(Date.now() + n)`). */
export type LifetimeUnit = "ms" | "s" | "date";

export interface LifetimeLocation {
  /** Path inside the options object. */
  readonly option: readonly string[];
  readonly unit: LifetimeUnit;
  /** Effective lifetime in ms when the option is absent (only where the library applies one). */
  readonly default?: number;
  /** `0` means "as long as possible" (iron-session `ttl: 0`). */
  readonly zeroMeansForever?: boolean;
}

/**
 * How the middleware is configured in code:
 * - `call` (default): the module member is called with the options (`session({...})`);
 * - `fastify`: the plugin is passed to `app.register(plugin, options)`;
 * - `hapi-plugin`: `server.register({ plugin, options })`;
 * - `hapi-strategy`: `server.auth.strategy(name, scheme, options)` after the plugin registered the scheme.
 */
export type Registration = "call" | "fastify" | "hapi-plugin" | "hapi-strategy";

/**
 * What a library does with a cookie attribute the code leaves out: sends `value` (`undefined` =
 * the attribute is not sent at all), decides it per request (`dynamic`, why: a run-time value,
 * which counts as set), or `"unknown"` (it depends on something not modelled, such as the version
 * of another package).
 */
export type CookieDefault<T> = { readonly value: T | undefined; readonly dynamic?: string } | "unknown";

/** The attribute is not sent by default. */
export const NOT_SENT: CookieDefault<never> = Object.freeze({ value: undefined });

/** The library sends `value` by default. */
export function sends<T>(value: T): CookieDefault<T> {
  return Object.freeze({ value });
}

/** The library decides the attribute per request (`why` is shown to nobody; it documents the model). */
export function perRequest(why: string): CookieDefault<never> {
  return Object.freeze({ value: undefined, dynamic: why });
}

/** Every cookie attribute default of one library (SameSite in lowercase, `false` = explicitly off). */
export interface CookieDefaults {
  readonly httpOnly: CookieDefault<boolean>;
  readonly secure: CookieDefault<boolean>;
  readonly sameSite: CookieDefault<string | false>;
  readonly path: CookieDefault<string>;
}

/** Cookie attributes as the cookie model names them. */
export type CookieAttribute = "secure" | "httpOnly" | "sameSite" | "maxAge" | "expires" | "domain" | "path";

/** How the library spells a cookie attribute in its cookie options. */
export function attributeOption(middleware: SessionMiddleware, attribute: CookieAttribute): string {
  return middleware.attributeNames?.[attribute] ?? attribute;
}

export interface SessionMiddleware {
  /** Human name used in messages: "express-session". */
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds: readonly CallKind[];
  readonly registration?: Registration;
  /** For `hapi-strategy`: the scheme name the plugin registers (`"cookie"`). */
  readonly scheme?: string;
  /**
   * Argument index of the options object; negative counts from the end (`-1` = last argument).
   * For `fastify` the index inside the `register` call; unused for `hapi-plugin` (the `options` property).
   */
  readonly options: number;
  /** koa-session also accepts the options at this index (`session(app, options)`). */
  readonly optionsAlternative?: number;
  /** The options may be an array of option objects, one session each (@fastify/secure-session). */
  readonly optionsMayBeArray?: boolean;
  /** Path inside the options to the cookie attributes (`[]` = top level; `null` = no cookie of its own). */
  readonly cookieOptions: readonly string[] | null;
  /** Other paths that hold the cookie attributes, checked first (@fastify/secure-session `cookieOptions` wins over `cookie`). */
  readonly cookieOptionsAliases?: readonly (readonly string[])[];
  readonly cookieName: {
    /** Path of the option naming the cookie (`null` = not configurable on its own). */
    readonly option: readonly string[] | null;
    /** The name used when the option is absent (`null` = the option is required). */
    readonly default: string | null;
    /** When the name option is absent, the name comes from this option if given (@fastify/secure-session `sessionName`). */
    readonly defaultFrom?: readonly string[];
    /** The default name identifies the framework (Session Management CS: session ID name fingerprinting). */
    readonly fingerprints: boolean;
    /** False when the name can only be changed together with every other cookie attribute (next-auth `cookies.sessionToken`). */
    readonly standalone: boolean;
  };
  /**
   * The library's spelling of each cookie attribute inside the cookie options, where it is not the
   * usual `secure` / `httpOnly` / `sameSite` / `maxAge` / `expires` / `domain` / `path` (hapi: `isSecure`, `ttl` …).
   */
  readonly attributeNames?: Readonly<Partial<Record<CookieAttribute, string>>>;
  /**
   * What the library does with each cookie attribute the options leave out: the one place that
   * holds each library's defaults (the cookie model reads it for session cookies).
   */
  readonly cookieDefaults: CookieDefaults;
  /**
   * The same defaults as plain values, derived from `cookieDefaults` (an attribute that is not
   * sent: `false` for HttpOnly / Secure, absent for SameSite / Path; a run-time or unknown default:
   * absent). `maxAge` in ms; `null` = browser-session cookie.
   */
  readonly defaults: {
    readonly httpOnly?: boolean;
    readonly secure?: boolean;
    readonly sameSite?: string | false;
    readonly path?: string;
    readonly maxAge?: number | null;
  };
  readonly lifetime: readonly LifetimeLocation[];
  /** Server-side store (`option: null` = no store option: sessions always live where `defaultIsMemory` says). */
  readonly store?: { readonly option: readonly string[] | null; readonly defaultIsMemory: boolean };
  /** Session id generator option. */
  readonly genid?: { readonly option: readonly string[] };
  /** Where the session data lives: in the cookie itself, or server-side behind an id. */
  readonly storage: "cookie" | "server";
}

const DAY = 24 * 60 * 60 * SECOND;

/** `cookieDefaults` and the plain `defaults` derived from it (see `SessionMiddleware`). */
function cookieDefaults(
  defaults: CookieDefaults,
  maxAge?: number | null,
): Pick<SessionMiddleware, "cookieDefaults" | "defaults"> {
  const plain = <T>(value: CookieDefault<T>, notSent: T | undefined): T | undefined => {
    if (value === "unknown" || value.dynamic !== undefined) return undefined;
    return value.value === undefined ? notSent : value.value;
  };
  const httpOnly = plain(defaults.httpOnly, false);
  const secure = plain(defaults.secure, false);
  const sameSite = plain(defaults.sameSite, undefined);
  const path = plain(defaults.path, undefined);
  return {
    cookieDefaults: defaults,
    defaults: {
      ...(httpOnly !== undefined ? { httpOnly } : {}),
      ...(secure !== undefined ? { secure } : {}),
      ...(sameSite !== undefined ? { sameSite } : {}),
      ...(path !== undefined ? { path } : {}),
      ...(maxAge !== undefined ? { maxAge } : {}),
    },
  };
}

/** Cookie-less helpers (`sealData`, better-auth's own cookie): nothing is known. */
const NO_COOKIE_DEFAULTS: CookieDefaults = { httpOnly: "unknown", secure: "unknown", sameSite: "unknown", path: "unknown" };

const REMIX_MODULES = [
  "@remix-run/node",
  "@remix-run/cloudflare",
  "@remix-run/deno",
  "@remix-run/server-runtime",
  "@remix-run/architect",
  "@vercel/remix",
  "react-router",
  "@react-router/node",
  "@react-router/cloudflare",
  "@react-router/architect",
] as const;

/** Remix / React Router session storages, by factory name. */
const REMIX_STORAGES: readonly { fn: string; storage: "cookie" | "server"; memory?: boolean }[] = [
  { fn: "createCookieSessionStorage", storage: "cookie" },
  { fn: "createSessionStorage", storage: "server" },
  { fn: "createMemorySessionStorage", storage: "server", memory: true },
  { fn: "createFileSessionStorage", storage: "server" },
  { fn: "createWorkersKVSessionStorage", storage: "server" },
  { fn: "createArcTableSessionStorage", storage: "server" },
];

const remix = (module: string, fn: string, storage: "cookie" | "server", memory: boolean): SessionMiddleware => ({
  name: `${module} ${fn}`,
  module,
  path: [fn],
  kinds: ["call"],
  options: 0,
  cookieOptions: ["cookie"],
  cookieName: { option: ["cookie", "name"], default: "__session", fingerprints: true, standalone: true },
  // `createCookie` defaults (checked in react-router 7.18 `createCookie`: `{ path: "/", sameSite: "lax", ...options }`).
  ...cookieDefaults({ httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: sends("lax"), path: sends("/") }, null),
  lifetime: [
    { option: ["cookie", "maxAge"], unit: "s" },
    { option: ["cookie", "expires"], unit: "date" },
  ],
  ...(memory ? { store: { option: null, defaultIsMemory: true } } : {}),
  storage,
});

const authJs = (module: string, path: readonly string[], cookie: string): SessionMiddleware => ({
  name: path.length === 0 ? module : `${module} ${path.join(".")}`,
  module,
  path,
  kinds: ["call"],
  options: -1,
  cookieOptions: ["cookies", "sessionToken", "options"],
  cookieName: { option: ["cookies", "sessionToken", "name"], default: cookie, fingerprints: true, standalone: false },
  ...cookieDefaults({
    httpOnly: sends(true),
    secure: perRequest(`${module} sets Secure when the site URL is https (useSecureCookies)`),
    sameSite: sends("lax"),
    path: sends("/"),
  }),
  lifetime: [
    { option: ["session", "maxAge"], unit: "s", default: 30 * DAY },
    { option: ["jwt", "maxAge"], unit: "s" },
  ],
  storage: "server",
});

const ironSession = (module: string, path: readonly string[], options: number): SessionMiddleware => ({
  name: `${module} ${path.join(".")}`,
  module,
  path,
  kinds: ["call"],
  options,
  cookieOptions: ["cookieOptions"],
  cookieName: { option: ["cookieName"], default: null, fingerprints: false, standalone: true },
  ...cookieDefaults({ httpOnly: sends(true), secure: sends(true), sameSite: sends("lax"), path: sends("/") }, 14 * DAY - 60 * SECOND),
  lifetime: [
    { option: ["ttl"], unit: "s", default: 14 * DAY, zeroMeansForever: true },
    { option: ["cookieOptions", "maxAge"], unit: "s" },
    { option: ["cookieOptions", "expires"], unit: "date" },
  ],
  storage: "cookie",
});

export const SESSION_MIDDLEWARES: readonly SessionMiddleware[] = [
  {
    name: "express-session",
    module: "express-session",
    path: [],
    kinds: ["call"],
    options: 0,
    cookieOptions: ["cookie"],
    cookieName: { option: ["name"], default: "connect.sid", fingerprints: true, standalone: true },
    ...cookieDefaults({ httpOnly: sends(true), secure: NOT_SENT, sameSite: NOT_SENT, path: sends("/") }, null),
    lifetime: [
      { option: ["cookie", "maxAge"], unit: "ms" },
      { option: ["cookie", "expires"], unit: "date" },
    ],
    store: { option: ["store"], defaultIsMemory: true },
    genid: { option: ["genid"] },
    storage: "server",
  },
  {
    name: "cookie-session",
    module: "cookie-session",
    path: [],
    kinds: ["call"],
    options: 0,
    cookieOptions: [],
    cookieName: { option: ["name"], default: "session", fingerprints: true, standalone: true },
    ...cookieDefaults(
      { httpOnly: sends(true), secure: perRequest("cookie-session sets Secure when the request is HTTPS"), sameSite: NOT_SENT, path: sends("/") },
      null,
    ),
    lifetime: [
      { option: ["maxAge"], unit: "ms" },
      { option: ["expires"], unit: "date" },
    ],
    storage: "cookie",
  },
  {
    name: "koa-session",
    module: "koa-session",
    path: [],
    kinds: ["call"],
    options: 0,
    optionsAlternative: 1,
    cookieOptions: [],
    cookieName: { option: ["key"], default: "koa.sess", fingerprints: true, standalone: true },
    ...cookieDefaults({ httpOnly: sends(true), secure: perRequest("Koa sets Secure when the request is HTTPS"), sameSite: NOT_SENT, path: sends("/") }, DAY),
    lifetime: [
      { option: ["maxAge"], unit: "ms", default: DAY },
      { option: ["expires"], unit: "date" },
    ],
    store: { option: ["store"], defaultIsMemory: false },
    genid: { option: ["genid"] },
    storage: "cookie",
  },
  ...[[], ["fastifySession"]].map(
    (path): SessionMiddleware => ({
      name: "@fastify/session",
      module: "@fastify/session",
      path,
      kinds: ["call"],
      registration: "fastify",
      options: 1,
      cookieOptions: ["cookie"],
      cookieName: { option: ["cookieName"], default: "sessionId", fingerprints: true, standalone: true },
      ...cookieDefaults({ httpOnly: sends(true), secure: sends(true), sameSite: NOT_SENT, path: sends("/") }, null),
      lifetime: [
        { option: ["cookie", "maxAge"], unit: "ms" },
        { option: ["cookie", "expires"], unit: "date" },
      ],
      store: { option: ["store"], defaultIsMemory: true },
      genid: { option: ["idGenerator"] },
      storage: "server",
    }),
  ),
  ...[[], ["fastifySecureSession"]].map(
    (path): SessionMiddleware => ({
      name: "@fastify/secure-session",
      module: "@fastify/secure-session",
      path,
      kinds: ["call"],
      registration: "fastify",
      options: 1,
      optionsMayBeArray: true,
      cookieOptions: ["cookie"],
      cookieOptionsAliases: [["cookieOptions"]],
      cookieName: { option: ["cookieName"], default: "session", defaultFrom: ["sessionName"], fingerprints: true, standalone: true },
      ...cookieDefaults({ httpOnly: sends(true), secure: "unknown", sameSite: "unknown", path: "unknown" }, null),
      lifetime: [
        { option: ["expiry"], unit: "s", default: 86401 * SECOND },
        { option: ["cookie", "maxAge"], unit: "s" },
        { option: ["cookieOptions", "maxAge"], unit: "s" },
        { option: ["cookie", "expires"], unit: "date" },
        { option: ["cookieOptions", "expires"], unit: "date" },
      ],
      storage: "cookie",
    }),
  ),
  ironSession("iron-session", ["getIronSession"], -1),
  {
    name: "iron-session sealData",
    module: "iron-session",
    path: ["sealData"],
    kinds: ["call"],
    options: 1,
    cookieOptions: null,
    cookieName: { option: null, default: null, fingerprints: false, standalone: false },
    ...cookieDefaults(NO_COOKIE_DEFAULTS),
    lifetime: [{ option: ["ttl"], unit: "s", default: 14 * DAY, zeroMeansForever: true }],
    storage: "cookie",
  },
  ironSession("iron-session/next", ["withIronSessionApiRoute"], 1),
  ironSession("iron-session/next", ["withIronSessionSsr"], 1),
  ironSession("iron-session/express", ["ironSession"], 0),
  ...REMIX_MODULES.flatMap((module) => REMIX_STORAGES.map((s) => remix(module, s.fn, s.storage, s.memory === true))),
  {
    name: "@hapi/cookie",
    module: "@hapi/cookie",
    path: [],
    kinds: ["call"],
    registration: "hapi-strategy",
    scheme: "cookie",
    options: 2,
    cookieOptions: ["cookie"],
    cookieName: { option: ["cookie", "name"], default: "sid", fingerprints: false, standalone: true },
    attributeNames: { secure: "isSecure", httpOnly: "isHttpOnly", sameSite: "isSameSite", maxAge: "ttl" },
    ...cookieDefaults({ httpOnly: sends(true), secure: sends(true), sameSite: sends("strict"), path: sends("/") }, null),
    lifetime: [{ option: ["cookie", "ttl"], unit: "ms" }],
    storage: "cookie",
  },
  {
    name: "@hapi/yar",
    module: "@hapi/yar",
    path: [],
    kinds: ["call"],
    registration: "hapi-plugin",
    options: 0,
    cookieOptions: ["cookieOptions"],
    cookieName: { option: ["name"], default: "session", fingerprints: true, standalone: true },
    attributeNames: { secure: "isSecure", httpOnly: "isHttpOnly", sameSite: "isSameSite", maxAge: "ttl" },
    ...cookieDefaults({ httpOnly: sends(true), secure: sends(true), sameSite: sends("lax"), path: sends("/") }, null),
    lifetime: [{ option: ["cookieOptions", "ttl"], unit: "ms" }],
    storage: "cookie",
  },
  authJs("next-auth", [], "next-auth.session-token"),
  authJs("@auth/core", ["Auth"], "authjs.session-token"),
  authJs("@auth/express", ["ExpressAuth"], "authjs.session-token"),
  authJs("@auth/sveltekit", ["SvelteKitAuth"], "authjs.session-token"),
  {
    name: "better-auth",
    module: "better-auth",
    path: ["betterAuth"],
    kinds: ["call"],
    options: 0,
    cookieOptions: null,
    cookieName: { option: null, default: "better-auth.session_token", fingerprints: true, standalone: false },
    ...cookieDefaults(NO_COOKIE_DEFAULTS),
    lifetime: [{ option: ["session", "expiresIn"], unit: "s", default: 7 * DAY }],
    storage: "server",
  },
];

/** Modules that hold a hapi server (for `server.auth.strategy(...)` in files that use hapi). */
const HAPI_MODULES = ["@hapi/hapi", "@hapi/cookie", "@hapi/yar", "hapi"];
/** The `ms` package: `maxAge: ms("7d")`. */
const MS_MODULE = "ms";

export const SESSION_TRACKER: TrackerConfig = {
  modules: new Set([...SESSION_MIDDLEWARES.map((m) => m.module), ...HAPI_MODULES, MS_MODULE]),
};

/** One configured session middleware in the file. */
/** Session libraries whose session lives in the cookie itself: there is no server-side id to fix. */
const COOKIE_SESSION_MODULES: readonly string[] = ["cookie-session", "@fastify/secure-session", "iron-session", "koa-session", "next-iron-session"];
/** Koa session middleware with a server-side store (koa-session itself keeps the session in the cookie). */
const KOA_SERVER_STORE_MODULES: readonly string[] = ["koa-generic-session", "koa-session-minimal"];
/** Server-side session libraries. */
const SERVER_SESSION_MODULES: readonly string[] = ["express-session", "@fastify/session", ...KOA_SERVER_STORE_MODULES, "@hapi/yar"];

const SESSION_STORAGE_TRACKER: TrackerConfig = { modules: new Set([...COOKIE_SESSION_MODULES, ...SERVER_SESSION_MODULES]) };

/** Where the file's session libraries keep the session: what session fixation needs to know. */
export interface SessionStorageImports {
  /** Only cookie-stored session libraries are imported: no server-side session id exists to fix. */
  cookieOnly: boolean;
  /** A Koa server-side session store is imported (`ctx.session` is otherwise the koa-session cookie). */
  koaServerStore: boolean;
}

/** Which session storage the file's imports imply (see `SessionStorageImports`). */
export function sessionStorageImports(context: AnyContext): SessionStorageImports {
  const index = getModuleIndex(context, SESSION_STORAGE_TRACKER);
  const imports = (modules: readonly string[]): boolean => modules.some((module) => index.imports(module));
  return {
    cookieOnly: imports(COOKIE_SESSION_MODULES) && !imports(SERVER_SESSION_MODULES),
    koaServerStore: imports(KOA_SERVER_STORE_MODULES),
  };
}

export interface SessionMiddlewareCall {
  readonly middleware: SessionMiddleware;
  /** The call that configures it: `session(...)`, `app.register(...)`, `server.register(...)`, `server.auth.strategy(...)`. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The options object expression, when given (one element for option arrays). */
  readonly options?: TSESTree.Node;
  /** True when a spread argument hides the options (nothing can be said). */
  readonly optionsUnknown: boolean;
  /**
   * The narrowest node naming the middleware (callee, registered plugin, strategy scheme) — or,
   * for one session of an options array, that session's options object: where "absent" findings go.
   */
  readonly reportNode: TSESTree.Node;
}

/**
 * Every session middleware configured in the file (cached per AST). It never throws: on unusual
 * input, no middleware found is the safe answer.
 */
export const findSessionMiddlewares = perFile((context): readonly SessionMiddlewareCall[] => {
  try {
    return collect(context);
  } catch {
    return [];
  }
});

/**
 * Every middleware is found through an import of its module (or of a hapi module, for
 * `server.auth.strategy`): the modules whose presence `maySessionMiddlewares` checks.
 */
const SESSION_MIDDLEWARE_MODULES: TrackerConfig = { modules: new Set([...SESSION_MIDDLEWARES.map((m) => m.module), ...HAPI_MODULES]) };


/**
 * Cheap per-file pre-check for rules (the answer is cached with the module entry points):
 * false when `findSessionMiddlewares` finds nothing, because the file imports none of the session
 * middleware modules (nor a hapi module), read from the module entry points every rule shares.
 * Every one of those modules spells a credential word (`session`, `cookie`, `auth`; the tests
 * check) except the hapi ones, so the shared credential-word test (or `hapi`) comes first.
 */
export function maySessionMiddlewares(context: AnyContext): boolean {
  if (!mayNameCredential(context) && !codeText(context).includes("hapi")) return false;
  return mentionsTrackedModule(context, SESSION_MIDDLEWARE_MODULES);
}

function collect(context: AnyContext): SessionMiddlewareCall[] {
  if (!maySessionMiddlewares(context)) return [];
  const index = getModuleIndex(context, SESSION_TRACKER);
  const out: SessionMiddlewareCall[] = [];
  const seen = new Set<string>();
  const push = (entry: SessionMiddlewareCall): void => {
    const key = `${entry.middleware.name}:${entry.call.range[0]}:${entry.options?.range[0] ?? -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(entry);
  };
  const hapiFile = HAPI_MODULES.some((module) => index.imports(module));
  for (const middleware of SESSION_MIDDLEWARES) {
    const registration = middleware.registration ?? "call";
    if (registration === "hapi-strategy") {
      if (hapiFile) for (const entry of hapiStrategies(context, middleware)) push(entry);
      continue;
    }
    if (!index.imports(middleware.module)) continue;
    if (registration === "fastify") {
      for (const use of index.argumentsOf(middleware.module, middleware.path)) {
        if (use.index !== 0 || !isMethodCall(use.call, "register")) continue;
        const plugin = use.call.arguments[0];
        for (const entry of withOptions(context, middleware, use.call, plugin)) push(entry);
      }
      continue;
    }
    if (registration === "hapi-plugin") {
      for (const entry of hapiPlugins(context, middleware)) push(entry);
      continue;
    }
    for (const call of index.calls(middleware.module, middleware.path)) {
      if (!middleware.kinds.includes(call.kind)) continue;
      for (const entry of withOptions(context, middleware, call.node, call.callee)) push(entry);
    }
  }
  return out;
}

function isMethodCall(call: TSESTree.CallExpression | TSESTree.NewExpression, name: string): call is TSESTree.CallExpression {
  if (call.type !== "CallExpression") return false;
  const callee = unwrap(call.callee);
  return callee.type === "MemberExpression" && memberName(callee) === name;
}

/** The options argument of a call (`-1` = last), with koa-session's swapped order and option arrays. */
function withOptions(
  context: AnyContext,
  middleware: SessionMiddleware,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  reportNode: TSESTree.Node,
): SessionMiddlewareCall[] {
  const args = call.arguments;
  if (args.some((argument) => argument.type === "SpreadElement") && (middleware.options < 0 || argumentsUnknownFrom(call, middleware.options))) {
    return [{ middleware, call, optionsUnknown: true, reportNode }];
  }
  let index = middleware.options < 0 ? args.length + middleware.options : middleware.options;
  if (middleware.optionsAlternative !== undefined) index = pickOptionsIndex(context, call, index, middleware.optionsAlternative);
  const given = index >= 0 ? argumentAt(call, index) : undefined;
  if (!given) return [{ middleware, call, optionsUnknown: false, reportNode }];
  const resolved = resolveNode(context, given);
  if (resolved.type === "ArrowFunctionExpression" || resolved.type === "FunctionExpression") {
    // Options computed per request (iron-session 6, Auth.js lazy init): not readable here.
    return [{ middleware, call, optionsUnknown: true, reportNode }];
  }
  if (middleware.optionsMayBeArray && resolved.type === "ArrayExpression") {
    // One session per element: each is reported at its own options object, so that findings about
    // different sessions of one registration stay apart.
    return resolved.elements.map((element) =>
      !element || element.type === "SpreadElement"
        ? { middleware, call, optionsUnknown: true, reportNode: element ?? reportNode }
        : { middleware, call, options: element, optionsUnknown: false, reportNode: element },
    );
  }
  return [{ middleware, call, options: given, optionsUnknown: false, reportNode }];
}

/** koa-session: `session(options, app)` or `session(app, options)`; the object literal is the options. */
function pickOptionsIndex(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression, primary: number, alternative: number): number {
  const first = argumentAt(call, primary);
  const second = argumentAt(call, alternative);
  if (!second) {
    // `session(app)`: the app is required, so a lone argument that is not an object is the app.
    return first && resolveNode(context, first).type === "ObjectExpression" ? primary : -1;
  }
  const firstIsObject = first !== undefined && resolveNode(context, first).type === "ObjectExpression";
  const secondIsObject = resolveNode(context, second).type === "ObjectExpression";
  return secondIsObject && !firstIsObject ? alternative : primary;
}

/** `server.auth.strategy(name, "cookie", options)` in a file that uses hapi. */
function hapiStrategies(context: AnyContext, middleware: SessionMiddleware): SessionMiddlewareCall[] {
  const out: SessionMiddlewareCall[] = [];
  for (const node of indexedNodes(context, ["CallExpression"])) {
    if (node.type !== "CallExpression" || !isMethodCall(node, "strategy")) continue;
    const callee = unwrap(node.callee) as TSESTree.MemberExpression;
    const owner = unwrap(callee.object);
    if (owner.type !== "MemberExpression" || memberName(owner) !== "auth") continue;
    const scheme = argumentAt(node, 1);
    if (!scheme || staticValue(context, scheme)?.value !== middleware.scheme) continue;
    out.push(...withOptions(context, middleware, node, scheme));
  }
  return out;
}

/** `server.register({ plugin: yar, options })`, also inside an array of plugins. */
function hapiPlugins(context: AnyContext, middleware: SessionMiddleware): SessionMiddlewareCall[] {
  const index = getModuleIndex(context, SESSION_TRACKER);
  const out: SessionMiddlewareCall[] = [];
  const sourceCode = context.sourceCode;
  walk(sourceCode, sourceCode.ast, (node) => {
    if (node.type !== "Property" || node.computed || node.parent?.type !== "ObjectExpression") return;
    const key = node.key.type === "Identifier" ? node.key.name : node.key.type === "Literal" ? String(node.key.value) : "";
    if (key !== "plugin" && key !== "register") return;
    const target = index.resolve(unwrap(node.value)) ?? index.resolve(node.value);
    if (target?.module !== middleware.module || target.path.length !== middleware.path.length) return;
    if (!target.path.every((segment, i) => segment === middleware.path[i])) return;
    const object = node.parent;
    const call = enclosingCall(object);
    if (!call) return;
    const options = readProperty(context, object, "options");
    if (options.kind === "unknown") out.push({ middleware, call, optionsUnknown: true, reportNode: node.value });
    else if (options.kind === "absent") out.push({ middleware, call, optionsUnknown: false, reportNode: node.value });
    else out.push({ middleware, call, options: options.node, optionsUnknown: false, reportNode: node.value });
  });
  return out;
}

/** The call whose argument (possibly inside an array literal) is this object. */
function enclosingCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current: TSESTree.Node = node;
  while (current.parent && (current.parent.type === "ArrayExpression" || current.parent.type === "TSAsExpression" || current.parent.type === "TSSatisfiesExpression")) {
    current = current.parent;
  }
  const parent = current.parent;
  return parent?.type === "CallExpression" && parent.arguments.includes(current as TSESTree.CallExpressionArgument) ? parent : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading a configured middleware
// ---------------------------------------------------------------------------------------------

/** Reads an option path of a configured middleware: absent when no options were given, unknown when hidden. */
export function readSessionOption(context: AnyContext, found: SessionMiddlewareCall, path: readonly string[]): PropertyResult {
  if (found.optionsUnknown) return { kind: "unknown" };
  if (!found.options) return { kind: "absent" };
  if (path.length === 0) return { kind: "present", node: unwrap(found.options) };
  return readPath(context, found.options, path);
}

/**
 * Reads one cookie attribute (`"secure"`, `"maxAge"`, `"isSecure"` …, named as the library spells
 * it) of the middleware's own cookie, following the library's alias paths. Absent when the
 * middleware has no cookie options at all.
 */
export function readSessionCookieOption(context: AnyContext, found: SessionMiddlewareCall, name: string): PropertyResult {
  const middleware = found.middleware;
  if (middleware.cookieOptions === null) return { kind: "absent" };
  for (const alias of middleware.cookieOptionsAliases ?? []) {
    const holder = readSessionOption(context, found, alias);
    if (holder.kind === "unknown") return holder;
    if (holder.kind === "present") return readProperty(context, holder.node, name);
  }
  return readSessionOption(context, found, [...middleware.cookieOptions, name]);
}

export type SessionCookieName =
  /** The option is absent: the library's default applies (`name` null = required, no default). */
  | { kind: "default"; name: string | null; option: readonly string[] }
  /** Given in the options (also through `defaultFrom`); `value` when static. */
  | { kind: "set"; node: TSESTree.Node; property?: TSESTree.Property; value?: string; option: readonly string[] }
  | { kind: "unknown" };

/** The session cookie's name as configured. */
export function sessionCookieName(context: AnyContext, found: SessionMiddlewareCall): SessionCookieName {
  const spec = found.middleware.cookieName;
  if (!spec.option) return spec.default === null ? { kind: "unknown" } : { kind: "default", name: spec.default, option: [] };
  for (const option of [spec.option, ...(spec.defaultFrom ? [spec.defaultFrom] : [])]) {
    const read = readSessionOption(context, found, option);
    if (read.kind === "unknown") return { kind: "unknown" };
    if (read.kind === "absent") continue;
    const value = read.value ?? staticValue(context, read.node);
    if (value && (value.value === undefined || value.value === null || value.value === "")) continue;
    return {
      kind: "set",
      node: read.node,
      ...(read.property ? { property: read.property } : {}),
      ...(value && typeof value.value === "string" ? { value: value.value } : {}),
      option,
    };
  }
  return { kind: "default", name: spec.default, option: spec.option };
}

export interface SessionLifetime {
  readonly location: LifetimeLocation;
  readonly found: PropertyResult;
  /**
   * The lifetime in ms: from the value, or the location's default when absent. `Infinity` for
   * "forever"; `null` for a browser-session cookie (koa-session `"session"`); `undefined` when
   * unknown (computed at run time) or absent without a default.
   */
  readonly ms: number | null | undefined;
}

/** Every lifetime location of a configured middleware with its effective value. */
export function sessionLifetimes(context: AnyContext, found: SessionMiddlewareCall): SessionLifetime[] {
  return found.middleware.lifetime.map((location) => {
    const read = readSessionOption(context, found, location.option);
    if (read.kind === "absent") return { location, found: read, ms: location.default };
    if (read.kind === "unknown") return { location, found: read, ms: undefined };
    return { location, found: read, ms: lifetimeMs(context, read.node, location.unit, location.zeroMeansForever === true) };
  });
}

/**
 * A lifetime value in ms: numbers in `unit` (also arithmetic on constants), `ms("7d")` and
 * ms-style strings, `Infinity`, and for dates `new Date(Date.now() + n)`. `null` for
 * `"session"` (a browser-session cookie); `undefined` when the value is not known statically.
 */
export function lifetimeMs(context: AnyContext, node: TSESTree.Node, unit: LifetimeUnit, zeroMeansForever = false): number | null | undefined {
  if (unit === "date") return dateOffsetMs(context, node);
  const value = durationValue(context, node);
  if (value === undefined) return undefined;
  if (value === "session") return null;
  if (typeof value === "string") return parseDuration(value);
  if (!Number.isFinite(value)) return value > 0 ? Infinity : undefined;
  if (value === 0 && zeroMeansForever) return Infinity;
  return unit === "s" ? value * SECOND : value;
}

/** A static number or string, with `ms("…")` calls turned into their millisecond number. */
function durationValue(context: AnyContext, node: TSESTree.Node): number | string | undefined {
  const resolved = resolveNode(context, node);
  const fromMs = msCall(context, resolved);
  if (fromMs !== undefined) return fromMs;
  const value = staticValue(context, node);
  if (value && (typeof value.value === "number" || typeof value.value === "string")) return value.value;
  return undefined;
}

/**
 * `ms("30d")` from the `ms` package → its number (milliseconds). The API still reads that number in
 * its own unit, so in a seconds API `ms("30d")` means 30 × 1000 days.
 */
function msCall(context: AnyContext, node: TSESTree.Node): number | undefined {
  if (node.type !== "CallExpression" || node.arguments.length !== 1) return undefined;
  const target = getModuleIndex(context, SESSION_TRACKER).resolve(node.callee) ?? getModuleIndex(context, SESSION_TRACKER).resolve(unwrap(node.callee));
  if (target?.module !== MS_MODULE || target.path.length !== 0) return undefined;
  const argument = node.arguments[0];
  if (argument.type === "SpreadElement") return undefined;
  const value = staticValue(context, argument);
  return typeof value?.value === "string" ? parseDuration(value.value) : undefined;
}

/** `new Date(Date.now() + n)` / `new Date(new Date().getTime() + n)` → n (ms). */
function dateOffsetMs(context: AnyContext, node: TSESTree.Node): number | undefined {
  const resolved = resolveNode(context, node);
  if (resolved.type !== "NewExpression" || resolved.arguments.length !== 1) return undefined;
  const callee = unwrap(resolved.callee);
  if (callee.type !== "Identifier" || callee.name !== "Date") return undefined;
  const argument = resolved.arguments[0];
  if (argument.type === "SpreadElement") return undefined;
  const sum = unwrap(argument);
  if (sum.type !== "BinaryExpression" || sum.operator !== "+") return undefined;
  for (const [now, offset] of [
    [sum.left, sum.right],
    [sum.right, sum.left],
  ] as const) {
    if (!isNow(now)) continue;
    const value = durationValue(context, offset);
    if (typeof value === "number" && Number.isFinite(value)) return value;
    return undefined;
  }
  return undefined;
}

/** `Date.now()` or `new Date().getTime()`. */
function isNow(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type !== "CallExpression" || n.arguments.length !== 0) return false;
  const callee = unwrap(n.callee);
  if (callee.type !== "MemberExpression") return false;
  const object = unwrap(callee.object);
  if (memberName(callee) === "now") return object.type === "Identifier" && object.name === "Date";
  if (memberName(callee) === "getTime") {
    return object.type === "NewExpression" && object.arguments.length === 0 && unwrap(object.callee).type === "Identifier" && (unwrap(object.callee) as TSESTree.Identifier).name === "Date";
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------------------------

/** `["cookie", "name"]`, `"\"id\""` → `cookie: { name: "id" }`. */
export function nestedOptionText(path: readonly string[], value: string): string {
  let text = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = /^[A-Za-z_$][\w$]*$/u.test(path[i]) ? path[i] : JSON.stringify(path[i]);
    text = i === path.length - 1 ? `${key}: ${text}` : `${key}: { ${text} }`;
  }
  return text;
}

/**
 * A fix that adds option `path` (absent today) with `value` (source text): into the deepest object
 * literal of the options that exists, or as a new options argument when the call has none.
 * `undefined` when no safe edit exists (options computed elsewhere, a hapi plugin object without
 * `options`, options given as a variable that is not a literal in this file).
 */
export function addSessionOption(
  context: AnyContext,
  found: SessionMiddlewareCall,
  path: readonly string[],
  value: string,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  if (found.optionsUnknown || path.length === 0) return undefined;
  if (found.options) {
    let current: TSESTree.Node = found.options;
    for (let i = 0; i < path.length; i++) {
      const read = readProperty(context, current, path[i]);
      if (read.kind === "present") {
        current = read.node;
        continue;
      }
      if (read.kind === "absent" && read.object) {
        const object = read.object;
        const text = nestedOptionText(path.slice(i), value);
        return (fixer) => addProperty(context, fixer, object, text);
      }
      return undefined;
    }
    return undefined;
  }
  const middleware = found.middleware;
  if (middleware.registration === "hapi-plugin" || middleware.options < 0) return undefined;
  const call = found.call;
  // koa-session `session(app)`: the options go first.
  const swapped = middleware.optionsAlternative !== undefined && call.arguments.length === middleware.optionsAlternative;
  if (call.arguments.length !== middleware.options && !swapped) return undefined;
  const text = `{ ${nestedOptionText(path, value)} }`;
  return (fixer) => insertArgument(context, fixer, call, middleware.options, text);
}
