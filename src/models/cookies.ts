/**
 * Cookies as data: for every cookie a file sets, where its name, value and attributes are, and
 * what the framework does when an attribute is not given. One question for the cookie rules:
 * "for this cookie write, what is the effective HttpOnly / Secure / SameSite / Max-Age / Expires /
 * Domain / Path / name, and is each set (a static value, or a run-time value, which counts as
 * set), absent with the framework's default, or unknown?"
 *
 * A cookie write is only recognised on a proven cookie jar: an import (`cookie.serialize`,
 * `hono/cookie`, `next/headers`), a route-handler parameter or a helper that receives one
 * (`res.cookie`, `reply.setCookie`, `ctx.cookies.set`, `event.cookies.set`, `h.state` — see
 * `src/analysis/handlers.ts`), a `Set-Cookie` header named as such, or session middleware (from
 * `src/models/sessions.ts`). `map.set(...)`, `headers.set("X-Foo", …)`, a form library's `set` are not.
 *
 * Defaults, checked against each library's source or reference docs (2026-11):
 * - Express 4.21 / 5.1 `res.cookie(name, value, options)`: only `Path=/`; no HttpOnly, Secure or
 *   SameSite; `maxAge` in ms; `sameSite: true` means Strict. NestJS `@Res()` is the Express response.
 * - cookie 0.7 / 1.x `serialize(name, value, options)` and cookie-es 1.x (h3's serializer): nothing
 *   by default (no Path either); `maxAge` in seconds. cookie 1.1 (checked 1.1.1 source) adds
 *   `stringifySetCookie` (`serialize` is its alias), both also as `({ name, value, ...attributes },
 *   { encode })`.
 * - Koa 2 `ctx.cookies.set` (pillarjs/cookies 0.9 `Cookie.prototype`): `httpOnly` true, `path` "/",
 *   `sameSite` false (not sent), `secure` follows the request (`req.protocol === "https"` or an
 *   encrypted socket) unless given — a run-time value; `maxAge` in ms.
 * - @fastify/cookie 11 (checked 11.0.2 and the 11.1.5 source) `reply.setCookie` / `reply.cookie`:
 *   `Object.assign({ sameSite: 'lax' }, options)` (fastify-cookie PR #277, 2024-01; older releases
 *   set nothing; an explicit `sameSite: null` sends none); no HttpOnly or Secure;
 *   `secure: "auto"` follows the request protocol; `maxAge` in seconds. Registration `parseOptions`
 *   are applied to every `setCookie` of the app: read when the registration is in the same file.
 * - Hono 4 (checked 4.13 source) `setCookie(c, name, value, opt)` / `setSignedCookie(c, name,
 *   value, secret, opt)` / `generateCookie(name, value, opt)` / `generateSignedCookie(name, value,
 *   secret, opt)` (hono/cookie): `Path=/` only; `prefix: "secure"` names the cookie `__Secure-…` and
 *   forces Secure, `prefix: "host"` names it `__Host-…` and forces Secure, `Path=/` and no Domain
 *   (after the user's options); `maxAge` in seconds.
 * - Next.js 13–15 `cookies().set` (next/headers) and `NextResponse#cookies.set` (next/server), both
 *   @edge-runtime/cookies `ResponseCookies`: `path` "/" only (`normalizeCookie`); positional
 *   `(name, value, options)` or object `({ name, value, ...options })`; `maxAge` in seconds.
 * - SvelteKit 2 `cookies.set(name, value, { path })` / `cookies.serialize`: `httpOnly` true,
 *   `secure` true (false only on http://localhost), `sameSite` "lax" (`Cookies` docs in
 *   packages/kit public.d.ts); `path` required; `maxAge` in seconds.
 * - h3 1.x / 2.x (checked 2.0.8 source) / Nuxt 3 `setCookie(event, name, value, options)` and
 *   `setChunkedCookie` (same arguments): serialize with `path` "/" first; `setResponseHeader` /
 *   `appendResponseHeader` / `setHeader` / `appendHeader(event, name, value)` set raw headers.
 * - Astro 5.7 `Astro.cookies.set` / `context.cookies.set` (`AstroCookieSetOptions`, cookie's
 *   options): nothing by default; `maxAge` in seconds.
 * - Remix 2 / React Router 7 `createCookie(name, options)`: `path` "/", `sameSite` "lax"; no
 *   HttpOnly, no Secure; `maxAge` in seconds.
 * - hapi 21 (@hapi/statehood 8 definition defaults) `server.state(name, options)`,
 *   `h.state(name, value, options)`, `response.state(...)`: `isSecure` true, `isHttpOnly` true,
 *   `isSameSite` "Strict"; `ttl` in ms; option names `isSecure` / `isHttpOnly` / `isSameSite`.
 *   Options layer: `h.state` options over the `server.state(name)` definition over the server-wide
 *   `Hapi.server({ state })` settings (`server.options.state`), read when written in this file.
 * - csurf 1.11 `csurf({ cookie: true | {...} })`: the CSRF secret cookie ("_csrf", `key` option),
 *   set through `res.cookie`: Express defaults. A CSRF cookie: never required to be HttpOnly.
 * - Session middleware: names, option paths and every cookie-attribute default (sent, not sent,
 *   decided per request, or unknown) live in `src/models/sessions.ts` (`cookieDefaults`), the one
 *   place for each library's defaults; this file only reads them. next-auth / Auth.js
 *   `useSecureCookies` is read here as the Secure attribute when it is given.
 * - Raw `Set-Cookie` headers (`res.setHeader`, `res.append`, `res.header`, `res.set`, `writeHead`,
 *   `Headers#set/append`, `new Headers({...})`, `new Response(…, { headers })`, `json(…, { headers })`,
 *   arrays of cookies): the attributes written in the string; nothing else. Generic setters
 *   (`set`, `append`, `header`) count only on a receiver that holds response headers
 *   (`holdsResponseHeaders`): `new Map().set("Set-Cookie", …)` is not a cookie.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { mayNameCredential } from "../analysis/credential-words.js";
import type { JSONSchema4, JSONSchema4ObjectSchema } from "@typescript-eslint/utils/json-schema";
import { argumentAt, argumentsUnknownFrom, codeText, memberName, perFile, staticKeyName, unwrap, walk, type AnyContext } from "../analysis/ast.js";
import { addProperty, insertArgument, quote } from "../analysis/fix.js";
import { handlerValueOf, type Framework } from "../analysis/handlers.js";
import { INSTANCE, RESULT, type ModuleIndex, type TrackerConfig } from "../analysis/modules.js";
import { moduleIndexOf } from "../analysis/module-gate.js";
import { indexedNodes } from "../analysis/indexed-nodes.js";
import { credentialNameVerdict, splitWords } from "../analysis/names.js";
import { credentialIn, credentialKey } from "../analysis/credentials.js";
import { callSitesOf, parameterIndex, variableOf } from "../analysis/flow.js";
import { readOption, readProperty, resolveNode, staticValue, type PropertyResult } from "../analysis/values.js";
import {
  NOT_SENT,
  addSessionOption,
  findSessionMiddlewares,
  maySessionMiddlewares,
  readSessionCookieOption,
  readSessionOption,
  sessionCookieName,
  type CookieDefault,
  type SessionMiddlewareCall,
} from "./sessions.js";

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Where a suggestion can add a missing attribute. */
export type AddTarget =
  /** Add `key: value` to this options object literal. */
  | { object: TSESTree.ObjectExpression }
  /** Append `; Attribute` to this Set-Cookie string literal / template. */
  | { string: TSESTree.Literal | TSESTree.TemplateLiteral }
  /** Insert a new options object argument at `index` of `call`. */
  | { call: TSESTree.CallExpression | TSESTree.NewExpression; index: number }
  /** Add the option at `path` of a session middleware's options. */
  | { session: SessionMiddlewareCall; path: readonly string[] };

export type Attribute<T> =
  | {
      kind: "set";
      /** The static value; undefined when computed at run time (counts as set). */
      value: T | undefined;
      node: TSESTree.Node;
      /** The `key: value` property of an options object literal, when written as one. */
      property?: TSESTree.Property;
    }
  | {
      kind: "default";
      /** The framework default (undefined = the attribute is not sent). */
      value: T | undefined;
      /** The default is decided per request (Koa `secure`, SvelteKit on localhost …): a run-time value. */
      dynamic?: string;
      addTo?: AddTarget;
    }
  | { kind: "unknown" };

export type AttributeName = "httpOnly" | "secure" | "sameSite" | "maxAge" | "expires" | "domain" | "path";

export interface CookieWrite {
  /** How the cookie is set, for messages: `"res.cookie (Express)"`. */
  api: string;
  framework: Framework | "cookie" | "header" | "session" | "csurf" | "remix";
  /** Where findings about missing attributes go. */
  report: TSESTree.Node;
  /** A session-middleware cookie (every one is an auth cookie). */
  session: boolean;
  /** The session middleware behind it, when `session`. */
  sessionCall?: SessionMiddlewareCall;
  /** A CSRF cookie API (csurf); CSRF cookies are also recognised by name (`isCsrfCookie`). */
  csrf: boolean;
  name: Attribute<string>;
  value?: TSESTree.Node;
  httpOnly: Attribute<boolean>;
  secure: Attribute<boolean>;
  /** Lowercase `"lax"` / `"strict"` / `"none"`, or `false` (not sent). */
  sameSite: Attribute<string | false>;
  /** Milliseconds (converted from the API's unit). */
  maxAge: Attribute<number>;
  expires: Attribute<unknown>;
  domain: Attribute<string>;
  path: Attribute<string>;
  /** The options object expression, when there is one. */
  options?: TSESTree.Node;
  /** The option keys as this API spells them (`isHttpOnly` for hapi; `HttpOnly` for Set-Cookie strings). */
  keys: Readonly<Record<AttributeName, string>>;
  /** How this API spells a SameSite value (`"lax"`, `"Lax"`); `string` for Set-Cookie strings. */
  sameSiteStyle: "lower" | "capital" | "string";
  /** The write deletes the cookie (empty value, `maxAge: 0`): attributes do not matter. */
  deletion: boolean;
  /**
   * The API adds a `__Host-` / `__Secure-` prefix to the name chosen at run time (Hono `prefix`
   * computed at run time): `name` is the name before it, and whether it ends up prefixed is unknown.
   */
  namePrefixAtRuntime?: boolean;
}

// ---------------------------------------------------------------------------------------------
// API data
// ---------------------------------------------------------------------------------------------

/** An API's default for an attribute (the shape session middleware uses too: `src/models/sessions.ts`). */
type DefaultValue<T> = CookieDefault<T>;

interface ApiDefaults {
  httpOnly: DefaultValue<boolean>;
  secure: DefaultValue<boolean>;
  sameSite: DefaultValue<string | false>;
  path: DefaultValue<string>;
  /** Unit of numeric `maxAge`. */
  maxAgeUnit: "ms" | "s";
}

const STANDARD_KEYS: Readonly<Record<AttributeName, string>> = {
  httpOnly: "httpOnly",
  secure: "secure",
  sameSite: "sameSite",
  maxAge: "maxAge",
  expires: "expires",
  domain: "domain",
  path: "path",
};
const HAPI_KEYS: Readonly<Record<AttributeName, string>> = {
  httpOnly: "isHttpOnly",
  secure: "isSecure",
  sameSite: "isSameSite",
  maxAge: "ttl",
  expires: "expires",
  domain: "domain",
  path: "path",
};
const STRING_KEYS: Readonly<Record<AttributeName, string>> = {
  httpOnly: "HttpOnly",
  secure: "Secure",
  sameSite: "SameSite",
  maxAge: "Max-Age",
  expires: "Expires",
  domain: "Domain",
  path: "Path",
};

const EXPRESS: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: { value: "/" }, maxAgeUnit: "ms" };
const SERIALIZE: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: NOT_SENT, maxAgeUnit: "s" };
const KOA: ApiDefaults = {
  httpOnly: { value: true },
  secure: { value: undefined, dynamic: "Koa sets Secure when the request is HTTPS" },
  sameSite: NOT_SENT,
  path: { value: "/" },
  maxAgeUnit: "ms",
};
const FASTIFY: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: { value: "lax" }, path: NOT_SENT, maxAgeUnit: "s" };
const HONO: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: { value: "/" }, maxAgeUnit: "s" };
const NEXT: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: { value: "/" }, maxAgeUnit: "s" };
const SVELTEKIT: ApiDefaults = {
  httpOnly: { value: true },
  secure: { value: true },
  sameSite: { value: "lax" },
  path: "unknown",
  maxAgeUnit: "s",
};
const H3: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: { value: "/" }, maxAgeUnit: "s" };
const ASTRO: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: NOT_SENT, path: NOT_SENT, maxAgeUnit: "s" };
const REMIX: ApiDefaults = { httpOnly: NOT_SENT, secure: NOT_SENT, sameSite: { value: "lax" }, path: { value: "/" }, maxAgeUnit: "s" };
const HAPI: ApiDefaults = { httpOnly: { value: true }, secure: { value: true }, sameSite: { value: "strict" }, path: NOT_SENT, maxAgeUnit: "ms" };

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
];
const SERIALIZE_MODULES = ["cookie", "cookie-es", "@fastify/cookie"];
/** h3 1.x / 2.x functions that set one response header: `(event, name, value)`. */
const H3_HEADER_FUNCTIONS = ["setHeader", "appendHeader", "setResponseHeader", "appendResponseHeader"];
const HAPI_MODULES = ["@hapi/hapi", "hapi"];

export const COOKIE_TRACKER: TrackerConfig = {
  modules: new Set([
    ...SERIALIZE_MODULES,
    "hono/cookie",
    "h3",
    "next/headers",
    "next/server",
    "csurf",
    ...REMIX_MODULES,
    ...HAPI_MODULES,
  ]),
};

// ---------------------------------------------------------------------------------------------
// Options shared by the cookie rules
// ---------------------------------------------------------------------------------------------

export interface CookieRuleOptions {
  /** Regular expression sources of extra auth cookie names. */
  cookieNames: string[];
  /** Check every cookie, not only auth cookies. */
  checkAllCookies: boolean;
}

export const DEFAULT_COOKIE_RULE_OPTIONS: CookieRuleOptions = { cookieNames: [], checkAllCookies: false };

/** The JSON schema of the cookie rules' options object. */
export function cookieOptionsSchema(checkAllDescription: string): JSONSchema4ObjectSchema {
  return {
    type: "object",
    properties: {
      cookieNames: COOKIE_NAMES_SCHEMA,
      checkAllCookies: { type: "boolean", description: checkAllDescription },
    },
    additionalProperties: false,
  };
}

/** The `cookieNames` option alone (for cookie rules with other options). */
export const COOKIE_NAMES_SCHEMA = {
  type: "array",
  items: { type: "string" },
  uniqueItems: true,
  description:
    "Regular expressions (JavaScript source, matched case-insensitively against the whole cookie name) naming extra cookies that hold credentials, e.g. `\"app_auth\"`. Invalid patterns are ignored.",
} satisfies JSONSchema4;

export interface CookieSettings {
  cookieNames: readonly RegExp[];
  checkAllCookies: boolean;
}

/** Compiles the `cookieNames` option; invalid patterns are skipped (a rule never throws on its options). */
export function cookieSettings(options: Partial<CookieRuleOptions> | undefined): CookieSettings {
  const cookieNames: RegExp[] = [];
  for (const source of options?.cookieNames ?? []) {
    if (typeof source !== "string") continue;
    try {
      cookieNames.push(new RegExp(`^(?:${source})$`, "iu"));
    } catch {
      // ignored: documented
    }
  }
  return { cookieNames, checkAllCookies: options?.checkAllCookies === true };
}

// ---------------------------------------------------------------------------------------------
// Which cookies count
// ---------------------------------------------------------------------------------------------

const HOST_PREFIX = /^__(host|secure)-/iu;
/** Words that make a cookie name a session / auth cookie, beyond the shared credential vocabulary. */
const AUTH_COOKIE_WORDS = new Set(["session", "sess", "sid", "sessid", "sessionid", "auth", "token", "jwt", "remember", "rememberme"]);
const SESSION_COOKIE_WORDS = new Set(["session", "sess", "sid", "sessid", "sessionid"]);
const CSRF_WORDS = new Set(["csrf", "xsrf", "csrftoken", "xsrftoken"]);
/**
 * Words of cookies that travel beside a session without being one: its expiry or activity (a
 * readable `session_expires_at` lets the page show the session clock), where to go after login,
 * and analytics / consent ids.
 */
const COMPANION_COOKIE_WORDS = new Set([
  "expires",
  "expiry",
  "expiration",
  "expire",
  "expired",
  "exp",
  "timeout",
  "ttl",
  "count",
  "counter",
  "length",
  "duration",
  "last",
  "seen",
  "active",
  "has",
  "is",
  "redirect",
  "return",
  "returnto",
  "hint",
  "analytics",
  "tracking",
  "tracker",
  "visitor",
  "consent",
  "telemetry",
  "metrics",
  "experiment",
  "utm",
]);

/** A cookie name that names a CSRF token (double-submit cookies must stay readable by script). */
export function isCsrfCookieName(name: string): boolean {
  return splitWords(name.replace(HOST_PREFIX, "")).some((word) => CSRF_WORDS.has(word));
}

/** A cookie name that names a session id or credential (`sid`, `session`, `access_token`, `__Host-auth`). */
export function isAuthCookieName(name: string, extra: readonly RegExp[] = []): boolean {
  if (extra.some((pattern) => pattern.test(name))) return true;
  const bare = name.replace(HOST_PREFIX, "");
  if (isCsrfCookieName(bare)) return false;
  const words = splitWords(bare);
  // `session_expires_at`, `has_session`, `analytics_session`, `auth_redirect`: about a session, not one.
  if (words.some((word) => COMPANION_COOKIE_WORDS.has(word))) return false;
  const verdict = credentialNameVerdict(bare);
  if (verdict === "credential") return true;
  // `tokenCount`, `pageToken` are look-alikes; a session word still wins (`next-auth.session-token`).
  if (verdict === "excluded") return words.some((word) => SESSION_COOKIE_WORDS.has(word));
  return words.some((word) => AUTH_COOKIE_WORDS.has(word));
}

/** The write is a CSRF cookie: csurf's, or named like one. */
export function isCsrfCookie(context: AnyContext, write: CookieWrite): boolean {
  if (write.csrf) return true;
  const name = cookieName(context, write);
  if (name !== undefined) return isCsrfCookieName(name);
  // A computed name (`CSRF_COOKIE`, `config.csrfCookieName`) or a CSRF token as the value (`req.csrfToken()`).
  if (write.name.kind === "set" && isCsrfCookieName(nodeWords(write.name.node))) return true;
  return write.value !== undefined && isCsrfCookieName(nodeWords(write.value));
}

/** The name an expression is known by: an identifier, a member, a called function or method. */
function nodeWords(node: TSESTree.Node): string {
  let n = unwrap(node);
  if (n.type === "AwaitExpression") n = unwrap(n.argument);
  if (n.type === "CallExpression") n = unwrap(n.callee);
  if (n.type === "Identifier") return n.name;
  if (n.type === "MemberExpression") return memberName(n) ?? "";
  return "";
}

/** The static cookie name, when known. */
export function cookieName(_context: AnyContext, write: CookieWrite): string | undefined {
  return write.name.kind !== "unknown" && typeof write.name.value === "string" ? write.name.value : undefined;
}

/**
 * An auth cookie: every session-middleware cookie, cookies named by the `cookieNames` option, and
 * cookies whose name (static, a constant, or the words of the constant) or value is a credential.
 * CSRF cookies and cookies whose value is a static flag (`true`, `"1"`, `"yes"`) are not.
 */
export function isAuthCookie(context: AnyContext, write: CookieWrite, settings: Pick<CookieSettings, "cookieNames">): boolean {
  try {
    if (write.session) return true;
    if (isCsrfCookie(context, write)) return false;
    const name = cookieName(context, write);
    if (name !== undefined && settings.cookieNames.some((pattern) => pattern.test(name))) return true;
    // `res.cookie("skipSilentLogin", true)`, `loggedIn=1`: a flag is not a credential, whatever its name.
    if (write.value && isFlagValue(context, write.value)) return false;
    if (name !== undefined) {
      if (isAuthCookieName(name, settings.cookieNames)) return true;
    } else if (write.name.kind === "set") {
      const node = write.name.node;
      if (credentialKey(context, node)) return true;
      const words = node.type === "Identifier" ? node.name : node.type === "MemberExpression" ? (memberName(node) ?? "") : "";
      if (words && credentialNameVerdict(words) !== "excluded" && isAuthCookieName(words.replace(/_?(cookie|name|key)$/iu, ""))) return true;
    }
    if (write.value && credentialIn(context, write.value)) return true;
    return false;
  } catch {
    return false;
  }
}

const FLAG_TEXT = /^(true|false|yes|no|on|off|y|n|\d{1,3})$/iu;

/** A static boolean, small number or `"true"` / `"1"`-like text: a flag, not a credential. */
function isFlagValue(context: AnyContext, node: TSESTree.Node): boolean {
  const value = staticValue(context, node);
  if (!value) return false;
  if (typeof value.value === "boolean") return true;
  if (typeof value.value === "number") return Number.isInteger(value.value) && Math.abs(value.value) < 1000;
  return typeof value.value === "string" && FLAG_TEXT.test(value.value);
}

/**
 * How messages name the cookie: `Cookie "sid"`, `Cookie SESSION_COOKIE` (a computed name), `The
 * express-session cookie "connect.sid"`, `The iron-session getIronSession cookie`, `This cookie`.
 */
export function cookieLabel(context: AnyContext, write: CookieWrite): string {
  const name = cookieName(context, write);
  if (write.session) return name !== undefined ? `The ${write.api} cookie ${JSON.stringify(name)}` : `The ${write.api} cookie`;
  if (name !== undefined) return `Cookie ${JSON.stringify(name)}`;
  if (write.name.kind === "set") {
    const text = context.sourceCode.getText(write.name.node);
    if (text.length <= 40 && !text.includes("\n")) return `Cookie ${text}`;
  }
  return "This cookie";
}

// ---------------------------------------------------------------------------------------------
// Finding cookie writes
// ---------------------------------------------------------------------------------------------

/** Every cookie write of the file (cached per AST, never throws). */
export const findCookieWrites = perFile((context): readonly CookieWrite[] => {
  try {
    return collect(context);
  } catch {
    return [];
  }
});

const RECEIVER_METHODS = new Set(["cookie", "setCookie", "set", "state", "serialize", "setHeader", "header", "append", "appendHeader", "writeHead"]);
const HEADER_METHODS = new Set(["setHeader", "header", "set", "append", "appendHeader"]);
const EXPRESS_LIKE = new Set<Framework>(["express", "nest", "conventional"]);

class Collector {
  readonly out: CookieWrite[] = [];
  /** Writes already found, by report node and options node (one Set-Cookie string reached twice is one write). */
  private readonly seen = new Map<TSESTree.Node, Set<TSESTree.Node | undefined>>();
  private fastifyDefaults: TSESTree.Node | undefined | null = null;
  private hapiServerDefaults: TSESTree.Node | undefined | null = null;
  private hapiDefinitions: Map<string, TSESTree.Node> | null = null;

  constructor(
    readonly context: AnyContext,
    readonly index: ModuleIndex,
  ) {}

  push(write: CookieWrite | undefined): void {
    if (!write) return;
    let options = this.seen.get(write.report);
    if (!options) {
      options = new Set();
      this.seen.set(write.report, options);
    }
    const key = write.sessionCall?.options ?? write.options;
    if (options.has(key)) return;
    options.add(key);
    this.out.push(write);
  }

  /**
   * hapi server-wide cookie defaults: `Hapi.server({ state: {...} })` / `new Hapi.Server({ state })`
   * in this file (the only server of the file), under every `server.state` / `h.state`.
   */
  hapiServerState(): TSESTree.Node | undefined {
    if (this.hapiServerDefaults !== null) return this.hapiServerDefaults;
    this.hapiServerDefaults = undefined;
    const found: TSESTree.Node[] = [];
    for (const module of HAPI_MODULES) {
      for (const name of ["server", "Server"]) {
        for (const call of this.index.calls(module, [name])) {
          const options = argumentAt(call.node, 0);
          if (!options) continue;
          const state = readProperty(this.context, options, "state");
          if (state.kind === "present") found.push(state.node);
        }
      }
    }
    if (found.length === 1) this.hapiServerDefaults = found[0];
    return this.hapiServerDefaults;
  }

  /** hapi `server.state(name, options)` definitions of this file by static name (`h.state` of that name inherits them). */
  hapiDefinition(name: string | undefined, hapiFile: boolean): TSESTree.Node | undefined {
    if (name === undefined) return undefined;
    if (this.hapiDefinitions === null) {
      const definitions = new Map<string, TSESTree.Node>();
      this.hapiDefinitions = definitions;
      for (const node of indexedNodes(this.context, ["CallExpression"])) {
        if (node.type !== "CallExpression") continue;
        const callee = unwrap(node.callee);
        if (callee.type !== "MemberExpression" || memberName(callee) !== "state" || !isHapiServer(this, callee.object, hapiFile)) continue;
        const first = argumentAt(node, 0);
        const options = argumentAt(node, 1);
        const key = first ? staticValue(this.context, first)?.value : undefined;
        if (typeof key === "string" && options && !definitions.has(key)) definitions.set(key, options);
      }
    }
    return this.hapiDefinitions.get(name);
  }

  /** `@fastify/cookie` registered in this file with `parseOptions`: defaults for every `setCookie`. */
  fastifyParseOptions(): TSESTree.Node | undefined {
    if (this.fastifyDefaults !== null) return this.fastifyDefaults;
    this.fastifyDefaults = undefined;
    for (const use of this.index.argumentsOf("@fastify/cookie", [])) {
      const call = use.call;
      const callee = unwrap(call.callee);
      if (use.index !== 0 || callee.type !== "MemberExpression" || memberName(callee) !== "register") continue;
      const options = argumentAt(call, 1);
      if (!options) continue;
      const parse = readProperty(this.context, options, "parseOptions");
      if (parse.kind === "present") this.fastifyDefaults = parse.node;
    }
    return this.fastifyDefaults;
  }
}

/**
 * Every API this model knows spells "cookie" somewhere in the file (`res.cookie`, `setCookie`,
 * `cookies()`, `Set-Cookie`, the `cookie` / `hono/cookie` modules …) except hapi's `state`:
 * files without either have no cookie write to find but session middleware (checked apart).
 */
const MAY_WRITE_COOKIES = /cookie|\.state\s*\(/iu;

/** "kie", the tail of "cookie", in any case: found through the (rare) `k` / `K`. */
function hasKie(text: string): boolean {
  for (const k of ["k", "K"]) {
    for (let i = text.indexOf(k); i !== -1; i = text.indexOf(k, i + 1)) {
      // `| 32` lowercases ASCII letters: "I" / "i" → 105, "E" / "e" → 101.
      if ((text.charCodeAt(i + 1) | 32) === 105 && (text.charCodeAt(i + 2) | 32) === 101) return true;
    }
  }
  return false;
}

/** The text passes `MAY_WRITE_COOKIES`, once per file. */
const mentionsCookieApi = perFile((context): boolean => {
  const text = context.sourceCode.text;
  // The case-insensitive regex is the costly part: most files have no "kie" (any case) and no
  // `.state`, the only way to match it that can lead to a cookie write (a call of hapi's `state`).
  return (hasKie(text) || text.includes(".state")) && MAY_WRITE_COOKIES.test(text);
});

/**
 * Cheap per-file pre-check for rules (shared by every cookie rule of a file): false when
 * `findCookieWrites` finds nothing, because the file spells no cookie API and configures no
 * session middleware. Every cookie API but hapi's `state` spells `cookie`, and every session
 * middleware module spells `session`, `cookie` or `auth` except @hapi/yar (the tests check), so
 * the credential-word test that every credential rule shares (`mayNameCredential`) comes first.
 * Cached per AST: up to five rules ask, and in a file without a credential word the two text
 * searches were the larger part of each one's `create()`.
 */
export const mayWriteCookies = perFile((context): boolean => {
  if (!mayNameCredential(context)) {
    const code = codeText(context);
    if (!code.includes(".state") && !code.includes("yar")) return false;
  }
  return mentionsCookieApi(context) || maySessionMiddlewares(context);
});

/** `Set-Cookie` spelled in the text (any case): only then can a header object or list name it. */
const SET_COOKIE_TEXT = /set-cookie/iu;

function collect(context: AnyContext): CookieWrite[] {
  if (!mentionsCookieApi(context)) {
    // Only session middleware can set a cookie here (its own gate is in sessions.ts).
    return findSessionMiddlewares(context)
      .map((found) => sessionCookie(context, found))
      .filter((write): write is CookieWrite => write !== undefined);
  }
  const index = moduleIndexOf(context, COOKIE_TRACKER);
  const collector = new Collector(context, index);

  // --- imports
  for (const module of SERIALIZE_MODULES) {
    const label = module === "cookie-es" ? "cookie-es" : module;
    // cookie 1.x: `stringifySetCookie` (`serialize` is its alias); both also take `({ name, value, ...attributes }, options)`.
    for (const fn of ["serialize", "stringifySetCookie"]) {
      for (const call of index.calls(module, [fn])) {
        if (call.node.type !== "CallExpression") continue;
        const api = `${label} ${fn}`;
        collector.push(isObjectForm(context, call.node) ? objectCookie(context, call.node, api, "cookie", SERIALIZE) : positional(context, call.node, 0, api, "cookie", SERIALIZE));
      }
    }
  }
  for (const [fn, nameIndex, optionsIndex] of [
    ["setCookie", 1, 3],
    ["setSignedCookie", 1, 4],
    ["generateCookie", 0, 2],
    ["generateSignedCookie", 0, 3],
  ] as const) {
    for (const call of index.calls("hono/cookie", [fn])) {
      if (call.node.type !== "CallExpression") continue;
      collector.push(honoCookie(context, call.node, fn, nameIndex, optionsIndex));
    }
  }
  for (const fn of ["setCookie", "setChunkedCookie"]) {
    for (const call of index.calls("h3", [fn])) {
      if (call.node.type === "CallExpression") collector.push(positional(context, call.node, 1, `${fn} (h3)`, "h3", H3));
    }
  }
  // h3 `setResponseHeader(event, "Set-Cookie", value)` and its aliases.
  for (const fn of H3_HEADER_FUNCTIONS) {
    for (const call of index.calls("h3", [fn])) {
      if (call.node.type !== "CallExpression") continue;
      const header = argumentAt(call.node, 1);
      const value = argumentAt(call.node, 2);
      const name = header ? staticValue(context, header)?.value : undefined;
      if (value && typeof name === "string" && name.toLowerCase() === "set-cookie") headerValue(collector, value, `${fn}("Set-Cookie") (h3)`);
    }
  }
  for (const path of [
    ["cookies", RESULT, "set"],
    ["cookies", "set"],
  ]) {
    for (const call of index.calls("next/headers", path)) {
      if (call.node.type === "CallExpression") collector.push(nextCookieSet(context, call.node, "cookies().set (Next.js)"));
    }
  }
  for (const call of index.callsInto("next/server")) {
    const path = call.path;
    if (call.node.type !== "CallExpression" || path[0] !== "NextResponse" || path.length < 3) continue;
    if (path[path.length - 1] !== "set" || path[path.length - 2] !== "cookies") continue;
    collector.push(nextCookieSet(context, call.node, "NextResponse cookies.set (Next.js)"));
  }
  for (const module of REMIX_MODULES) {
    for (const call of index.calls(module, ["createCookie"])) {
      if (call.node.type === "CallExpression") collector.push(definition(context, call.node, 0, 1, "createCookie (Remix)", "remix", REMIX));
    }
  }
  for (const call of index.calls("csurf", [])) {
    if (call.node.type === "CallExpression") collector.push(csurfCookie(context, call.node));
  }
  // --- session middleware
  for (const found of findSessionMiddlewares(context)) collector.push(sessionCookie(context, found));

  // --- receivers and headers
  const hapiFile = HAPI_MODULES.some((module) => index.imports(module));
  const visitCall = (node: TSESTree.CallExpression): void => {
    const callee = unwrap(node.callee);
    if (callee.type === "MemberExpression") {
      const method = memberName(callee);
      if (method !== null && RECEIVER_METHODS.has(method)) receiverCall(collector, node, callee, method, hapiFile);
    } else if (callee.type === "Identifier" && callee.name === "setCookie") {
      // Nuxt / Nitro auto-import: an unshadowed global `setCookie(event, …)` on an h3 event.
      const variable = variableOf(context, callee);
      const event = argumentAt(node, 0);
      if ((!variable || variable.defs.length === 0) && event && handlerValueOf(context, event)?.framework === "h3") {
        collector.push(positional(context, node, 1, "setCookie (h3)", "h3", H3));
      }
    }
  };
  const sourceCode = context.sourceCode;
  if (!SET_COOKIE_TEXT.test(sourceCode.text)) {
    // No header object or list can name Set-Cookie: the calls (collected during ESLint's traversal) are enough.
    for (const node of indexedNodes(context, ["CallExpression"])) if (node.type === "CallExpression") visitCall(node);
  } else {
    walk(sourceCode, sourceCode.ast, (node) => {
      if (node.type === "CallExpression") {
        visitCall(node);
      } else if (node.type === "Property" && !node.computed) {
        const key = staticKeyName(node.key, false);
        if (key !== null && key.toLowerCase() === "set-cookie" && isHeaderObject(context, node.parent)) headerValue(collector, node.value, "Set-Cookie header");
      } else if (node.type === "ArrayExpression" && node.elements.length === 2) {
        // `new Headers([["Set-Cookie", "…"]])`
        const [first, second] = node.elements;
        if (first && second && first.type !== "SpreadElement" && second.type !== "SpreadElement" && node.parent?.type === "ArrayExpression" && isHeaderObject(context, node.parent)) {
          const key = staticValue(context, first)?.value;
          if (typeof key === "string" && key.toLowerCase() === "set-cookie") headerValue(collector, second, "Set-Cookie header");
        }
      }
    });
  }
  // Source order (the imports above are collected API by API).
  return collector.out.sort((a, b) => a.report.range[0] - b.report.range[0] || a.report.range[1] - b.report.range[1]);
}

/** Calls whose object argument is a set of response headers. */
const HEADER_OBJECT_METHODS = new Set(["writeHead", "set", "header", "headers", "setHeaders", "append"]);

/**
 * An object (or array of pairs) that is a set of response headers: the value of a `headers`
 * property (`new Response(…, { headers })`, `json(…, { headers })`), `new Headers(…)`,
 * `res.writeHead(status, {...})`, `res.set({...})`, `reply.headers({...})`. Not an assertion's
 * expected value (`expect(h).toEqual({ "set-cookie": … })`).
 */
function isHeaderObject(context: AnyContext, node: TSESTree.Node | undefined): boolean {
  let current = node;
  while (current?.parent && (current.parent.type === "TSAsExpression" || current.parent.type === "TSSatisfiesExpression")) current = current.parent;
  const parent = current?.parent;
  if (!current || !parent) return false;
  if (parent.type === "Property" && parent.value === current) {
    const key = staticKeyName(parent.key, parent.computed);
    return key !== null && key.toLowerCase() === "headers";
  }
  if (parent.type === "VariableDeclarator" && parent.init === current && parent.id.type === "Identifier") {
    return /headers$/iu.test(parent.id.name);
  }
  if (parent.type === "NewExpression" && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
    const callee = unwrap(parent.callee);
    return callee.type === "Identifier" && callee.name === "Headers";
  }
  if (parent.type === "CallExpression" && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
    const callee = unwrap(parent.callee);
    if (callee.type !== "MemberExpression") return false;
    const method = memberName(callee) ?? "";
    return HEADER_OBJECT_METHODS.has(method) && holdsResponseHeaders(context, callee.object, method);
  }
  return false;
}

/** Methods that only Node's `ServerResponse` (and look-alike responses) have: the name is the proof. */
const RESPONSE_ONLY_METHODS = new Set(["setHeader", "appendHeader", "writeHead", "setHeaders"]);
/** Handler-value members that hold response headers: `c.res.headers`, `event.res.headers`, `ctx.response`. */
const HEADER_HOLDER_MEMBERS = new Set(["headers", "response", "res"]);
/** Constructors whose instances are not response headers (`new Map().set("Set-Cookie", …)`). */
const NOT_HEADERS = /^(Map|WeakMap|Set|URLSearchParams|FormData|Object|Array)$/u;

/**
 * The receiver of a generic header setter (`set`, `append`, `header`, `headers`) holds response
 * headers: a handler's response / reply / context / toolkit (also through method chains:
 * `res.status(200).set(…)`, `h.response(…).header(…)`), a `headers` member of a handler value
 * (`c.res.headers`), a `Headers` instance or annotation, or a value named `headers` /
 * `…Headers` (`response.headers`, `responseHeaders`) that is not built as a Map or plain object.
 * Node's response-only methods (`setHeader`, `writeHead` …) need no more than not being a Map.
 */
function holdsResponseHeaders(context: AnyContext, receiver: TSESTree.Node, method: string): boolean {
  const n = unwrap(receiver);
  if (isBuiltAsNonHeaders(context, n)) return false;
  if (RESPONSE_ONLY_METHODS.has(method)) return true;
  // Cheap proofs first: the name, the constructor, the annotation.
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" ? memberName(n) : null;
  if (name !== null && /headers$/iu.test(name)) return true;
  const resolved = resolveNode(context, n);
  if (resolved.type === "NewExpression") {
    const callee = unwrap(resolved.callee);
    if (callee.type === "Identifier" && callee.name === "Headers") return true;
  }
  if (n.type === "Identifier" && annotatedAsHeaders(context, n)) return true;
  let current: TSESTree.Node = n;
  for (let i = 0; i < 8; i++) {
    const value = handlerValueOf(context, current);
    if (value) {
      if (value.role === "request" || value.role === "next") return false;
      return value.path.length === 0 || HEADER_HOLDER_MEMBERS.has(value.path[value.path.length - 1]);
    }
    if (current.type !== "CallExpression") break;
    const callee = unwrap(current.callee);
    if (callee.type !== "MemberExpression") break;
    current = unwrap(callee.object);
  }
  return false;
}

/** `new Map()`, `{}`, `[]` (also through constants): not response headers whatever the name. */
function isBuiltAsNonHeaders(context: AnyContext, node: TSESTree.Node): boolean {
  const resolved = resolveNode(context, node);
  if (resolved.type === "ObjectExpression" || resolved.type === "ArrayExpression") return true;
  if (resolved.type !== "NewExpression") return false;
  const callee = unwrap(resolved.callee);
  return callee.type === "Identifier" && NOT_HEADERS.test(callee.name);
}

/** A variable or parameter declared `: Headers`. */
function annotatedAsHeaders(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const variable = variableOf(context, identifier);
  const declared = variable?.identifiers[0] as TSESTree.Identifier | undefined;
  const annotation = declared?.typeAnnotation?.typeAnnotation;
  return annotation?.type === "TSTypeReference" && annotation.typeName.type === "Identifier" && annotation.typeName.name === "Headers";
}

function receiverCall(collector: Collector, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string, hapiFile: boolean): void {
  const context = collector.context;
  const receiver = callee.object;
  // Set-Cookie headers: the header name, on something that holds response headers.
  if (HEADER_METHODS.has(method)) {
    const name = argumentAt(call, 0);
    const header = name ? staticValue(context, name)?.value : undefined;
    if (typeof header === "string" && header.toLowerCase() === "set-cookie") {
      const value = argumentAt(call, 1);
      if (value && holdsResponseHeaders(context, receiver, method)) headerValue(collector, value, `${method}("Set-Cookie")`);
      return;
    }
  }
  if (method === "writeHead" || method === "setHeader" || method === "header" || method === "append" || method === "appendHeader") return;
  if (method === "state") {
    if (isHapiToolkitChain(context, receiver)) {
      const first = argumentAt(call, 0);
      const name = first ? staticValue(context, first)?.value : undefined;
      const inherited = [collector.hapiDefinition(typeof name === "string" ? name : undefined, hapiFile), collector.hapiServerState()];
      collector.push(positional(context, call, 0, "h.state (hapi)", "hapi", HAPI, HAPI_KEYS, inherited));
    } else if (isHapiServer(collector, receiver, hapiFile)) {
      collector.push(definition(context, call, 0, 1, "server.state (hapi)", "hapi", HAPI, HAPI_KEYS, [collector.hapiServerState()]));
    }
    return;
  }
  // `map.set(…)` is everywhere: only a receiver that can hold a cookie jar is worth finding the handlers of the file.
  if ((method === "set" || method === "serialize") && !mayBeCookieJar(context, receiver)) return;
  const holder = handlerValueOf(context, receiver);
  if (!holder) return;
  if (method === "cookie" && holder.path.length === 0) {
    const named = unwrap(receiver);
    if (holder.role === "response" && EXPRESS_LIKE.has(holder.framework) && !(named.type === "Identifier" && named.name === "reply")) {
      collector.push(positional(context, call, 0, "res.cookie (Express)", "express", EXPRESS));
    } else if (holder.role === "reply" || (holder.role === "response" && holder.framework === "conventional")) {
      collector.push(positional(context, call, 0, "reply.cookie (Fastify)", "fastify", FASTIFY, STANDARD_KEYS, [collector.fastifyParseOptions()]));
    }
    return;
  }
  if (method === "setCookie" && holder.path.length === 0) {
    if (holder.role === "reply" || (holder.role === "response" && (holder.framework === "fastify" || holder.framework === "conventional" || holder.framework === "nest"))) {
      collector.push(positional(context, call, 0, "reply.setCookie (Fastify)", "fastify", FASTIFY, STANDARD_KEYS, [collector.fastifyParseOptions()]));
    }
    return;
  }
  if ((method === "set" || method === "serialize") && holder.path.length === 1 && holder.path[0] === "cookies") {
    const verb = method === "set" ? "cookies.set" : "cookies.serialize";
    switch (holder.framework) {
      case "koa":
        if (method === "set") collector.push(positional(context, call, 0, "ctx.cookies.set (Koa)", "koa", KOA));
        return;
      case "conventional":
        // `(ctx, next)` middleware: Koa's context by convention.
        if (method === "set" && holder.role === "context") collector.push(positional(context, call, 0, "ctx.cookies.set (Koa)", "koa", KOA));
        return;
      case "sveltekit":
        collector.push(positional(context, call, 0, `${verb} (SvelteKit)`, "sveltekit", SVELTEKIT));
        return;
      case "astro":
        if (method === "set") collector.push(positional(context, call, 0, "cookies.set (Astro)", "astro", ASTRO));
        return;
      case "next":
        if (method === "set" && holder.role === "response") collector.push(nextCookieSet(context, call, "response.cookies.set (Next.js)"));
        return;
      default:
        return;
    }
  }
}

/**
 * A cheap syntactic filter before `handlerValueOf` for `X.set(…)` / `X.serialize(…)`: `X` is a
 * `….cookies` member, a binding named `cookies`, destructured from an object, given a type
 * annotation, a constant holding a `….cookies` member, or a parameter named like a jar or filled
 * with one at a call site in this file (the only helpers `handlerValueOf` follows); with type
 * information everything is checked.
 */
function mayBeCookieJar(context: AnyContext, receiver: TSESTree.Node, depth = 0): boolean {
  const n = unwrap(receiver);
  if (n.type === "MemberExpression") return memberName(n) === "cookies";
  if (n.type !== "Identifier") return false;
  if (n.name === "cookies" || hasTypeInformation(context)) return true;
  const variable = variableOf(context, n);
  if (!variable || variable.defs.length !== 1) return false;
  const def = variable.defs[0];
  const declared = variable.identifiers[0] as TSESTree.Identifier | undefined;
  if (!declared) return false;
  if (declared.typeAnnotation || declared.parent?.type === "Property") return true;
  if (def.type === "Parameter") {
    if (/cookie|jar/iu.test(n.name)) return true;
    const fn = def.node as TSESTree.Node;
    if (depth > 2 || (fn.type !== "FunctionDeclaration" && fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression")) return false;
    const index = parameterIndex(context, fn, n);
    if (index === undefined) return false;
    return callSitesOf(context, fn).some((call) => {
      const argument = argumentAt(call, index);
      return argument !== undefined && mayBeCookieJar(context, argument, depth + 1);
    });
  }
  if (def.type !== "Variable") return false;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  if (!init) return false;
  const value = unwrap(init);
  return value.type === "MemberExpression" && memberName(value) === "cookies";
}

/** The file is linted with type information (`parserServices.program`). */
function hasTypeInformation(context: AnyContext): boolean {
  const services = (context.sourceCode as unknown as { parserServices?: { program?: unknown } }).parserServices;
  return Boolean(services?.program);
}

/** `h.state(…)`, `h.response(…).state(…)`, `h.response().code(201).state(…)` with `h` a hapi toolkit. */
function isHapiToolkitChain(context: AnyContext, receiver: TSESTree.Node): boolean {
  let current: TSESTree.Node = unwrap(receiver);
  for (let i = 0; i < 8; i++) {
    const value = handlerValueOf(context, current);
    if (value) return value.role === "toolkit" && value.path.length === 0;
    if (current.type !== "CallExpression") return false;
    const callee = unwrap(current.callee);
    if (callee.type !== "MemberExpression") return false;
    current = unwrap(callee.object);
  }
  return false;
}

function isHapiServer(collector: Collector, receiver: TSESTree.Node, hapiFile: boolean): boolean {
  const resolved = collector.index.resolve(receiver) ?? collector.index.resolve(unwrap(receiver));
  if (resolved && HAPI_MODULES.includes(resolved.module)) {
    const last = resolved.path[resolved.path.length - 1];
    return last === RESULT || last === INSTANCE;
  }
  const n = unwrap(receiver);
  return hapiFile && n.type === "Identifier" && n.name === "server";
}

// ---------------------------------------------------------------------------------------------
// Reading one write
// ---------------------------------------------------------------------------------------------

/** An attribute read from an options node (or its absence) with the API default. */
function attributeFrom<T>(
  context: AnyContext,
  found: PropertyResult,
  fallback: DefaultValue<T>,
  normalize: (value: unknown) => T | undefined,
  addTo: AddTarget | undefined,
): Attribute<T> {
  if (found.kind === "unknown") return { kind: "unknown" };
  if (found.kind === "absent") {
    if (fallback === "unknown") return { kind: "unknown" };
    const target = found.object ? { object: found.object } : addTo;
    return { kind: "default", value: fallback.value, ...(fallback.dynamic ? { dynamic: fallback.dynamic } : {}), ...(target ? { addTo: target } : {}) };
  }
  const value = found.value ?? staticValue(context, found.node);
  if (value && value.value === undefined) {
    if (fallback === "unknown") return { kind: "unknown" };
    return { kind: "default", value: fallback.value, ...(fallback.dynamic ? { dynamic: fallback.dynamic } : {}) };
  }
  return {
    kind: "set",
    value: value ? normalize(value.value) : undefined,
    node: found.node,
    ...(found.property ? { property: found.property } : {}),
  };
}

const asBoolean = (value: unknown): boolean | undefined => (typeof value === "boolean" ? value : value === null ? false : value === "auto" ? undefined : Boolean(value));
const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const asSameSite = (value: unknown): string | false | undefined => {
  if (value === true) return "strict";
  if (value === false || value === null) return false;
  return typeof value === "string" ? value.toLowerCase() : undefined;
};

/** Reads every attribute from `options` (an options node, possibly absent) with `defaults` and the option objects it inherits from (nearest first). */
function readAttributes(
  context: AnyContext,
  options: TSESTree.Node | undefined,
  optionsUnknown: boolean,
  defaults: ApiDefaults,
  keys: Readonly<Record<AttributeName, string>>,
  addTo: AddTarget | undefined,
  inherited: readonly (TSESTree.Node | undefined)[] = [],
): Pick<CookieWrite, "httpOnly" | "secure" | "sameSite" | "maxAge" | "expires" | "domain" | "path"> {
  const read = (key: string): PropertyResult => {
    if (optionsUnknown) return { kind: "unknown" };
    const own = readOption(context, options, key);
    if (own.kind !== "absent") return own;
    // Inherited defaults (nearest first) are set elsewhere: a suggestion still goes to the call's own options.
    for (const parent of inherited) {
      if (!parent) continue;
      const found = readProperty(context, parent, key);
      if (found.kind !== "absent") return found;
    }
    return own;
  };
  const secureRead = read(keys.secure);
  let secure = attributeFrom(context, secureRead, defaults.secure, asBoolean, addTo);
  if (secure.kind === "set" && secure.value === undefined && secureRead.kind === "present" && staticValue(context, secureRead.node)?.value === "auto") {
    secure = { kind: "default", value: undefined, dynamic: "secure: \"auto\" follows the request protocol" };
  }
  return {
    httpOnly: attributeFrom(context, read(keys.httpOnly), defaults.httpOnly, asBoolean, addTo),
    secure,
    sameSite: attributeFrom(context, read(keys.sameSite), defaults.sameSite, asSameSite, addTo),
    maxAge: attributeFrom<number>(context, read(keys.maxAge), NOT_SENT, (v) => (typeof v === "number" ? (defaults.maxAgeUnit === "s" ? v * 1000 : v) : undefined), addTo),
    expires: attributeFrom<unknown>(context, read(keys.expires), NOT_SENT, (v) => v, addTo),
    domain: attributeFrom(context, read(keys.domain), NOT_SENT, asString, addTo),
    path: attributeFrom(context, read(keys.path), defaults.path, asString, addTo),
  };
}

function nameAttribute(context: AnyContext, node: TSESTree.Node | undefined, property?: TSESTree.Property): Attribute<string> {
  if (!node) return { kind: "unknown" };
  const value = staticValue(context, node);
  return {
    kind: "set",
    value: value && typeof value.value === "string" ? value.value : undefined,
    node: unwrap(node),
    ...(property ? { property } : {}),
  };
}

function isDeletion(context: AnyContext, value: TSESTree.Node | undefined, maxAge: Attribute<number>, expires: Attribute<unknown>): boolean {
  // An empty value, or Koa's `ctx.cookies.set(name, null)` (which writes an expired cookie).
  const written = value ? staticValue(context, value) : null;
  if (written && (written.value === "" || written.value === null || written.value === undefined)) return true;
  if (maxAge.kind === "set" && maxAge.value !== undefined && maxAge.value <= 0) return true;
  if (expires.kind === "set") {
    const e = resolveNode(context, expires.node);
    if (e.type === "NewExpression" && e.arguments.length === 1 && e.arguments[0].type !== "SpreadElement") {
      const at = staticValue(context, e.arguments[0])?.value;
      if (at === 0 || at === 1) return true;
    }
    if (expires.value === 0) return true;
  }
  return false;
}

/** `api(name, value, options)` with the name at `nameIndex` (value and options follow it). */
function positional(
  context: AnyContext,
  call: TSESTree.CallExpression,
  nameIndex: number,
  api: string,
  framework: CookieWrite["framework"],
  defaults: ApiDefaults,
  keys: Readonly<Record<AttributeName, string>> = STANDARD_KEYS,
  inherited: readonly (TSESTree.Node | undefined)[] = [],
  optionsIndex = nameIndex + 2,
): CookieWrite | undefined {
  if (argumentsUnknownFrom(call, nameIndex)) return undefined;
  const nameNode = argumentAt(call, nameIndex);
  if (!nameNode) return undefined;
  const value = argumentAt(call, nameIndex + 1);
  const optionsUnknown = argumentsUnknownFrom(call, optionsIndex);
  const options = argumentAt(call, optionsIndex);
  const addTo: AddTarget | undefined =
    !options && !optionsUnknown && call.arguments.length === optionsIndex ? { call, index: optionsIndex } : undefined;
  const attributes = readAttributes(context, options, optionsUnknown || (options !== undefined && isFunctionLike(context, options)), defaults, keys, addTo, inherited);
  return {
    api,
    framework,
    report: unwrap(call.callee),
    session: false,
    csrf: false,
    name: nameAttribute(context, nameNode),
    ...(value ? { value } : {}),
    ...attributes,
    ...(options ? { options } : {}),
    keys,
    sameSiteStyle: keys === HAPI_KEYS || framework === "hono" ? "capital" : "lower",
    deletion: isDeletion(context, value, attributes.maxAge, attributes.expires),
  };
}

function isFunctionLike(context: AnyContext, node: TSESTree.Node): boolean {
  const resolved = resolveNode(context, node);
  return resolved.type === "ArrowFunctionExpression" || resolved.type === "FunctionExpression";
}

/** A cookie definition without a value: `server.state(name, options)`, `createCookie(name, options)`. */
function definition(
  context: AnyContext,
  call: TSESTree.CallExpression,
  nameIndex: number,
  optionsIndex: number,
  api: string,
  framework: CookieWrite["framework"],
  defaults: ApiDefaults,
  keys: Readonly<Record<AttributeName, string>> = STANDARD_KEYS,
  inherited: readonly (TSESTree.Node | undefined)[] = [],
): CookieWrite | undefined {
  const write = positional(context, call, nameIndex, api, framework, defaults, keys, inherited, optionsIndex);
  if (!write) return undefined;
  const { value: _value, ...rest } = write;
  return { ...rest, deletion: false };
}

/**
 * hono/cookie `prefix` (checked in hono 4.13 `generateCookie`): `"secure"` names the cookie
 * `__Secure-<name>` and forces Secure; `"host"` names it `__Host-<name>` and forces Secure,
 * `Path=/` and no Domain, whatever the other options say. A prefix computed at run time leaves the
 * final name unknown and Secure decided at run time.
 */
function honoCookie(context: AnyContext, call: TSESTree.CallExpression, fn: string, nameIndex: number, optionsIndex: number): CookieWrite | undefined {
  const write = positional(context, call, nameIndex, `${fn} (Hono)`, "hono", HONO, STANDARD_KEYS, [], optionsIndex);
  if (!write || !write.options) return write;
  const prefix = readProperty(context, write.options, "prefix");
  if (prefix.kind === "unknown") return { ...write, namePrefixAtRuntime: true, ...(write.secure.kind === "set" && write.secure.value === true ? {} : { secure: { kind: "unknown" } }) };
  if (prefix.kind !== "present") return write;
  const value = (prefix.value ?? staticValue(context, prefix.node))?.value;
  if (value === "secure" || value === "host") {
    const forced = { kind: "set" as const, node: prefix.node };
    const name: Attribute<string> =
      write.name.kind === "set" && write.name.value !== undefined ? { ...write.name, value: `${value === "host" ? "__Host-" : "__Secure-"}${write.name.value}` } : write.name;
    const host = value === "host" ? { path: { ...forced, value: "/" }, domain: { kind: "default" as const, value: undefined } } : {};
    return { ...write, name, secure: { ...forced, value: true }, ...host };
  }
  if (prefix.value === undefined && staticValue(context, prefix.node) === null) {
    // `prefix: flag ? "host" : undefined`
    const secure: Attribute<boolean> = write.secure.kind === "set" && write.secure.value === true ? write.secure : { kind: "set", value: undefined, node: prefix.node };
    return { ...write, namePrefixAtRuntime: true, secure };
  }
  return write;
}

/** Next.js `ResponseCookies#set`: `(name, value, options)` or `({ name, value, ...options })`. */
function nextCookieSet(context: AnyContext, call: TSESTree.CallExpression, api: string): CookieWrite | undefined {
  if (call.arguments.length !== 1) return positional(context, call, 0, api, "next", NEXT);
  const only = argumentAt(call, 0);
  if (!only) return undefined;
  if (typeof staticValue(context, only)?.value === "string") return positional(context, call, 0, api, "next", NEXT);
  return objectCookie(context, call, api, "next", NEXT);
}

/**
 * The object form of an API that also takes `(name, value, options)`: cookie 1.x
 * `stringifySetCookie({ name, value, ...attributes }, { encode })`. The first argument resolves
 * to an object literal and at most one argument follows it.
 */
function isObjectForm(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const first = argumentAt(call, 0);
  if (first === undefined || call.arguments.length > 2 || argumentsUnknownFrom(call, 0)) return false;
  const resolved = resolveNode(context, first);
  if (resolved.type === "ObjectExpression" || isObjectAssign(resolved)) return true;
  // `(cookie, { encode })`: the second argument holds only serializer options, not a value.
  const second = argumentAt(call, 1);
  const options = second ? resolveNode(context, second) : undefined;
  return (
    options?.type === "ObjectExpression" &&
    options.properties.length > 0 &&
    options.properties.every((p) => p.type === "Property" && ["encode", "stringify"].includes(staticKeyName(p.key, p.computed) ?? ""))
  );
}

/** `Object.assign(…)`. */
function isObjectAssign(node: TSESTree.Node): boolean {
  if (node.type !== "CallExpression") return false;
  const callee = unwrap(node.callee);
  return callee.type === "MemberExpression" && memberName(callee) === "assign" && unwrap(callee.object).type === "Identifier" && (unwrap(callee.object) as TSESTree.Identifier).name === "Object";
}

/** A cookie given as one object `{ name, value, ...attributes }`, attributes beside the name. */
function objectCookie(context: AnyContext, call: TSESTree.CallExpression, api: string, framework: CookieWrite["framework"], defaults: ApiDefaults): CookieWrite | undefined {
  const only = argumentAt(call, 0);
  if (!only || argumentsUnknownFrom(call, 0)) return undefined;
  const name = readProperty(context, only, "name");
  // `cookies().set(cookieObject)` built elsewhere: nothing to read.
  const resolved = resolveNode(context, only);
  if (resolved.type !== "ObjectExpression" && !isObjectAssign(resolved) && name.kind !== "present") return undefined;
  const value = readProperty(context, only, "value");
  const attributes = readAttributes(context, only, false, defaults, STANDARD_KEYS, undefined);
  const valueNode = value.kind === "present" ? value.node : undefined;
  return {
    api,
    framework,
    report: unwrap(call.callee),
    session: false,
    csrf: false,
    name: name.kind === "present" ? nameAttribute(context, name.node, name.property) : { kind: "unknown" },
    ...(valueNode ? { value: valueNode } : {}),
    ...attributes,
    options: only,
    keys: STANDARD_KEYS,
    sameSiteStyle: "lower",
    deletion: isDeletion(context, valueNode, attributes.maxAge, attributes.expires),
  };
}

/** csurf's secret cookie, when `cookie` is enabled. */
function csurfCookie(context: AnyContext, call: TSESTree.CallExpression): CookieWrite | undefined {
  if (argumentsUnknownFrom(call, 0)) return undefined;
  const options = argumentAt(call, 0);
  const cookie = readOption(context, options, "cookie");
  if (cookie.kind !== "present") return undefined;
  const enabled = cookie.value?.value;
  if (enabled === false || enabled === undefined && cookie.value) return undefined;
  const literal = enabled === true;
  const cookieOptions = literal ? undefined : cookie.node;
  const attributes = readAttributes(context, cookieOptions, false, EXPRESS, STANDARD_KEYS, undefined);
  const key = cookieOptions ? readProperty(context, cookieOptions, "key") : ({ kind: "absent" } as PropertyResult);
  const name: Attribute<string> =
    key.kind === "present" ? nameAttribute(context, key.node, key.property) : key.kind === "absent" ? { kind: "default", value: "_csrf" } : { kind: "unknown" };
  return {
    api: "csurf cookie",
    framework: "csurf",
    report: cookie.property?.key ?? unwrap(call.callee),
    session: false,
    csrf: true,
    name,
    ...attributes,
    ...(cookieOptions ? { options: cookieOptions } : {}),
    keys: STANDARD_KEYS,
    sameSiteStyle: "lower",
    deletion: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Session middleware
// ---------------------------------------------------------------------------------------------

/** The middleware's default for an attribute, as `src/models/sessions.ts` records it. */
function sessionDefault<T>(found: SessionMiddlewareCall, attribute: "httpOnly" | "secure" | "sameSite" | "path"): DefaultValue<T> {
  return found.middleware.cookieDefaults[attribute] as DefaultValue<T>;
}

function sessionCookie(context: AnyContext, found: SessionMiddlewareCall): CookieWrite | undefined {
  const middleware = found.middleware;
  if (middleware.cookieOptions === null) return undefined;
  const hapi = middleware.module.startsWith("@hapi/");
  const keys = hapi ? HAPI_KEYS : STANDARD_KEYS;
  const cookiePath = middleware.cookieOptions;
  const read = (key: string): PropertyResult => readSessionCookieOption(context, found, key);
  const addTarget = (key: string): AddTarget | undefined => (found.optionsUnknown ? undefined : { session: found, path: [...cookiePath, key] });
  const attribute = <T>(key: string, fallback: DefaultValue<T>, normalize: (value: unknown) => T | undefined): Attribute<T> => {
    const value = attributeFrom(context, read(key), fallback, normalize, undefined);
    if (value.kind === "default" && !value.addTo) {
      const target = addTarget(key);
      return target ? { ...value, addTo: target } : value;
    }
    return value;
  };
  let secure = attribute(keys.secure, sessionDefault<boolean>(found, "secure"), asBoolean);
  if (middleware.module === "next-auth" || middleware.module.startsWith("@auth/")) {
    // `useSecureCookies: false` turns Secure off for every Auth.js cookie.
    const use = readSessionOption(context, found, ["useSecureCookies"]);
    if (secure.kind !== "set" && use.kind === "present") {
      const value = use.value?.value;
      secure = { kind: "set", value: typeof value === "boolean" ? value : undefined, node: use.node, ...(use.property ? { property: use.property } : {}) };
    } else if (secure.kind !== "set" && use.kind === "unknown") {
      secure = { kind: "unknown" };
    }
  }
  const maxAgeUnit = middleware.lifetime.find((l) => l.option[l.option.length - 1] === "maxAge")?.unit === "s" ? 1000 : 1;
  const maxAge = attribute<number>(keys.maxAge, NOT_SENT, (v) => (typeof v === "number" ? v * maxAgeUnit : undefined));
  const nameInfo = sessionCookieName(context, found);
  const name: Attribute<string> =
    nameInfo.kind === "set"
      ? { kind: "set", value: nameInfo.value, node: nameInfo.node, ...(nameInfo.property ? { property: nameInfo.property } : {}) }
      : nameInfo.kind === "default"
        ? { kind: "default", value: nameInfo.name ?? undefined }
        : { kind: "unknown" };
  return {
    api: middleware.name,
    framework: "session",
    report: found.reportNode,
    session: true,
    sessionCall: found,
    csrf: false,
    name,
    httpOnly: attribute(keys.httpOnly, sessionDefault<boolean>(found, "httpOnly"), asBoolean),
    secure,
    sameSite: attribute(keys.sameSite, sessionDefault<string | false>(found, "sameSite"), asSameSite),
    maxAge,
    expires: attribute<unknown>(keys.expires, NOT_SENT, (v) => v),
    domain: attribute(keys.domain, NOT_SENT, asString),
    path: attribute(keys.path, sessionDefault<string>(found, "path"), asString),
    ...(found.options ? { options: found.options } : {}),
    keys,
    sameSiteStyle: hapi ? "capital" : "lower",
    deletion: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Set-Cookie strings
// ---------------------------------------------------------------------------------------------

const HOLE = "\u0000";

type Part = { text: string } | { expression: TSESTree.Node };

/** The parts of a string expression: static text and run-time expressions; undefined when not a string. */
function stringParts(context: AnyContext, node: TSESTree.Node, depth = 0): Part[] | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  if (n.type === "Literal") return typeof n.value === "string" ? [{ text: n.value }] : undefined;
  if (n.type === "TemplateLiteral") {
    const parts: Part[] = [];
    n.quasis.forEach((quasi, i) => {
      parts.push({ text: quasi.value.cooked ?? "" });
      if (i < n.expressions.length) {
        const inner = staticValue(context, n.expressions[i]);
        if (inner && (typeof inner.value === "string" || typeof inner.value === "number")) parts.push({ text: String(inner.value) });
        else parts.push({ expression: n.expressions[i] });
      }
    });
    return parts;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const left = stringParts(context, n.left, depth + 1);
    const right = stringParts(context, n.right, depth + 1);
    if (!left && !right) return undefined;
    return [...(left ?? [{ expression: n.left }]), ...(right ?? [{ expression: n.right }])];
  }
  if (n.type === "Identifier" || n.type === "MemberExpression") {
    const resolved = resolveNode(context, n);
    if (resolved !== n) return stringParts(context, resolved, depth + 1);
  }
  return undefined;
}

interface ParsedSetCookie {
  name?: string;
  /** The run-time expression that gives the value (`sid=${value}`). */
  value?: TSESTree.Node;
  /** The static value text, when there is no run-time part in it. */
  valueText?: string;
  attributes: Map<string, string | true>;
  /** A run-time part could add attributes. */
  open: boolean;
}

function parseSetCookie(parts: readonly Part[]): ParsedSetCookie {
  const text = parts.map((part) => ("text" in part ? part.text : HOLE)).join("");
  const expressions = parts.filter((part): part is { expression: TSESTree.Node } => "expression" in part).map((part) => part.expression);
  const [first, ...rest] = text.split(";");
  const eq = first.indexOf("=");
  const rawName = eq >= 0 ? first.slice(0, eq).trim() : undefined;
  const rawValue = eq >= 0 ? first.slice(eq + 1).trim() : undefined;
  const attributes = new Map<string, string | true>();
  // `${cookie}` alone (or a name part that is run-time text with no `=`) can carry attributes.
  let open = rawName === undefined && first.includes(HOLE);
  for (const segment of rest) {
    const trimmed = segment.trim();
    if (trimmed === "") continue;
    const at = trimmed.indexOf("=");
    const key = (at >= 0 ? trimmed.slice(0, at) : trimmed).trim();
    if (key.includes(HOLE)) {
      open = true;
      continue;
    }
    attributes.set(key.toLowerCase(), at >= 0 ? trimmed.slice(at + 1).trim() : true);
  }
  // The value's run-time part: the first hole after the `=` of the first segment.
  let value: TSESTree.Node | undefined;
  if (rawValue?.includes(HOLE)) {
    const holesBefore = (first.slice(0, eq).match(/\u0000/gu) ?? []).length;
    value = expressions[holesBefore];
  }
  return {
    ...(rawName !== undefined && !rawName.includes(HOLE) ? { name: rawName } : {}),
    ...(value ? { value } : {}),
    ...(rawValue !== undefined && !rawValue.includes(HOLE) ? { valueText: rawValue } : {}),
    attributes,
    open,
  };
}

function headerValue(collector: Collector, node: TSESTree.Node, api: string, depth = 0): void {
  if (depth > 3) return;
  const context = collector.context;
  const resolved = resolveNode(context, node);
  if (resolved.type === "ArrayExpression") {
    for (const element of resolved.elements) {
      if (element && element.type !== "SpreadElement") headerValue(collector, element, api, depth + 1);
    }
    return;
  }
  const parts = stringParts(context, resolved);
  if (parts === undefined) return;
  const literal = resolved.type === "Literal" || resolved.type === "TemplateLiteral" ? resolved : undefined;
  collector.push(setCookieString(resolved, literal, parts, api));
}

function stringAttribute<T>(
  parsed: ParsedSetCookie,
  key: string,
  node: TSESTree.Node,
  literal: TSESTree.Literal | TSESTree.TemplateLiteral | undefined,
  convert: (value: string | true) => T | undefined,
): Attribute<T> {
  const found = parsed.attributes.get(key);
  if (found !== undefined) {
    const value = typeof found === "string" && found.includes(HOLE) ? undefined : convert(found);
    return { kind: "set", value, node };
  }
  if (parsed.open) return { kind: "unknown" };
  return { kind: "default", value: undefined, ...(literal ? { addTo: { string: literal } } : {}) };
}

function setCookieString(
  node: TSESTree.Node,
  literal: TSESTree.Literal | TSESTree.TemplateLiteral | undefined,
  parts: readonly Part[],
  api: string,
): CookieWrite | undefined {
  const parsed = parseSetCookie(parts);
  if (parsed.name === undefined && !parsed.open) return undefined;
  const maxAge = stringAttribute<number>(parsed, "max-age", node, literal, (v) => (typeof v === "string" && /^-?\d+$/u.test(v) ? Number(v) * 1000 : undefined));
  const expires = stringAttribute<unknown>(parsed, "expires", node, literal, (v) => v);
  const deletion = parsed.valueText === "" || (maxAge.kind === "set" && maxAge.value !== undefined && maxAge.value <= 0) || (expires.kind === "set" && typeof expires.value === "string" && /1970/u.test(expires.value));
  const valueNode = parsed.value;
  return {
    api,
    framework: "header",
    report: node,
    session: false,
    csrf: false,
    name: parsed.name !== undefined ? { kind: "set", value: parsed.name, node } : { kind: "unknown" },
    ...(valueNode ? { value: valueNode } : {}),
    httpOnly: stringAttribute(parsed, "httponly", node, literal, () => true),
    secure: stringAttribute(parsed, "secure", node, literal, () => true),
    sameSite: stringAttribute<string | false>(parsed, "samesite", node, literal, (v) => (typeof v === "string" ? v.toLowerCase() : undefined)),
    maxAge,
    expires,
    domain: stringAttribute(parsed, "domain", node, literal, (v) => (typeof v === "string" ? v : undefined)),
    path: stringAttribute(parsed, "path", node, literal, (v) => (typeof v === "string" ? v : undefined)),
    keys: STRING_KEYS,
    sameSiteStyle: "string",
    deletion,
  };
}

// ---------------------------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------------------------

type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** Source text of a secure value for `attribute` in this API's spelling (`true`, `"lax"`, `'Lax'`). */
function secureValueText(context: AnyContext, write: CookieWrite, attribute: "httpOnly" | "secure" | "sameSite", near: TSESTree.Node): string {
  if (attribute !== "sameSite") return "true";
  return quote(context, near, write.sameSiteStyle === "capital" ? "Lax" : "lax");
}

/**
 * A fix that makes `attribute` secure on this write: adds `httpOnly: true` / `secure: true` /
 * `sameSite: "lax"` (in the API's spelling) to the options object, as a new options argument or as
 * a session option; appends `; HttpOnly` / `; Secure` / `; SameSite=Lax` to a Set-Cookie string; or
 * replaces an insecure value written in an options literal. `undefined` when no safe edit exists.
 */
export function secureAttributeFix(context: AnyContext, write: CookieWrite, attribute: "httpOnly" | "secure" | "sameSite"): FixFunction | undefined {
  const current = write[attribute] as Attribute<unknown>;
  const key = write.keys[attribute];
  if (current.kind === "set") {
    if (write.sameSiteStyle === "string" || !current.property) return undefined;
    const valueNode = current.property.value;
    const text = secureValueText(context, write, attribute, valueNode);
    return (fixer) => fixer.replaceText(valueNode, text);
  }
  if (current.kind !== "default" || !current.addTo) return undefined;
  const target = current.addTo;
  if ("string" in target) {
    const literal = target.string;
    const addition = attribute === "sameSite" ? "SameSite=Lax" : key;
    return (fixer) => {
      const raw = context.sourceCode.getText(literal);
      const body = raw.slice(1, -1);
      const separator = /;\s*$/u.test(body) ? (body.endsWith(" ") ? "" : " ") : "; ";
      return fixer.insertTextBeforeRange([literal.range[1] - 1, literal.range[1] - 1], `${separator}${addition}`);
    };
  }
  const near = write.name.kind === "set" ? write.name.node : write.report;
  const property = `${key}: ${secureValueText(context, write, attribute, near)}`;
  if ("object" in target) {
    const object = target.object;
    return (fixer) => addProperty(context, fixer, object, property);
  }
  if ("call" in target) {
    const { call, index } = target;
    return (fixer) => insertArgument(context, fixer, call, index, `{ ${property} }`);
  }
  return addSessionOption(context, target.session, target.path, secureValueText(context, write, attribute, near));
}

/** True when Secure is known to be off for this write (explicitly, or by an insecure default). */
export function isSecureOff(write: CookieWrite): boolean {
  const secure = write.secure;
  if (secure.kind === "set") return secure.value === false;
  return secure.kind === "default" && secure.value !== true && !secure.dynamic;
}

export type { SessionMiddlewareCall };

/**
 * The cookie writes a cookie rule looks at: not deletions, auth cookies only unless `checkAllCookies`,
 * optionally not CSRF cookies (which script must be able to read).
 */
export function checkedCookieWrites(
  context: AnyContext,
  settings: CookieSettings,
  { skipCsrf = false }: { skipCsrf?: boolean } = {},
): CookieWrite[] {
  return findCookieWrites(context).filter(
    (write) =>
      !write.deletion &&
      !(skipCsrf && isCsrfCookie(context, write)) &&
      (settings.checkAllCookies || isAuthCookie(context, write, settings)),
  );
}

/**
 * A boolean attribute (`httpOnly`, `secure`) that is effectively off: switched off explicitly (reported
 * at the `false`), or left out where the framework's default does not send it (reported at the write).
 * Run-time values and defaults decided per request are not findings.
 */
export function attributeOff(write: CookieWrite, attribute: "httpOnly" | "secure"): { node: TSESTree.Node; disabled: boolean } | undefined {
  const value = write[attribute];
  if (value.kind === "set" && value.value === false) return { node: value.property ?? value.node, disabled: true };
  if (value.kind === "default" && value.value !== true && !value.dynamic) return { node: write.report, disabled: false };
  return undefined;
}

/** How the fix is spelled for this API: `HttpOnly` in a Set-Cookie string, `httpOnly: true` / `isHttpOnly: true` in options. */
export function attributeFixText(write: CookieWrite, attribute: "httpOnly" | "secure"): string {
  if (write.sameSiteStyle === "string") return attribute === "httpOnly" ? "HttpOnly" : "Secure";
  return `${write.keys[attribute]}: true`;
}
