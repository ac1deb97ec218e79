/**
 * How credentials travel over HTTP: URLs (when a string is a URL, where its query string and
 * fragment are, which scheme and host it names), the HTTP clients that send requests, the
 * navigation and redirect APIs that put a URL in the address bar or a `Location` header, and the
 * server APIs that read a request's query string. Used by `no-token-in-url` and
 * `no-cleartext-token-transport`.
 *
 * Checked against the libraries' documentation (2026-11):
 * - fetch / `Request` (WHATWG Fetch): `fetch(input, { headers, body })`; `Headers` from an
 *   object, an array of pairs, or `set` / `append`.
 * - axios 1.x: `axios(config)`, `axios(url, config)`, `axios.request(config)`,
 *   `axios.get|delete|head|options(url, config)`, `axios.post|put|patch|postForm|putForm|patchForm(url, data, config)`;
 *   config `url`, `baseURL`, `headers`, `data`, `params` (the query string), `auth` ({ username, password }:
 *   HTTP Basic). `axios.create(config)` returns an instance with the same methods; `instance.defaults`
 *   and `axios.defaults` (`baseURL`, `headers.common`, `headers[method]`) hold the defaults;
 *   `interceptors.request.use(fn)` edits every request.
 * - ky 1.x: `ky(input, options)`, `ky.get|post|put|patch|delete|head(input, options)`; options
 *   `headers`, `json`, `body`, `searchParams`, `prefixUrl` (the next major calls it `baseUrl`; both are
 *   read), `hooks.beforeRequest`; `ky.create(options)` / `ky.extend(options)` return an instance.
 * - got 14: `got(url, options)`, `got.get|post|put|patch|delete|head(url, options)`; options `headers`,
 *   `json`, `body`, `form`, `searchParams`, `prefixUrl`, `username`, `password`; `got.extend(options)`.
 * - node:http: `http.request(url | options[, options][, callback])`, `http.get(…)`; options
 *   `hostname` / `host`, `headers`, `auth` ("user:password", HTTP Basic). The module speaks plain HTTP.
 * - `WebSocket(url, protocols)` (browser) and ws 8 `new WebSocket(url, protocols, { headers })`;
 *   socket.io-client 4 `io(url, { auth, query, extraHeaders, transportOptions })`; `EventSource(url)`.
 * - `XMLHttpRequest#open(method, url, async, user, password)`, `setRequestHeader(name, value)`, `send(body)`.
 * - Navigation: `location.href` / `location` / `location.assign|replace`, `window.open`, Express
 *   `res.redirect([status,] url)`, Fastify `reply.redirect`, Koa `ctx.redirect`, Hono `c.redirect`,
 *   next/navigation `redirect` / `permanentRedirect` / `useRouter().push|replace`, next/router
 *   `Router.push|replace` / `useRouter().push|replace` (route objects with `query`), `NextResponse.redirect`,
 *   `Response.redirect`, vue-router `useRouter()` / `createRouter()` / `this.$router` `.push|replace`
 *   (route objects with `query`), react-router `useNavigate()` and `redirect`, SvelteKit
 *   `redirect(status, location)` and `goto`, h3 `sendRedirect(event, location)`.
 * - Query reads: Express / Fastify `req.query`, Koa `ctx.query` / `ctx.request.query`, Hono
 *   `c.req.query(name)`, h3 `getQuery(event)`, NestJS `@Query(name)`, socket.io `socket.handshake.query`, `URLSearchParams#get`
 *   (`url.searchParams`, `new URLSearchParams(…)`, Next.js `useSearchParams()`), passport-jwt
 *   `ExtractJwt.fromUrlQueryParameter(name)`.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { commentAt, memberName, perFile, staticKeyName, unwrap, walk, type AnyContext } from "../analysis/ast.js";
import { textSearch } from "../analysis/text.js";
import { chainNames, enclosingFunctions, functionName, isGlobalRef, variableOf } from "../analysis/flow.js";
import { importsAnyOf, RESULT, type CallKind, type ModuleIndex, type TrackerConfig } from "../analysis/modules.js";
import { mentionsTrackedModule, moduleIndexOf } from "../analysis/module-gate.js";
import { nodeAt, roleOf, scanWords, usesOf, wordNodes, wordsAt } from "../analysis/handlers.js";
import { credentialNameVerdict, splitWords } from "../analysis/names.js";
import { resolveFunction, resolveNode, staticString, staticValue } from "../analysis/values.js";

type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const MAX_DEPTH = 8;

// ---------------------------------------------------------------------------------------------
// Which URL parameters count
// ---------------------------------------------------------------------------------------------

/**
 * Decision (documented in docs/rules/no-token-in-url.md): tokens whose whole purpose is a one-time
 * link — password reset, e-mail verification, invitations, magic sign-in links, one-time
 * passwords, unsubscribe links — must travel in a URL, because the link is the delivery channel.
 * They are single-use and short-lived by design, so `no-token-in-url` leaves them alone. It reports
 * access, refresh and ID tokens, JWTs, session ids, API keys, passwords and generic "token"s.
 * A parameter counts as one-time when its name, the name of the value, or the words of the URL
 * path (`/reset-password?token=…`) or of the enclosing function, route or file say so.
 */
const ONE_TIME_WORDS: ReadonlySet<string> = new Set([
  "reset",
  "verify",
  "verification",
  "verif",
  "confirm",
  "confirmation",
  "invite",
  "invitation",
  "magic",
  "otp",
  "activation",
  "activate",
  "unsubscribe",
  "recovery",
  "recover",
  "passwordless",
  "onetime",
  // session hand-off between apps (Auth0 / express-openid-connect `session_transfer_token`): single-use by design
  "transfer",
]);

/** True when a name says the token is a one-time link token (`resetToken`, `verify_email`, `magicLink`). */
export function isOneTimeLinkName(name: string): boolean {
  const words = splitWords(name);
  for (let i = 0; i < words.length; i++) {
    if (ONE_TIME_WORDS.has(words[i])) return true;
    if (words[i] === "one" && words[i + 1] === "time") return true;
  }
  return false;
}

/**
 * OAuth / OpenID Connect parameters that belong in URLs: the one-time authorization `code`, `state`,
 * `nonce`, `session_state`, and the hints of RP-initiated logout and token revocation
 * (`id_token_hint` and `logout_hint` are sent as query parameters by the specification).
 */
const PROTOCOL_URL_KEYS: ReadonlySet<string> = new Set(["code", "state", "nonce", "session_state", "id_token_hint", "logout_hint", "token_type_hint", "login_hint"]);

/** True when the parameter `key` of a URL must not be checked at all (protocol parameters, look-alikes like `pageToken`, one-time links). */
export function isExemptUrlKey(key: string): boolean {
  if (PROTOCOL_URL_KEYS.has(key.toLowerCase())) return true;
  return credentialNameVerdict(key) === "excluded" || isOneTimeLinkName(key);
}

/**
 * True when a value is a one-time link token by its name or by the call that made it:
 * `resetToken`, `const token = await generateVerificationToken()`.
 */
export function isOneTimeLinkValue(context: AnyContext, node: Node): boolean {
  const name = valueName(node);
  if (name !== undefined && isOneTimeLinkName(name)) return true;
  const resolved = resolveNode(context, node);
  let init: Node = resolved;
  while (init.type === "AwaitExpression" || init.type === "LogicalExpression") init = unwrap(init.type === "AwaitExpression" ? init.argument : init.left);
  if (init.type === "ChainExpression") init = unwrap(init.expression);
  if (init.type !== "CallExpression") return false;
  const callee = calleeName(init);
  return callee !== undefined && isOneTimeCodeName(callee);
}

/** The name a value is known by: `resetToken`, `user.resetToken`, `encodeURIComponent(resetToken)` → `resetToken`. */
export function valueName(node: Node): string | undefined {
  let n = unwrap(node);
  for (let i = 0; i < 4; i++) {
    if (n.type === "CallExpression" && n.arguments.length >= 1 && n.arguments[0].type !== "SpreadElement") {
      const callee = unwrap(n.callee);
      if (callee.type === "Identifier" && (callee.name === "encodeURIComponent" || callee.name === "encodeURI" || callee.name === "String")) {
        n = unwrap(n.arguments[0]);
        continue;
      }
    }
    if (n.type === "ChainExpression") {
      n = unwrap(n.expression);
      continue;
    }
    break;
  }
  if (n.type === "Identifier") return n.name;
  if (n.type === "MemberExpression") return memberName(n) ?? undefined;
  return undefined;
}

function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression") return memberName(callee) ?? undefined;
  return undefined;
}

/**
 * Names around an expression up to its function: the calls it is an argument of
 * (`sendVerificationRequest({ url })`), the properties and variables it is stored in
 * (`resetUrl: …`, `const inviteLink = …`), and — one hop — the calls and properties that
 * variable is passed on to.
 */
function surroundingNames(context: AnyContext, node: Node, consumers = true): string[] {
  const names: string[] = [];
  let current: Node = node;
  for (let i = 0; i < 12 && current.parent; i++) {
    const parent: Node = current.parent;
    if (parent.type === "CallExpression" || parent.type === "NewExpression") {
      if (parent.callee !== current) {
        const name = calleeName(parent);
        if (name) names.push(name);
      }
    } else if (parent.type === "Property" && parent.value === current) {
      const key = staticKeyName(parent.key, parent.computed);
      if (key) names.push(key);
    } else if (parent.type === "VariableDeclarator" && parent.init === current && parent.id.type === "Identifier") {
      names.push(parent.id.name);
      break;
    } else if (parent.type === "AssignmentExpression" && parent.right === current) {
      const left = unwrap(parent.left);
      const name = left.type === "Identifier" ? left.name : left.type === "MemberExpression" ? memberName(left) : null;
      if (name) names.push(name);
      break;
    } else if (
      parent.type !== "TemplateLiteral" &&
      parent.type !== "BinaryExpression" &&
      parent.type !== "ObjectExpression" &&
      parent.type !== "ArrayExpression" &&
      parent.type !== "AwaitExpression" &&
      parent.type !== "ConditionalExpression" &&
      parent.type !== "LogicalExpression" &&
      parent.type !== "TSAsExpression" &&
      parent.type !== "TSNonNullExpression" &&
      parent.type !== "ChainExpression" &&
      parent.type !== "MemberExpression"
    ) {
      break;
    }
    current = parent;
  }
  if (consumers && current.parent?.type === "VariableDeclarator" && current.parent.id.type === "Identifier") {
    const variable = context.sourceCode.getDeclaredVariables(current.parent)[0];
    for (const reference of variable?.references.slice(0, 8) ?? []) {
      if (reference.init || !reference.isRead()) continue;
      names.push(...surroundingNames(context, reference.identifier as Node, false));
    }
  }
  return names;
}

/** `verify` / `confirm` name a one-time link only next to what is verified: `verifyEmail`, `confirmAccount` (not `jwt.verify`). */
const WEAK_ONE_TIME_WORDS: ReadonlySet<string> = new Set(["verify", "verif", "confirm", "confirmation"]);
const VERIFIED_THINGS: ReadonlySet<string> = new Set(["email", "mail", "account", "phone", "signup", "registration", "address", "user", "identity"]);

/** A code name (function, call, variable, property) that names one-time link handling: `sendResetEmail`, `verifyEmail`, `inviteUrl`. */
export function isOneTimeCodeName(name: string): boolean {
  const words = splitWords(name);
  let weak = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "one" && words[i + 1] === "time") return true;
    if (WEAK_ONE_TIME_WORDS.has(words[i])) weak = true;
    else if (ONE_TIME_WORDS.has(words[i])) return true;
  }
  return weak && words.some((word) => VERIFIED_THINGS.has(word));
}

/**
 * True when the code around `node` handles one-time links: the file name or a route path the code
 * is registered under (`app.get("/reset-password", …)`, `app/verify/page.tsx`) has a one-time word,
 * or a function, call, property or variable around it is named for one (`sendMagicLink`,
 * `sendVerificationRequest({ url })`, `const resetUrl = …`).
 */
export function inOneTimeLinkContext(context: AnyContext & { readonly filename?: string }, node: Node): boolean {
  const file = (context.filename ?? "").split(/[\\/]/u).slice(-2).join("/");
  if (isOneTimeCodeName(file)) return true;
  if (surroundingNames(context, node).some(isOneTimeCodeName)) return true;
  for (const fn of enclosingFunctions(node)) {
    const name = functionName(fn);
    if (name && isOneTimeCodeName(name)) return true;
    const call = fn.parent;
    if (call?.type === "CallExpression" && call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const first = call.arguments[0];
      if (first && first.type !== "SpreadElement" && first !== fn) {
        const path = staticString(context, first);
        if (path !== undefined && path.length < 200 && isOneTimeCodeName(path)) return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Strings as parts
// ---------------------------------------------------------------------------------------------

export type StringPart = { kind: "text"; text: string; node: Node } | { kind: "value"; node: Node };

function isStringBuilder(node: Node): boolean {
  return (
    (node.type === "Literal" && typeof node.value === "string") ||
    node.type === "TemplateLiteral" ||
    (node.type === "BinaryExpression" && node.operator === "+")
  );
}

/**
 * `=`, `?`, `#` or `&` just before the end of a literal or an interpolation (`"?token=" + t`,
 * `` `?${qs}` ``), or an escape that spells one (`\x3f`, `\u0026`, `\u{23}`, octal `\77`).
 */
const URL_PARAM_EDGES = /[=?#&](?:["'`]|\$\{)|\\(?:x(?:3[dDfF]|2[36])|u(?:00(?:3[dDfF]|2[36])|\{0*(?:3[dDfF]|2[36])\})|[0-7]{2})/gu;
/** `://`, or a colon before an escape that could spell a `/` (`http:\/\/`). */
const SCHEME_SEPARATORS = /:(?:\/\/|\\)/gu;

interface UrlText {
  /**
   * Start offsets of the string literals and template pieces that hold a URL parameter edge
   * (`URL_PARAM_EDGES`), in order.
   */
  starts: number[];
  /** `urlTextNames`, computed on first use; null: any name. */
  names?: ReadonlySet<string> | null;
}


/**
 * The start offsets of the string literals and template pieces in which `pattern` (global) matches,
 * in order, from the matches in the text: each is looked up with one path down the tree (matches in
 * comments, regular expressions and code are dropped), which is far cheaper than reading every
 * token of a large file. Stops after the first one when `first` is set. `from`: an offset at or
 * before the first match (the text before it is not searched again).
 */
function literalsMatching(context: AnyContext, pattern: RegExp, first: boolean, from = 0): number[] {
  const text = context.sourceCode.text;
  const out: number[] = [];
  let end = -1;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // Further matches in the literal already found.
    if (match.index < end) continue;
    // A match in a comment (licence and doc links): go on after the comment, without a look at the tree.
    const comment = commentAt(context.sourceCode, match.index);
    if (comment) {
      pattern.lastIndex = comment.range[1];
      continue;
    }
    const node = nodeAt(context, match.index);
    if ((node.type === "Literal" && typeof node.value === "string") || node.type === "TemplateElement") {
      out.push(node.range[0]);
      end = node.range[1];
      if (first) break;
    }
  }
  pattern.lastIndex = 0;
  return out;
}

/** Where the text first spells a URL parameter edge (`URL_PARAM_EDGES`), or -1 (one search per file). */
// `search` ignores (and keeps) the global pattern's `lastIndex`.
const firstUrlParamEdge = perFile((context): number => context.sourceCode.text.search(URL_PARAM_EDGES));

const urlText = perFile((context): UrlText => {
  const first = firstUrlParamEdge(context);
  return { starts: first === -1 ? [] : literalsMatching(context, URL_PARAM_EDGES, false, first) };
});

/**
 * False when no string built in the file can carry a URL parameter with a run-time value: a
 * parameter the URL rule can report needs a literal of the file (`stringParts` takes its text from
 * this file's literals only) in which a `=`, `?`, `#` or `&` stands right before the literal's end
 * or an interpolation (`URL_PARAM_EDGES`).
 */
export function mayHaveUrlParams(context: AnyContext): boolean {
  return mayHaveUrlParamText(context) && urlText(context).starts.length > 0;
}

const NODE_HTTP_MODULES: readonly string[] = ["http", "node:http"];

/**
 * False when no request of the file can go to a cleartext URL: no string literal or template
 * piece holds `://` (every `http://` / `ws://` target `urlTarget` reads is spelled by a literal of
 * the file; a scheme split over two literals, `"http:" + "//host"`, is not looked for) and
 * `node:http` is not imported (`http.request({ host })` names no scheme).
 */
export function mayHaveCleartextUrl(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  if ((text.includes(":/") || text.includes(":\\")) && schemeInLiteral(context)) return true;
  return importsNodeHttp(context);
}

/** A string literal or template piece of the file holds a scheme separator (once per file). */
const schemeInLiteral = perFile((context): boolean => literalsMatching(context, SCHEME_SEPARATORS, true).length > 0);

/**
 * The cheap first part of `mayHaveUrlParams`: a parameter the URL rule can report needs a literal
 * that ends (or meets an interpolation) right after its `=`, `?`, `#` or `&` (`"?token=" + t`,
 * `` `?${qs}` ``). One test of the text, before any token scan.
 */
export function mayHaveUrlParamText(context: AnyContext): boolean {
  return firstUrlParamEdge(context) !== -1;
}

/**
 * The cheap first part of `mayHaveCleartextUrl`: the text spells a scheme separator (`:/`, or a
 * colon and an escape) or imports `node:http`.
 */
export function mayHaveCleartextText(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  return text.includes(":/") || text.includes(":\\") || importsNodeHttp(context);
}

/**
 * `node:http` imported or required. The text is searched for the quoted name first (`http"`,
 * `http'`, `` http` ``): one scan for `http` with a look at the next character, far cheaper than
 * the module entry points (and than one search per quote).
 */
function importsNodeHttp(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  for (let at = text.indexOf("http"); at !== -1; at = text.indexOf("http", at + 4)) {
    const next = text.charCodeAt(at + 4);
    // `"`, `'`, `` ` ``
    if (next === 34 || next === 39 || next === 96) return importsAnyOf(context, NODE_HTTP_MODULES);
  }
  return false;
}

/** From a piece of a string up through the templates / `+` concatenations that embed it (and TS wrappers): the outermost one. */
function builderTop(node: Node): Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if (
      (parent.type === "BinaryExpression" && parent.operator === "+") ||
      (parent.type === "TemplateLiteral" && parent.expressions.includes(current as TSESTree.Expression)) ||
      unwrap(parent) !== parent
    ) {
      current = parent;
      continue;
    }
    return current;
  }
}

/** The name `resolveNode` can reach a value by: the constant it initialises or the object property it is the value of. Null: a computed key. */
function valueSlotName(top: Node): string | null | undefined {
  const parent = top.parent;
  if (parent?.type === "VariableDeclarator" && parent.init === top) return parent.id.type === "Identifier" ? parent.id.name : undefined;
  if (parent?.type === "Property" && parent.value === top) return staticKeyName(parent.key, parent.computed);
  return undefined;
}

const MAX_URL_TEXT_NAMES = 64;

/**
 * The names (of constants and object properties) through which `stringParts` can reach text with a
 * URL parameter edge from a literal of the file: the slot a string holding one is stored in
 * (`const BASE = "https://x/cb?token="`, `{ callback: "/cb?" }`), and, repeatedly, the slots of
 * strings and aliases that use one of those names (`const URL2 = BASE + path`, `const u = BASE`).
 * Null when that cannot be told by name (a computed key, too many names).
 */
function urlTextNames(context: AnyContext, text: UrlText): ReadonlySet<string> | null {
  if (text.names !== undefined) return text.names;
  const names = new Set<string>();
  const queue: string[] = [];
  let any = false;
  const add = (top: Node): void => {
    const name = valueSlotName(top);
    if (name === null || name === "") any = true;
    else if (name !== undefined && !names.has(name)) {
      names.add(name);
      queue.push(name);
    }
  };
  for (const start of text.starts) {
    let piece = nodeAt(context, start);
    if (piece.type === "TemplateElement" && piece.parent) piece = piece.parent;
    if (piece.type === "Literal" || piece.type === "TemplateLiteral") add(builderTop(piece));
  }
  while (!any && queue.length > 0) {
    if (names.size > MAX_URL_TEXT_NAMES) any = true;
    const name = queue.pop()!;
    for (const node of wordNodes(context, name)) {
      const parent = node.parent;
      if (parent?.type === "MemberExpression" && parent.property === node) add(builderTop(parent));
      else if (node.type === "Identifier") add(builderTop(node));
    }
  }

  text.names = any ? null : names;
  return text.names;
}

/** A template literal with values, or a `+` concatenation, that is not part of a larger concatenation and not tagged (`` sql`…` ``). */
export function isScannedString(node: Node): boolean {
  if (node.type === "TemplateLiteral" ? node.expressions.length === 0 : node.type !== "BinaryExpression" || node.operator !== "+") return false;
  const parent = node.parent;
  if (parent?.type === "TaggedTemplateExpression") return false;
  return !(parent?.type === "BinaryExpression" && parent.operator === "+");
}

/**
 * The scanned strings (`isScannedString`) of the file for which `mayHaveUrlText` holds, in
 * traversal order: found upwards from the literals with a URL parameter edge and from
 * the uses of the names that reach them (`urlTextNames`), not by visiting every string.
 */
export function urlStrings(context: AnyContext): Node[] {
  const text = urlText(context);
  const names = urlTextNames(context, text);
  const found = new Set<Node>();
  if (names === null) {
    // Names that cannot be told apart: every string of the file.
    walk(context.sourceCode, context.sourceCode.ast as Node, (node) => {
      if (isScannedString(node)) found.add(node);
    });
  } else {
    const climb = (start: Node): void => {
      let current = start;
      if (isScannedString(current)) found.add(current);
      for (let parent = current.parent; parent; parent = current.parent) {
        if ((parent.type === "TemplateLiteral" && parent.expressions.includes(current as TSESTree.Expression)) || (parent.type === "BinaryExpression" && parent.operator === "+")) {
          if (isScannedString(parent)) found.add(parent);
        } else if (unwrap(parent) === parent) {
          return;
        }
        current = parent;
      }
    };
    for (const start of text.starts) {
      let piece = nodeAt(context, start);
      if (piece.type === "TemplateElement" && piece.parent) piece = piece.parent;
      if (piece.type === "Literal" || piece.type === "TemplateLiteral") climb(piece);
    }
    for (const name of names) {
      for (const node of wordNodes(context, name)) {
        const parent = node.parent;
        if (parent?.type === "MemberExpression" && parent.property === node) climb(parent);
        else if (node.type === "Identifier") climb(node);
      }
    }
  }
  const out: Node[] = [];
  for (const node of found) if (mayHaveUrlText(context, node)) out.push(node);
  return out.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
}

/** True when a template / `+` part of the node (not through a constant) is a name in `names`. */
function usesName(node: Node, names: ReadonlySet<string>, depth: number): boolean {
  const n = unwrap(node);
  if (depth > MAX_DEPTH) return false;
  if (n.type === "TemplateLiteral") return n.expressions.some((expression) => usesName(expression, names, depth + 1));
  if (n.type === "BinaryExpression" && n.operator === "+") return usesName(n.left, names, depth + 1) || usesName(n.right, names, depth + 1);
  if (n.type === "Identifier") return names.has(n.name);
  if (n.type === "MemberExpression") {
    const name = memberName(n);
    return name !== null && names.has(name);
  }
  return false;
}

/**
 * False when `stringParts(node)` cannot have a parameter with a run-time value: no literal with a
 * URL parameter edge (`URL_PARAM_EDGES`) lies inside the node, and none of its parts is a name
 * through which one can be reached (see `urlTextNames`). A cheap test before `stringParts`, which
 * resolves every part.
 */
export function mayHaveUrlText(context: AnyContext, node: Node): boolean {
  const text = urlText(context);
  const starts = text.starts;
  if (starts.length === 0) return false;
  // The first literal start at or after the node's start.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < node.range[0]) low = mid + 1;
    else high = mid;
  }
  if (low < starts.length && starts[low] < node.range[1]) return true;
  const names = urlTextNames(context, text);
  return names === null || (names.size > 0 && usesName(node, names, 0));
}

/**
 * A string expression as static text and interpolated values, in order: template literals,
 * `+` concatenations and the string constants they use are flattened.
 */
export function stringParts(context: AnyContext, node: Node, depth = 0): StringPart[] {
  const n = unwrap(node);
  if (depth > MAX_DEPTH) return [{ kind: "value", node: n }];
  if (n.type === "Literal") {
    if (typeof n.value === "string") return [{ kind: "text", text: n.value, node: n }];
    if (typeof n.value === "number") return [{ kind: "text", text: String(n.value), node: n }];
    return [{ kind: "value", node: n }];
  }
  if (n.type === "TemplateLiteral") {
    const out: StringPart[] = [];
    n.quasis.forEach((quasi, i) => {
      out.push({ kind: "text", text: quasi.value.cooked ?? quasi.value.raw, node: quasi });
      if (i < n.expressions.length) out.push(...stringParts(context, n.expressions[i], depth + 1));
    });
    return out;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    return [...stringParts(context, n.left, depth + 1), ...stringParts(context, n.right, depth + 1)];
  }
  if (n.type === "Identifier" || n.type === "MemberExpression") {
    const resolved = resolveNode(context, n);
    if (resolved !== n && isStringBuilder(resolved)) return stringParts(context, resolved, depth + 1);
  }
  return [{ kind: "value", node: n }];
}

// ---------------------------------------------------------------------------------------------
// URL structure
// ---------------------------------------------------------------------------------------------

export type UrlSection = "query" | "fragment";

export interface UrlParam {
  /** The parameter name; undefined when it is computed. */
  key: string | undefined;
  value: Node;
  section: UrlSection;
}

export interface ParsedUrl {
  /** `key=${value}` pairs in the query string or fragment. */
  params: UrlParam[];
  /** Whole query strings interpolated after `?` or `&`: `` `/cb?${params}` ``. */
  chunks: { value: Node; section: UrlSection }[];
  /** Words of the path: its static text and the names of values interpolated into it. */
  pathWords: string[];
}

/**
 * How to read a string: `"string"` — any string; parameters count only after a `?` or `#` in its
 * static text; `"url"` — known to be a URL (a redirect target, a request URL), so `&key=` after an
 * unknown part counts too; `"query"` / `"fragment"` — the string is a query string or fragment
 * (`url.search = …`, `url.hash = …`, a `URLSearchParams` init string, a form body).
 */
export type UrlMode = "string" | "url" | "query" | "fragment";

const KEY_PATTERN = /^[A-Za-z0-9_.\-[\]%]+$/u;


/** Finds the query and fragment parameters of a string built from parts. */
export function parseUrl(parts: readonly StringPart[], mode: UrlMode): ParsedUrl {
  const out: ParsedUrl = { params: [], chunks: [], pathWords: [] };
  let state: "path" | UrlSection = mode === "query" ? "query" : mode === "fragment" ? "fragment" : "path";
  let key: string | undefined = "";
  let inValue = false;
  // Text before `=` that cannot be a parameter name (`Are you sure? token=`): not a URL.
  let badKey = false;
  let pathText = "";
  let afterValue = false;
  const reset = (): void => {
    key = "";
    inValue = false;
    badKey = false;
  };
  for (const part of parts) {
    if (part.kind === "text") {
      // Runs of plain characters are copied as slices, not character by character (strings can be
      // whole HTML templates); the next `?`, `#`, `&`, `=` are found with indexOf and remembered.
      const text = part.text;
      const length = text.length;
      let nextQuestion = -1;
      let nextHash = -1;
      let nextAmpersand = -1;
      let nextEquals = -1;
      const next = (cached: number, ch: string, from: number): number => {
        if (cached >= from) return cached;
        const at = text.indexOf(ch, from);
        return at < 0 ? length : at;
      };
      let i = 0;
      while (i < length) {
        if (state === "path") {
          // The path runs to the next `?` or `#` (or `&` after a value, in a known URL).
          nextQuestion = next(nextQuestion, "?", i);
          nextHash = next(nextHash, "#", i);
          let end = Math.min(nextQuestion, nextHash);
          if (mode === "url" && afterValue) {
            nextAmpersand = next(nextAmpersand, "&", i);
            end = Math.min(end, nextAmpersand);
          }
          if (end > i) pathText += text.slice(i, end);
          if (end >= length) break;
          state = end === nextHash ? "fragment" : "query";
          reset();
          i = end + 1;
          continue;
        }
        // A key or value runs to the next `&`, `#` (in the query string) or, in a key, `=`.
        nextAmpersand = next(nextAmpersand, "&", i);
        let end = nextAmpersand;
        if (state === "query") {
          nextHash = next(nextHash, "#", i);
          end = Math.min(end, nextHash);
        }
        if (!inValue) {
          nextEquals = next(nextEquals, "=", i);
          end = Math.min(end, nextEquals);
        }
        if (end > i && !inValue && key !== undefined) key += text.slice(i, end);
        if (end >= length) break;
        if (end === nextAmpersand) {
          reset();
        } else if (state === "query" && end === nextHash) {
          state = "fragment";
          reset();
        } else {
          inValue = true;
          if (key !== undefined && !KEY_PATTERN.test(key)) badKey = true;
        }
        i = end + 1;
      }
      afterValue = false;
      continue;
    }
    afterValue = true;
    if (state === "path") {
      const name = valueName(part.node);
      if (name) out.pathWords.push(...splitWords(name));
      continue;
    }
    if (inValue) {
      if (key !== "" && !badKey) out.params.push({ key, value: part.node, section: state });
      continue;
    }
    if (key === "") {
      out.chunks.push({ value: part.node, section: state });
      // What follows a whole query string is not a key.
      key = undefined;
      continue;
    }
    // `?${name}=${value}`: the key is computed.
    key = undefined;
  }
  out.pathWords.push(...splitWords(pathText));
  return out;
}

const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.{1,2}\/|\?|#)/iu;

/** True when the string's static start looks like a URL (`https://`, `/path`, `./x`, `?q`, `#f`). */
export function startsLikeUrl(parts: readonly StringPart[]): boolean {
  const first = parts[0];
  return first?.kind === "text" && URL_START.test(first.text);
}

// ---------------------------------------------------------------------------------------------
// Where a URL points
// ---------------------------------------------------------------------------------------------

export type UrlTargetKind = "cleartext" | "secure" | "loopback" | "relative" | "unknown";

export interface UrlTarget {
  kind: UrlTargetKind;
  /** `http` or `ws` for cleartext targets. */
  scheme?: string;
  host?: string;
  /** Source range of the scheme name (`http`, `ws`) in a literal, for a suggestion. */
  schemeRange?: [number, number];
  /** The URL's static start, for messages. */
  text?: string;
}

const SECURE_SCHEMES = new Set(["https", "wss"]);
const CLEARTEXT_SCHEMES = new Set(["http", "ws"]);

/** Loopback and unspecified addresses: traffic to them never leaves the machine (or is a development server). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/u, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h === "[::1]" || h === "::1" || h === "0.0.0.0" || h === "[::]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(h);
}

/** Host part of `host[:port]` or `[v6]:port`, after removing `user:pass@`. */
function hostOf(authority: string): string {
  const at = authority.lastIndexOf("@");
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.startsWith("[")) {
    const end = hostPort.indexOf("]");
    return end >= 0 ? hostPort.slice(0, end + 1) : hostPort;
  }
  const colon = hostPort.indexOf(":");
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Where a URL expression points: a cleartext (`http://`, `ws://`) non-loopback host, a secure
 * one, a loopback address, a relative URL (the page's or server's own origin), or unknown
 * (a value from configuration or a parameter: never reported).
 */
export function urlTarget(context: AnyContext, node: Node, depth = 0): UrlTarget {
  const n = resolveNode(context, node);
  if (depth > MAX_DEPTH) return { kind: "unknown" };
  // new URL(input, base)
  if (n.type === "NewExpression" && isGlobalRef(context, n.callee, "URL")) {
    const [input, base] = n.arguments;
    if (!input || input.type === "SpreadElement") return { kind: "unknown" };
    const target = urlTarget(context, input, depth + 1);
    if (target.kind !== "relative" || !base || base.type === "SpreadElement") return target;
    return urlTarget(context, base, depth + 1);
  }
  // url.toString(), url.href
  if (n.type === "CallExpression") {
    const callee = unwrap(n.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "toString" && n.arguments.length === 0) return urlTarget(context, callee.object, depth + 1);
    return { kind: "unknown" };
  }
  if (n.type === "MemberExpression" && memberName(n) === "href") return urlTarget(context, n.object, depth + 1);
  const parts = stringParts(context, n);
  let prefix = "";
  let complete = true;
  let first: StringPart | undefined;
  for (const part of parts) {
    if (part.kind === "value") {
      complete = false;
      break;
    }
    if (part.text !== "") first ??= part;
    prefix += part.text;
  }
  if (parts[0]?.kind === "value" && prefix === "") return { kind: "unknown" };
  const match = /^([a-z][a-z0-9+.-]*):\/\//iu.exec(prefix);
  if (!match) {
    if (prefix === "" ) return { kind: "unknown" };
    return /^[a-z][a-z0-9+.-]*:/iu.test(prefix) ? { kind: "unknown" } : { kind: "relative" };
  }
  const scheme = match[1].toLowerCase();
  if (SECURE_SCHEMES.has(scheme)) return { kind: "secure", scheme, text: shorten(prefix) };
  if (!CLEARTEXT_SCHEMES.has(scheme)) return { kind: "unknown" };
  const rest = prefix.slice(match[0].length);
  const end = rest.search(/[/?#]/u);
  if (end < 0 && !complete) return { kind: "unknown" };
  const host = hostOf(end < 0 ? rest : rest.slice(0, end));
  if (host === "" || host === "[") return { kind: "unknown" };
  if (isLoopbackHost(host)) return { kind: "loopback", scheme, host };
  const query = prefix.search(/[?#]/u);
  const shown = query >= 0 ? prefix.slice(0, query) : `${prefix}${complete ? "" : "…"}`;
  const target: UrlTarget = { kind: "cleartext", scheme, host, text: shorten(shown) };
  if (first?.kind === "text") {
    const source = context.sourceCode.getText(first.node);
    const index = source.toLowerCase().indexOf(`${scheme}://`);
    if (index >= 0) target.schemeRange = [first.node.range[0] + index, first.node.range[0] + index + scheme.length];
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Objects, headers, bodies, query parameter objects
// ---------------------------------------------------------------------------------------------

export interface Entry {
  key: string;
  keyNode: Node;
  value: Node;
}

function isObjectAssign(context: AnyContext, node: Node): node is TSESTree.CallExpression {
  if (node.type !== "CallExpression") return false;
  const callee = unwrap(node.callee);
  return callee.type === "MemberExpression" && memberName(callee) === "assign" && isGlobalRef(context, callee.object, "Object");
}

/** The statically known properties of the object an expression evaluates to (literals, constants, spreads, `Object.assign`). */
export function objectEntries(context: AnyContext, node: Node, depth = 0): Entry[] {
  if (depth > MAX_DEPTH) return [];
  const n = resolveNode(context, node);
  if (isObjectAssign(context, n)) {
    return n.arguments.flatMap((argument) => (argument.type === "SpreadElement" ? [] : objectEntries(context, argument, depth + 1)));
  }
  if (n.type !== "ObjectExpression") return [];
  const out: Entry[] = [];
  for (const property of n.properties) {
    if (property.type === "SpreadElement") {
      out.push(...objectEntries(context, property.argument, depth + 1));
      continue;
    }
    if (property.kind !== "init" || property.method) continue;
    let key = staticKeyName(property.key, property.computed);
    if (key === null && property.computed) key = staticString(context, property.key) ?? null;
    if (key === null) continue;
    out.push({ key, keyNode: property.key, value: property.value });
  }
  return out;
}

/** The object-literal value of property `name` of an options object (through constants and spreads). */
export function optionValue(context: AnyContext, options: Node | undefined, name: string): Node | undefined {
  if (!options) return undefined;
  const entries = objectEntries(context, options).filter((entry) => entry.key === name);
  return entries.length > 0 ? entries[entries.length - 1].value : undefined;
}

/** Values that carry nothing: `""`, `null`, `undefined`, `false`, numbers. */
export function isEmptyValue(context: AnyContext, node: Node): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier" && n.name === "undefined") return true;
  if (n.type === "Literal") return typeof n.value !== "string" || n.value.trim() === "";
  const value = staticValue(context, n);
  return !!value && (value.value === undefined || value.value === null || value.value === "" || typeof value.value === "boolean" || typeof value.value === "number");
}

/** Header names whose value is a credential (lowercased) → how messages spell them. */
const CREDENTIAL_HEADERS: ReadonlyMap<string, string> = new Map([
  ["authorization", "Authorization"],
  ["proxy-authorization", "Proxy-Authorization"],
  ["cookie", "Cookie"],
  ["x-api-key", "X-API-Key"],
  ["api-key", "Api-Key"],
  ["apikey", "apikey"],
  ["x-auth-token", "X-Auth-Token"],
  ["x-access-token", "X-Access-Token"],
  ["x-refresh-token", "X-Refresh-Token"],
  ["x-session-id", "X-Session-Id"],
]);

/** How a header that carries a credential is spelled in messages; undefined for other headers (CSRF headers included). */
export function credentialHeaderName(name: string): string | undefined {
  const known = CREDENTIAL_HEADERS.get(name.toLowerCase());
  if (known) return known;
  return credentialNameVerdict(name) === "credential" ? name : undefined;
}

/** A credential found in a request, for messages: `the Authorization header`, `the "password" field`. */
export interface Carried {
  description: string;
  node: Node;
}

const SETTER_METHODS = new Set(["set", "append"]);

/** Calls `name.set(key, value)` / `name.append(key, value)` on the variable an identifier refers to. */
function setterCalls(context: AnyContext, identifier: TSESTree.Identifier): { key: Node; value: Node; call: TSESTree.CallExpression }[] {
  const variable = variableOf(context, identifier);
  if (!variable) return [];
  const out: { key: Node; value: Node; call: TSESTree.CallExpression }[] = [];
  for (const reference of variable.references) {
    const id = reference.identifier as Node;
    const member = id.parent;
    if (member?.type !== "MemberExpression" || member.object !== id) continue;
    const call = member.parent;
    if (call?.type !== "CallExpression" || call.callee !== member || !SETTER_METHODS.has(memberName(member) ?? "")) continue;
    const [key, value] = call.arguments;
    if (!key || !value || key.type === "SpreadElement" || value.type === "SpreadElement") continue;
    out.push({ key, value, call });
  }
  return out;
}

/** Property writes `name.key = value` / `name["key"] = value` on the variable an identifier refers to. */
function propertyWrites(context: AnyContext, identifier: TSESTree.Identifier): Entry[] {
  const variable = variableOf(context, identifier);
  if (!variable) return [];
  const out: Entry[] = [];
  for (const reference of variable.references) {
    const id = reference.identifier as Node;
    const member = id.parent;
    if (member?.type !== "MemberExpression" || member.object !== id) continue;
    const assignment = member.parent;
    if (assignment?.type !== "AssignmentExpression" || assignment.left !== member || assignment.operator !== "=") continue;
    let key = memberName(member);
    if (key === null && member.computed) key = staticString(context, member.property) ?? null;
    if (key !== null) out.push({ key, keyNode: member.property, value: assignment.right });
  }
  return out;
}

/** Credentials in a request's headers: an object, a `Headers` instance (init and `set`/`append`), an array of pairs. */
export function headerCredentials(context: AnyContext, node: Node, depth = 0): Carried[] {
  if (depth > MAX_DEPTH) return [];
  const original = unwrap(node);
  const n = resolveNode(context, original);
  const entries: Entry[] = [];
  if (n.type === "NewExpression" && isGlobalRef(context, n.callee, "Headers")) {
    const init = n.arguments[0];
    if (init && init.type !== "SpreadElement") return [...headerCredentials(context, init, depth + 1), ...fromSetters()];
    return fromSetters();
  }
  if (n.type === "ArrayExpression") {
    for (const element of n.elements) {
      const pair = element && element.type !== "SpreadElement" ? resolveNode(context, element) : undefined;
      if (pair?.type !== "ArrayExpression") continue;
      const [key, value] = pair.elements;
      const name = key && key.type !== "SpreadElement" ? staticString(context, key) : undefined;
      if (name !== undefined && value && value.type !== "SpreadElement") entries.push({ key: name, keyNode: key!, value });
    }
  } else {
    entries.push(...objectEntries(context, n));
  }
  if (original.type === "Identifier") entries.push(...propertyWrites(context, original));
  return [...entries.flatMap((entry) => headerEntry(context, entry.key, entry.value)), ...fromSetters()];

  function fromSetters(): Carried[] {
    if (original.type !== "Identifier") return [];
    return setterCalls(context, original).flatMap(({ key, value }) => {
      const name = staticString(context, key);
      return name === undefined ? [] : headerEntry(context, name, value);
    });
  }
}

function headerEntry(context: AnyContext, name: string, value: Node): Carried[] {
  const header = credentialHeaderName(name);
  if (!header || isEmptyValue(context, value)) return [];
  if (header === "Cookie") {
    // A literal cookie header carries a credential only when it names one (`sid=…`, `token=…`).
    const text = staticString(context, value);
    if (text !== undefined && !text.split(";").some((pair) => credentialNameVerdict(pair.split("=")[0].trim()) === "credential")) return [];
  }
  return [{ description: `the ${header} header`, node: value }];
}

/** Keys of a request body or query object that name a credential (`password`, `token`, `client_secret`). */
function isCredentialField(key: string): boolean {
  return credentialNameVerdict(key) === "credential";
}

/** Credentials in a request body: JSON objects, `JSON.stringify(…)`, `URLSearchParams`, `FormData`, form-encoded strings. */
export function bodyCredentials(context: AnyContext, node: Node, depth = 0): Carried[] {
  if (depth > MAX_DEPTH) return [];
  const original = unwrap(node);
  const n = resolveNode(context, original);
  if (n.type === "CallExpression") {
    const callee = unwrap(n.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "stringify" && isGlobalRef(context, callee.object, "JSON")) {
      const first = n.arguments[0];
      return first && first.type !== "SpreadElement" ? bodyCredentials(context, first, depth + 1) : [];
    }
  }
  if (n.type === "NewExpression" && isGlobalRef(context, n.callee, "FormData")) {
    return original.type === "Identifier" ? setterCalls(context, original).flatMap(({ key, value }) => field(staticString(context, key), value)) : [];
  }
  const params = searchParamsEntries(context, original, depth + 1);
  if (params) return params.flatMap((entry) => field(entry.key, entry.value));
  if (isStringBuilder(n)) {
    return parseUrl(stringParts(context, n), "query").params.flatMap((param) => field(param.key, param.value));
  }
  const entries = objectEntries(context, n);
  const out: Carried[] = [];
  for (const entry of entries) {
    const inner = resolveNode(context, entry.value);
    if (inner.type === "ObjectExpression" && depth < 3) {
      out.push(...bodyCredentials(context, inner, depth + 1));
      continue;
    }
    out.push(...field(entry.key, entry.value));
  }
  return out;

  function field(key: string | undefined, value: Node): Carried[] {
    if (key === undefined || !isCredentialField(key) || isEmptyValue(context, value)) return [];
    return [{ description: `the "${key}" field`, node: value }];
  }
}

// ---------------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------------

const QS_MODULES: readonly string[] = ["qs", "querystring", "node:querystring", "query-string"];

const NAVIGATION_MODULE_APIS: readonly { module: string; path: readonly string[]; target: number | "any"; name: string }[] = [
  { module: "next/navigation", path: ["redirect"], target: 0, name: "redirect" },
  { module: "next/navigation", path: ["permanentRedirect"], target: 0, name: "permanentRedirect" },
  { module: "next/navigation", path: ["useRouter", RESULT, "push"], target: 0, name: "router.push" },
  { module: "next/navigation", path: ["useRouter", RESULT, "replace"], target: 0, name: "router.replace" },
  { module: "next/router", path: ["push"], target: 0, name: "Router.push" },
  { module: "next/router", path: ["replace"], target: 0, name: "Router.replace" },
  { module: "next/router", path: ["useRouter", RESULT, "push"], target: 0, name: "router.push" },
  { module: "next/router", path: ["useRouter", RESULT, "replace"], target: 0, name: "router.replace" },
  { module: "next/server", path: ["NextResponse", "redirect"], target: 0, name: "NextResponse.redirect" },
  { module: "vue-router", path: ["useRouter", RESULT, "push"], target: 0, name: "router.push" },
  { module: "vue-router", path: ["useRouter", RESULT, "replace"], target: 0, name: "router.replace" },
  { module: "vue-router", path: ["createRouter", RESULT, "push"], target: 0, name: "router.push" },
  { module: "vue-router", path: ["createRouter", RESULT, "replace"], target: 0, name: "router.replace" },
  { module: "react-router", path: ["useNavigate", RESULT], target: 0, name: "navigate" },
  { module: "react-router-dom", path: ["useNavigate", RESULT], target: 0, name: "navigate" },
  { module: "react-router", path: ["redirect"], target: 0, name: "redirect" },
  { module: "react-router-dom", path: ["redirect"], target: 0, name: "redirect" },
  { module: "@remix-run/node", path: ["redirect"], target: 0, name: "redirect" },
  { module: "@sveltejs/kit", path: ["redirect"], target: "any", name: "redirect" },
  { module: "$app/navigation", path: ["goto"], target: 0, name: "goto" },
  { module: "h3", path: ["sendRedirect"], target: 1, name: "sendRedirect" },
];

type Shape = "fetch" | "axios" | "axios-get" | "axios-post" | "axios-config" | "ky" | "got" | "node-http" | "websocket" | "socket-io";

interface RequestApi {
  readonly client: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds: readonly CallKind[];
  readonly shape: Shape;
  /** Path of the instance factory whose result has the same methods (`axios.create`). */
  readonly instance?: boolean;
}

const AXIOS_GET = ["get", "delete", "head", "options"];
const AXIOS_POST = ["post", "put", "patch", "postForm", "putForm", "patchForm"];
const KY_METHODS = ["get", "post", "put", "patch", "delete", "head"];

function clientApis(module: string, client: string, prefix: readonly string[], instance: boolean): RequestApi[] {
  const call: CallKind[] = ["call"];
  switch (module) {
    case "axios":
      return [
        { client, module, path: prefix, kinds: call, shape: "axios", instance },
        { client, module, path: [...prefix, "request"], kinds: call, shape: "axios-config", instance },
        ...AXIOS_GET.map((m): RequestApi => ({ client, module, path: [...prefix, m], kinds: call, shape: "axios-get", instance })),
        ...AXIOS_POST.map((m): RequestApi => ({ client, module, path: [...prefix, m], kinds: call, shape: "axios-post", instance })),
      ];
    case "ky":
      return [
        { client, module, path: prefix, kinds: call, shape: "ky", instance },
        ...KY_METHODS.map((m): RequestApi => ({ client, module, path: [...prefix, m], kinds: call, shape: "ky", instance })),
      ];
    case "got":
      return [
        { client, module, path: prefix, kinds: call, shape: "got", instance },
        ...KY_METHODS.map((m): RequestApi => ({ client, module, path: [...prefix, m], kinds: call, shape: "got", instance })),
      ];
    default:
      return [];
  }
}

const REQUEST_APIS: readonly RequestApi[] = [
  ...clientApis("axios", "axios", [], false),
  ...clientApis("axios", "axios", ["create", RESULT], true),
  ...clientApis("ky", "ky", [], false),
  ...clientApis("ky", "ky", ["create", RESULT], true),
  ...clientApis("ky", "ky", ["extend", RESULT], true),
  ...clientApis("got", "got", [], false),
  ...clientApis("got", "got", ["extend", RESULT], true),
  { client: "node-fetch", module: "node-fetch", path: [], kinds: ["call"], shape: "fetch" },
  { client: "cross-fetch", module: "cross-fetch", path: [], kinds: ["call"], shape: "fetch" },
  { client: "undici", module: "undici", path: ["fetch"], kinds: ["call"], shape: "fetch" },
  { client: "undici", module: "undici", path: ["request"], kinds: ["call"], shape: "fetch" },
  ...["http", "node:http"].flatMap((module): RequestApi[] => [
    { client: "http.request", module, path: ["request"], kinds: ["call"], shape: "node-http" },
    { client: "http.get", module, path: ["get"], kinds: ["call"], shape: "node-http" },
  ]),
  { client: "ws", module: "ws", path: [], kinds: ["new"], shape: "websocket" },
  { client: "ws", module: "ws", path: ["WebSocket"], kinds: ["new"], shape: "websocket" },
  { client: "socket.io-client", module: "socket.io-client", path: [], kinds: ["call"], shape: "socket-io" },
  { client: "socket.io-client", module: "socket.io-client", path: ["io"], kinds: ["call"], shape: "socket-io" },
  { client: "socket.io-client", module: "socket.io-client", path: ["connect"], kinds: ["call"], shape: "socket-io" },
];

/** Instance factories: the call returns a client whose defaults apply to every request it sends. */
const CLIENT_FACTORIES: readonly { module: string; path: readonly string[]; base: readonly string[] }[] = [
  { module: "axios", path: ["create"], base: ["baseURL"] },
  { module: "ky", path: ["create"], base: ["prefixUrl", "baseUrl", "prefix"] },
  { module: "ky", path: ["extend"], base: ["prefixUrl", "baseUrl", "prefix"] },
  { module: "got", path: ["extend"], base: ["prefixUrl"] },
];

export const TRANSPORT_TRACKER: TrackerConfig = {
  modules: new Set([
    ...REQUEST_APIS.map((api) => api.module),
    ...QS_MODULES,
    ...NAVIGATION_MODULE_APIS.map((api) => api.module),
    "passport-jwt",
    "h3",
    "@nestjs/common",
  ]),
};

function index(context: AnyContext): ModuleIndex {
  return moduleIndexOf(context, TRANSPORT_TRACKER);
}

// ---------------------------------------------------------------------------------------------
// Query parameter objects
// ---------------------------------------------------------------------------------------------

/**
 * The parameters of a query-string object, when the expression is one: `new URLSearchParams(init)`
 * (object, pairs or string init, plus later `set` / `append` calls on its variable),
 * `params.toString()`, `qs.stringify(obj)` / `querystring.stringify(obj)` / query-string's `stringify`.
 * Undefined when the expression is not a known query-string object.
 */
export function searchParamsEntries(context: AnyContext, node: Node, depth = 0): Entry[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const original = unwrap(node);
  if (original.type === "CallExpression") {
    const callee = unwrap(original.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "toString" && original.arguments.length === 0) {
      return searchParamsEntries(context, callee.object, depth + 1);
    }
  }
  const n = resolveNode(context, original);
  let entries: Entry[] | undefined;
  if (n.type === "NewExpression" && isGlobalRef(context, n.callee, "URLSearchParams")) {
    entries = [];
    const init = n.arguments[0];
    if (init && init.type !== "SpreadElement") {
      const resolved = resolveNode(context, init);
      if (resolved.type === "ArrayExpression") {
        for (const element of resolved.elements) {
          const pair = element && element.type !== "SpreadElement" ? resolveNode(context, element) : undefined;
          if (pair?.type !== "ArrayExpression") continue;
          const [key, value] = pair.elements;
          const name = key && key.type !== "SpreadElement" ? staticString(context, key) : undefined;
          if (name !== undefined && value && value.type !== "SpreadElement") entries.push({ key: name, keyNode: key!, value });
        }
      } else if (isStringBuilder(resolved)) {
        for (const param of parseUrl(stringParts(context, resolved), "query").params) {
          if (param.key !== undefined) entries.push({ key: param.key, keyNode: param.value, value: param.value });
        }
      } else {
        entries.push(...objectEntries(context, resolved));
      }
    }
  } else if (n.type === "CallExpression") {
    const resolved = index(context).resolve(unwrap(n.callee));
    if (resolved && QS_MODULES.includes(resolved.module) && resolved.path.length === 1 && resolved.path[0] === "stringify") {
      const first = n.arguments[0];
      entries = first && first.type !== "SpreadElement" ? objectEntries(context, first) : [];
    }
  }
  if (!entries) return undefined;
  if (original.type === "Identifier") {
    for (const { key, value } of setterCalls(context, original)) {
      const name = staticString(context, key);
      if (name !== undefined) entries.push({ key: name, keyNode: key, value });
    }
  }
  return entries;
}

/** True when the expression is a URL's `searchParams` (`url.searchParams`, `new URL(x).searchParams`, or a constant holding one). */
export function isUrlSearchParams(context: AnyContext, node: Node): boolean {
  const n = resolveNode(context, node);
  return n.type === "MemberExpression" && memberName(n) === "searchParams";
}

/** `searchParams`, found from its `P`. */
const SEARCH_PARAMS_MEMBER_TEXT = textSearch("searchParams");

/** False when `isUrlSearchParams` is false for every expression of the file: the text never spells `searchParams`. */
export function mayHaveUrlSearchParams(context: AnyContext): boolean {
  return SEARCH_PARAMS_MEMBER_TEXT.in(context.sourceCode.text);
}

// ---------------------------------------------------------------------------------------------
// Request / response roles (route-handler parameters)
// ---------------------------------------------------------------------------------------------

export type HttpRole = "request" | "response" | "context";

/**
 * The role of a route-handler object (from src/analysis/handlers.ts): a request (`req`, `request`,
 * NestJS `@Req()`), a response (`res`, NestJS `@Res()`, Fastify `reply`), or a context that is both
 * (Koa `ctx`, Hono `c`, Astro `context`). A local variable called `res` (`const res = await fetch(…)`)
 * has no role.
 */
export function httpRole(context: AnyContext, node: Node): HttpRole | undefined {
  const found = roleOf(context, node);
  switch (found?.role) {
    case "request":
      return "request";
    case "response":
    case "reply":
      return "response";
    case "context":
      return "context";
    default:
      return undefined;
  }
}

/** True when the expression is an incoming request (`req`, `request`, `ctx.request`, `c.req`). */
function isRequestObject(context: AnyContext, node: Node): boolean {
  const n = unwrap(node);
  if (httpRole(context, n) === "request") return true;
  if (n.type === "MemberExpression" && (memberName(n) === "request" || memberName(n) === "req")) return httpRole(context, n.object) === "context";
  return false;
}

// ---------------------------------------------------------------------------------------------
// Navigation and redirects
// ---------------------------------------------------------------------------------------------

export interface Navigation {
  /** What puts the URL in the address bar or a `Location` header, for messages. */
  api: string;
  node: Node;
  /** The URL or route object. */
  target: Node;
  mode: Exclude<UrlMode, "string">;
}

const LOCATION_METHODS = new Set(["assign", "replace"]);
/** Words that every navigation pattern spells in its callee or assigned target (`location.href = …`, `res.redirect(…)`, `this.$router.push(…)`, `window.open(…)`). */
const NAVIGATION_WORDS: readonly string[] = ["location", "redirect", "$router", "open"];
/** …and `url.search = …` / `url.hash = …` on a `new URL(…)` (a file that spells `URL`). */
const NAVIGATION_WORDS_WITH_URL: readonly string[] = [...NAVIGATION_WORDS, "search", "hash"];


/** fetch(), new Request / WebSocket / EventSource / XMLHttpRequest(). */
const REQUEST_GLOBALS: readonly string[] = ["fetch", "Request", "WebSocket", "EventSource", "XMLHttpRequest"];
/** The words the scans start from; a file that contains none of them (not even inside a longer word) has none. */
export const TRANSPORT_WORDS: readonly string[] = [...NAVIGATION_WORDS_WITH_URL, ...REQUEST_GLOBALS, "query"];
/**
 * Every word of `TRANSPORT_WORDS`, also inside longer words. `XMLHttpRequest` is listed although
 * `Request` finds it too: the first match is where the whole-word scan starts, so it must not come
 * after the start of any whole word.
 */
const TRANSPORT_WORD_TEST = /location|redirect|\$router|open|search|hash|fetch|XMLHttpRequest|Request|WebSocket|EventSource|query/u;
/** Every word of `TRANSPORT_WORDS` as a whole word (a literal, so the ReDoS check reads it; the tests check it lists exactly those words). */
export const TRANSPORT_WORD_PATTERN = /(?<![\w$])(?:location|redirect|\$router|open|search|hash|fetch|Request|WebSocket|EventSource|XMLHttpRequest|query)(?![\w$])/gu;

/** What a rule asks of this model: `findNavigations`, `findRequests` / `findClients`, `findQueryReads`. */
export interface TransportScans {
  navigations?: boolean;
  requests?: boolean;
  queryReads?: boolean;
}

/**
 * The cheap first part of `mayFindTransport` (one regular-expression test of the text and the
 * module entry points): false when no scan can find anything in the file.
 */
export function mayUseTransport(context: AnyContext): boolean {
  const use = transportUse(context);
  return use.words || use.searchParams || transportModules(context, use);
}

/** `TransportUse.modules`, computed on first use (the module entry points cost more than the text tests). */
function transportModules(context: AnyContext, use: TransportUse): boolean {
  use.modules ??= mentionsTrackedModule(context, TRANSPORT_TRACKER);
  return use.modules;
}

interface TransportUse {
  /** The text spells a word of `TRANSPORT_WORD_TEST`… */
  words: boolean;
  /** …first at this offset (-1: none), where the whole-word scan starts. */
  firstWord: number;
  /** …and `scanWords` has recorded their positions. */
  scanned: boolean;
  searchParams: boolean;
  /** The file imports a tracked module (see `transportModules`). */
  modules?: boolean;
}

/** `searchParams` / `URLSearchParams` (the tail both spell), found from its `P`. */
const SEARCH_PARAMS_TEXT = textSearch("earchParams");

const transportUse = perFile((context): TransportUse => {
  const text = context.sourceCode.text;
  const firstWord = text.search(TRANSPORT_WORD_TEST);
  return { words: firstWord !== -1, firstWord, scanned: false, searchParams: SEARCH_PARAMS_TEXT.in(text) };
});

/**
 * A per-file pre-check for `create()`, from the file text and the module entry points only: false
 * when the asked scans cannot find anything in the file. (The scans find their nodes from the
 * words the file spells, see `usesOf`, and need no indexed nodes.)
 */
export function mayFindTransport(context: AnyContext, scans: TransportScans): boolean {
  const use = transportUse(context);
  if (!use.words && !use.searchParams) return transportModules(context, use);
  // One pass finds every word the scans start from (their positions are kept for the scans).
  if (use.words && !use.scanned) {
    scanWords(context, TRANSPORT_WORDS, TRANSPORT_WORD_PATTERN, use.firstWord);
    use.scanned = true;
  }
  // The scans read the module index anyway, and its entry points are shared by every rule.
  if (transportModules(context, use)) return true;
  const text = context.sourceCode.text;
  if (scans.navigations && (NAVIGATION_WORDS.some((word) => hasWord(context, word)) || (text.includes("URL") && (hasWord(context, "search") || hasWord(context, "hash"))))) {
    return true;
  }
  if (scans.requests && REQUEST_GLOBALS.some((word) => hasWord(context, word))) return true;
  return !!scans.queryReads && (hasWord(context, "query") || SEARCH_PARAMS_TEXT.in(text));
}
const REDIRECT_ROLES: ReadonlySet<HttpRole> = new Set(["response", "context"]);

function isLocation(context: AnyContext, node: Node): boolean {
  const n = unwrap(node);
  if (isGlobalRef(context, n, "location")) return true;
  return n.type === "MemberExpression" && memberName(n) === "location" && isGlobalRef(context, n.object, "document");
}

/** `new URL(…)`, or a constant holding one. */
function isUrlObject(context: AnyContext, node: Node): boolean {
  const n = resolveNode(context, node);
  return n.type === "NewExpression" && isGlobalRef(context, n.callee, "URL");
}

/** Every place the file navigates or redirects to a URL it builds. */
export function findNavigations(context: AnyContext): Navigation[] {
  const out: Navigation[] = [];
  // Every pattern below names one of these words in the callee or the assigned target.
  for (const node of usesOf(context, context.sourceCode.text.includes("URL") ? NAVIGATION_WORDS_WITH_URL : NAVIGATION_WORDS)) {
    if (node.type === "AssignmentExpression" && node.operator === "=") {
      const left = unwrap(node.left);
      if (isLocation(context, left)) {
        out.push({ api: "location", node, target: node.right, mode: "url" });
      } else if (left.type === "MemberExpression") {
        const name = memberName(left);
        const owner = left.object;
        const isLoc = isLocation(context, owner);
        if (name === "href" && isLoc) out.push({ api: "location.href", node, target: node.right, mode: "url" });
        else if ((name === "search" || name === "hash") && (isLoc || isUrlObject(context, owner))) {
          out.push({ api: `${isLoc ? "location" : "url"}.${name}`, node, target: node.right, mode: name === "search" ? "query" : "fragment" });
        }
      }
      continue;
    }
    if (node.type !== "CallExpression") continue;
    const callee = unwrap(node.callee);
    const first = node.arguments[0];
    if (callee.type === "MemberExpression") {
      const name = memberName(callee);
      if (name !== null && LOCATION_METHODS.has(name) && isLocation(context, callee.object) && first && first.type !== "SpreadElement") {
        out.push({ api: `location.${name}`, node, target: first, mode: "url" });
      } else if (name === "redirect") {
        const role = httpRole(context, callee.object);
        if ((role && REDIRECT_ROLES.has(role)) || isGlobalRef(context, callee.object, "Response")) {
          const api = `${context.sourceCode.getText(callee.object)}.redirect`;
          for (const argument of node.arguments) {
            if (argument.type === "SpreadElement") continue;
            const value = staticValue(context, argument);
            if (value && typeof value.value === "number") continue;
            out.push({ api, node, target: argument, mode: "url" });
          }
        }
      } else if ((name === "push" || name === "replace") && chainNames(callee.object).join(".") === "$router" && unwrap(callee.object).type === "MemberExpression") {
        const object = unwrap(callee.object) as TSESTree.MemberExpression;
        if (unwrap(object.object).type === "ThisExpression" && first && first.type !== "SpreadElement") {
          out.push({ api: `$router.${name}`, node, target: first, mode: "url" });
        }
      } else if (name === "open" && isGlobalRef(context, callee, "open") && first && first.type !== "SpreadElement") {
        out.push({ api: "window.open", node, target: first, mode: "url" });
      }
    } else if (callee.type === "Identifier" && callee.name === "open" && isGlobalRef(context, callee, "open") && first && first.type !== "SpreadElement") {
      out.push({ api: "window.open", node, target: first, mode: "url" });
    }
  }
  const modules = index(context);
  for (const api of NAVIGATION_MODULE_APIS) {
    for (const call of modules.calls(api.module, api.path)) {
      if (call.kind !== "call") continue;
      const args = call.node.arguments;
      const targets = api.target === "any" ? args : args[api.target] ? [args[api.target]] : [];
      for (const target of targets) {
        if (target.type === "SpreadElement") continue;
        const value = staticValue(context, target);
        if (value && typeof value.value === "number") continue;
        out.push({ api: api.name, node: call.node, target, mode: "url" });
      }
    }
  }
  return out;
}

/** The `query` object of a route object (`router.push({ pathname, query: { token } })`). */
export function routeQuery(context: AnyContext, target: Node): Entry[] {
  const query = optionValue(context, target, "query");
  return query ? objectEntries(context, query) : [];
}

/** The `search`, `hash` and `pathname` strings of a route or location object (`navigate({ search: "?token=…" })`). */
export function routeStrings(context: AnyContext, target: Node): { node: Node; mode: UrlMode }[] {
  const out: { node: Node; mode: UrlMode }[] = [];
  for (const [name, mode] of [
    ["search", "query"],
    ["hash", "fragment"],
    ["path", "url"],
    ["pathname", "url"],
  ] as const) {
    const value = optionValue(context, target, name);
    if (!value) continue;
    const first = stringParts(context, value)[0];
    // "?token=…" and "#access_token=…" spell their own separator.
    const spelled = first?.kind === "text" && /^[?#]/u.test(first.text);
    out.push({ node: value, mode: spelled ? "url" : mode });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading credentials from the query string
// ---------------------------------------------------------------------------------------------

export interface QueryRead {
  /** Where to report: the member read, the destructured property, the call. */
  node: Node;
  /** The parameter name, when static. */
  key: string | undefined;
  api: string;
  /** passport-jwt's extractor names the parameter it reads, whatever it is called. */
  extractor?: boolean;
  /** The URL is the page's own (browser code reading `location` / `useSearchParams()`), not an incoming request's. */
  page?: boolean;
}

/** Mentions the browser's own location: `location.search`, `window.location.hash`, `document.location.href`. */
function mentionsLocation(node: Node): boolean {
  let found = false;
  const visit = (n: Node, depth: number): void => {
    if (found || depth > 6) return;
    const u = unwrap(n);
    if (u.type === "Identifier") found = u.name === "location";
    else if (u.type === "MemberExpression") {
      if (memberName(u) === "location") found = true;
      else visit(u.object, depth + 1);
    } else if (u.type === "CallExpression") {
      visit(u.callee, depth + 1);
      for (const argument of u.arguments) visit(argument, depth + 1);
    }
  };
  visit(node, 0);
  return found;
}

/** The expression reads a URL or its query: `req.url`, `url.search`, `request.url.split("?")[1]`, `querystring`. */
function mentionsUrl(node: Node): boolean {
  let current = unwrap(node);
  for (let i = 0; i < 8; i++) {
    if (current.type === "ChainExpression") current = unwrap(current.expression);
    else if (current.type === "CallExpression") current = unwrap(current.callee);
    else if (current.type === "MemberExpression") {
      const name = memberName(current)?.toLowerCase();
      if (name === "url" || name === "search" || name === "hash" || name === "href" || name === "query" || name === "querystring") return true;
      current = unwrap(current.object);
    } else break;
  }
  if (current.type === "Identifier") {
    const words = splitWords(current.name);
    return words.includes("url") || words.includes("search") || words.includes("query") || words.includes("href");
  }
  return false;
}

/**
 * Which URL a `.get(name)` receiver reads parameters of: `"page"` — the URL the browser shows
 * (`new URLSearchParams(location.search)`, `useSearchParams()`, Next.js `searchParams` props),
 * `"request"` — an incoming request's URL (`new URL(request.url).searchParams`, `req.nextUrl.searchParams`).
 */
function searchParamsReceiver(context: AnyContext, node: Node): "page" | "request" | undefined {
  const n = unwrap(node);
  if (n.type === "MemberExpression" && memberName(n) === "searchParams") return mentionsLocation(n.object) ? "page" : "request";
  if (n.type !== "Identifier") return undefined;
  const variable = variableOf(context, n);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (def.type === "Parameter") return n.name === "searchParams" ? "page" : undefined;
  if (def.type !== "Variable") return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  const init = declarator.init ? unwrap(declarator.init) : undefined;
  if (!init) return undefined;
  // const [searchParams] = useSearchParams()  (react-router)
  if (declarator.id.type === "ArrayPattern") {
    return init.type === "CallExpression" && isHookCall(init, "useSearchParams") && declarator.id.elements[0] === (variable!.identifiers[0] as Node) ? "page" : undefined;
  }
  if (declarator.id.type === "ObjectPattern") return n.name === "searchParams" ? (mentionsLocation(init) ? "page" : "request") : undefined;
  if (init.type === "NewExpression" && isGlobalRef(context, init.callee, "URLSearchParams")) {
    // `new URLSearchParams(await req.text())` parses a form body, not a URL.
    const first = init.arguments[0];
    if (!first || first.type === "SpreadElement") return undefined;
    if (mentionsLocation(first)) return "page";
    return mentionsUrl(first) ? "request" : undefined;
  }
  if (init.type === "CallExpression" && isHookCall(init, "useSearchParams")) return "page";
  if (init.type === "MemberExpression" && memberName(init) === "searchParams") return mentionsLocation(init.object) ? "page" : "request";
  return undefined;
}

function isHookCall(call: TSESTree.CallExpression, name: string): boolean {
  const callee = unwrap(call.callee);
  return (callee.type === "Identifier" && callee.name === name) || (callee.type === "MemberExpression" && memberName(callee) === name);
}

function hasWord(context: AnyContext, word: string): boolean {
  return wordsAt(context, word).length > 0;
}

/** The identifiers named `name` of the file, found where the text spells the name. */
function identifiersNamed(context: AnyContext, name: string): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  for (const node of wordNodes(context, name)) if (node.type === "Identifier" && node.name === name) out.push(node);
  return out;
}

/**
 * The member expressions whose static property name is `name` (`x.name`, `x?.name`, `x["name"]`,
 * `` x[`name`] ``), found where the text spells the name rather than by visiting every member
 * expression of the file. (A name spelled with escapes, `x.\u0071uery`, is not found.)
 */
function membersNamed(context: AnyContext, name: string): TSESTree.MemberExpression[] {
  const out: TSESTree.MemberExpression[] = [];
  for (const node of wordNodes(context, name)) {
    const member = node.parent;
    if (member?.type !== "MemberExpression" || member.property !== node) continue;
    if (member.computed ? node.type !== "Identifier" && memberName(member) === name : node.type === "Identifier" && node.name === name) out.push(member);
  }
  return out;
}

/** The object a `.query` member is read from counts: a request, a Koa / Hono context, a socket.io handshake. */
function queryOwner(context: AnyContext, owner: Node): string | undefined {
  const n = unwrap(owner);
  if (isRequestObject(context, n)) return context.sourceCode.getText(n);
  if (httpRole(context, n) === "context") return context.sourceCode.getText(n);
  if (n.type === "MemberExpression" && memberName(n) === "handshake") return "socket.handshake";
  return undefined;
}

/**
 * Every read of a query-string parameter in the file (credential or not: the rule decides). With
 * `wanted`, reads of other keys are left out before their receiver is resolved (the expensive part);
 * reads through `ExtractJwt.fromUrlQueryParameter`, `@Query()` and `getQuery()` are always listed.
 */
export function findQueryReads(context: AnyContext, wanted?: (key: string | undefined) => boolean): QueryRead[] {
  const out: QueryRead[] = [];
  const text = context.sourceCode.text;
  // `req.query`, `ctx.query`, `c.req.query("token")`, `socket.handshake.query`
  for (const node of membersNamed(context, "query")) {
    let top: Node = node;
    while (top.parent && (top.parent.type === "TSNonNullExpression" || top.parent.type === "TSAsExpression" || top.parent.type === "ChainExpression")) top = top.parent;
    const parent = top.parent;
    const reads: { node: Node; key: string | undefined }[] = [];
    let called = false;
    if (parent?.type === "MemberExpression" && parent.object === top) {
      let key = memberName(parent);
      if (key === null && parent.computed) key = staticString(context, parent.property) ?? null;
      reads.push({ node: parent, key: key ?? undefined });
    } else if (parent?.type === "VariableDeclarator" && parent.init === top && parent.id.type === "ObjectPattern") {
      for (const property of parent.id.properties) {
        if (property.type !== "Property") continue;
        const key = staticKeyName(property.key, property.computed);
        reads.push({ node: property, key: key ?? undefined });
      }
    } else if (parent?.type === "CallExpression" && parent.callee === top) {
      const first = parent.arguments[0];
      reads.push({ node: parent, key: first && first.type !== "SpreadElement" ? staticString(context, first) : undefined });
      called = true;
    }
    const kept = wanted ? reads.filter((read) => wanted(read.key)) : reads;
    if (kept.length === 0) continue;
    const owner = queryOwner(context, node.object);
    if (!owner) continue;
    const api = called ? `${owner}.query()` : `${owner}.query`;
    for (const read of kept) out.push({ node: read.node, key: read.key, api });
  }
  // `.get()` on a `searchParams` receiver, and Next.js page props: every receiver spells `searchParams`
  // (`URLSearchParams`, `useSearchParams`).
  if (SEARCH_PARAMS_TEXT.in(text)) {
    for (const node of usesOf(context, ["get", "getAll"])) {
      if (node.type !== "CallExpression") continue;
      const callee = unwrap(node.callee);
      if (callee.type !== "MemberExpression") continue;
      const name = memberName(callee);
      if (name !== "get" && name !== "getAll") continue;
      const first = node.arguments[0];
      const key = first && first.type !== "SpreadElement" ? staticString(context, first) : undefined;
      if (wanted && !wanted(key)) continue;
      const receiver = searchParamsReceiver(context, callee.object);
      if (!receiver) continue;
      out.push({ node, key, api: `searchParams.${name}`, page: receiver === "page" });
    }
    for (const node of identifiersNamed(context, "searchParams")) {
      const member = node.parent;
      if (member?.type !== "MemberExpression" || member.object !== node || member.computed) continue;
      // Next.js page props: `({ searchParams }) => searchParams.token` (`searchParams.query` is a `.query` member above).
      const method = memberName(member);
      if (method === null || method === "query" || (wanted && !wanted(method))) continue;
      const variable = variableOf(context, node);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type === "Parameter" && !(member.parent?.type === "CallExpression" && member.parent.callee === member)) {
        out.push({ node: member, key: method, api: "searchParams", page: true });
      }
    }
  }
  const modules = index(context);
  for (const call of modules.calls("passport-jwt", ["ExtractJwt", "fromUrlQueryParameter"])) {
    const first = call.node.arguments[0];
    out.push({ node: call.node, key: first && first.type !== "SpreadElement" ? staticString(context, first) : undefined, api: "ExtractJwt.fromUrlQueryParameter", extractor: true });
  }
  // NestJS: `getProfile(@Query("token") token: string)`
  for (const call of modules.calls("@nestjs/common", ["Query"])) {
    if (call.node.parent?.type !== "Decorator") continue;
    const first = call.node.arguments[0];
    out.push({ node: call.node, key: first && first.type !== "SpreadElement" ? staticString(context, first) : undefined, api: "@Query()" });
  }
  for (const call of modules.calls("h3", ["getQuery"])) {
    const parent = call.node.parent;
    if (parent?.type === "MemberExpression" && parent.object === call.node) out.push({ node: parent, key: memberName(parent) ?? undefined, api: "getQuery" });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** Defaults that apply to every request of a client (`axios.create(…)`, `axios.defaults`, interceptors, ky hooks). */
export interface HttpClient {
  module: string;
  /** The factory call; undefined for the module's default instance. */
  create?: TSESTree.CallExpression;
  /** The base URL every relative request URL is resolved against. */
  base?: Node;
  /** Credentials added to every request. */
  carried: Carried[];
}

export interface HttpRequest {
  client: string;
  node: Call;
  /** The request URL as written. */
  url?: Node;
  /** A per-request base URL (`baseURL` / `prefixUrl` option). */
  base?: Node;
  /** The client the request goes through, for its base URL and default credentials. */
  instance?: HttpClient;
  /** node:http with an options object: the host option (the module speaks plain HTTP). */
  host?: Node;
  headers: Node[];
  bodies: Node[];
  /** Query-parameter objects: axios `params`, ky / got `searchParams`, socket.io `query`. */
  queries: Node[];
  /** WebSocket subprotocols (`new WebSocket(url, ["access_token", token])`): values the server sees in a header. */
  protocols: Node[];
  /** Credentials found elsewhere: basic-auth options, XHR headers and password. */
  other: Carried[];
}

/** `config.headers.Authorization = …`, `headers.set("Authorization", …)`, `{ headers: { Authorization } }` inside a hook or interceptor. */
function credentialsSetIn(context: AnyContext, fn: Node): Carried[] {
  const out: Carried[] = [];
  walk(context.sourceCode, fn, (node) => {
    if (node.type === "AssignmentExpression") {
      const left = unwrap(node.left);
      if (left.type === "MemberExpression" && chainNames(left.object).some((name) => name.toLowerCase() === "headers")) {
        let key = memberName(left);
        if (key === null && left.computed) key = staticString(context, left.property) ?? null;
        if (key !== null) out.push(...headerEntry(context, key, node.right));
      }
    } else if (node.type === "CallExpression") {
      const callee = unwrap(node.callee);
      if (callee.type !== "MemberExpression") return;
      const name = memberName(callee);
      const onHeaders = chainNames(callee.object).some((part) => part.toLowerCase() === "headers");
      if (name === "setAuthorization" && onHeaders) {
        const value = node.arguments[0];
        if (value && value.type !== "SpreadElement") out.push({ description: "the Authorization header", node: value });
      } else if (name !== null && SETTER_METHODS.has(name) && onHeaders) {
        const [key, value] = node.arguments;
        const header = key && key.type !== "SpreadElement" ? staticString(context, key) : undefined;
        if (header !== undefined && value && value.type !== "SpreadElement") out.push(...headerEntry(context, header, value));
      }
    } else if (node.type === "Property" && node.parent?.type === "ObjectExpression") {
      const key = staticKeyName(node.key, node.computed);
      const owner = node.parent.parent;
      if (key !== null && owner?.type === "Property" && staticKeyName(owner.key, owner.computed) === "headers") out.push(...headerEntry(context, key, node.value));
    }
  });
  return out;
}

/** Credentials a client config carries: headers, HTTP Basic `auth` (axios) / `username`+`password` (got), ky `hooks.beforeRequest`. */
function configCredentials(context: AnyContext, config: Node | undefined, withHeaders = true): Carried[] {
  if (!config) return [];
  const out: Carried[] = [];
  const headers = withHeaders ? optionValue(context, config, "headers") : undefined;
  if (headers) out.push(...headerCredentials(context, headers));
  const auth = optionValue(context, config, "auth");
  if (auth && !isEmptyValue(context, auth)) {
    const entries = objectEntries(context, auth);
    const password = entries.find((entry) => entry.key === "password");
    if (password && !isEmptyValue(context, password.value)) out.push({ description: "the HTTP Basic credentials (auth.password)", node: password.value });
    else if (resolveNode(context, auth).type !== "ObjectExpression") out.push({ description: "the HTTP Basic credentials (auth)", node: auth });
  }
  const password = optionValue(context, config, "password");
  if (password && !isEmptyValue(context, password)) out.push({ description: 'the "password" option', node: password });
  const hooks = optionValue(context, config, "hooks");
  const beforeRequest = hooks ? optionValue(context, hooks, "beforeRequest") : undefined;
  if (beforeRequest) {
    const list = resolveNode(context, beforeRequest);
    if (list.type === "ArrayExpression") {
      for (const element of list.elements) {
        if (!element || element.type === "SpreadElement") continue;
        const fn = resolveFunction(context, element);
        if (fn) out.push(...credentialsSetIn(context, fn));
      }
    }
  }
  return out;
}

const clientCache = new WeakMap<object, Map<Node | string, HttpClient>>();

/** The clients of the file: each module's default instance and every instance factory call. */
function clients(context: AnyContext): Map<Node | string, HttpClient> {
  const ast = context.sourceCode.ast as object;
  const cached = clientCache.get(ast);
  if (cached) return cached;
  const map = new Map<Node | string, HttpClient>();
  clientCache.set(ast, map);
  const modules = index(context);
  for (const factory of CLIENT_FACTORIES) {
    for (const call of modules.calls(factory.module, factory.path)) {
      if (call.kind !== "call" || call.node.type !== "CallExpression") continue;
      const config = call.node.arguments[0];
      const options = config && config.type !== "SpreadElement" ? config : undefined;
      let base: Node | undefined;
      for (const name of factory.base) base ??= optionValue(context, options, name);
      map.set(call.node, { module: factory.module, create: call.node, base, carried: configCredentials(context, options) });
    }
  }
  const clientOf = (root: Node, module: string): HttpClient | undefined => {
    const resolved = resolveNode(context, root);
    if (resolved.type === "CallExpression" && map.has(resolved)) return map.get(resolved);
    const tracked = modules.resolve(unwrap(root));
    if (tracked && tracked.path.length === 0) {
      let client = map.get(module);
      if (!client) {
        client = { module, carried: [] };
        map.set(module, client);
      }
      return client;
    }
    return undefined;
  };
  // axios defaults: `axios.defaults.baseURL = …`, `api.defaults.headers.common.Authorization = …`
  // (Only a client of a tracked module has defaults: without one, `clientOf` finds nothing.)
  if (mentionsTrackedModule(context, TRANSPORT_TRACKER) && context.sourceCode.text.includes("defaults")) {
    assignments: for (const node of usesOf(context, ["defaults"])) {
      if (node.type !== "AssignmentExpression" || node.operator !== "=") continue;
      const left = unwrap(node.left);
      if (left.type !== "MemberExpression") continue;
      const names = chainNames(left);
      const at = names.indexOf("defaults");
      if (at < 1) continue;
      let root: Node = left;
      for (let i = names.length - 1; i >= at; i--) {
        const current = unwrap(root);
        if (current.type !== "MemberExpression") continue assignments;
        root = current.object;
      }
      const tracked = modules.resolve(unwrap(left));
      const module = tracked?.module ?? "axios";
      const client = clientOf(root, module);
      if (!client) continue;
      const rest = names.slice(at + 1);
      if (rest.length === 1 && (rest[0] === "baseURL" || rest[0] === "prefixUrl")) client.base = node.right;
      else if (rest[0] === "headers" && rest.length >= 2) {
        let key = memberName(left);
        if (key === null && left.computed) key = staticString(context, left.property) ?? null;
        if (key !== null) client.carried.push(...headerEntry(context, key, node.right));
      }
    }
  }
  // interceptors.request.use(fn)
  for (const call of modules.callsInto("axios")) {
    const path = call.path;
    const n = path.length;
    if (n < 3 || path[n - 3] !== "interceptors" || path[n - 2] !== "request" || path[n - 1] !== "use") continue;
    const callee = unwrap(call.callee);
    if (callee.type !== "MemberExpression") continue;
    let root: Node = callee.object;
    for (let i = 0; i < 2; i++) {
      const current = unwrap(root);
      if (current.type !== "MemberExpression") break;
      root = current.object;
    }
    const client = clientOf(root, "axios");
    const handler = call.node.arguments[0];
    const fn = handler && handler.type !== "SpreadElement" ? resolveFunction(context, handler) : undefined;
    if (client && fn) client.carried.push(...credentialsSetIn(context, fn));
  }
  return map;
}

function argument(call: Call, index: number): Node | undefined {
  for (let i = 0; i <= index && i < call.arguments.length; i++) if (call.arguments[i].type === "SpreadElement") return undefined;
  const found = call.arguments[index];
  return found && found.type !== "SpreadElement" ? found : undefined;
}

function isObjectLike(context: AnyContext, node: Node | undefined): boolean {
  if (!node) return false;
  const n = resolveNode(context, node);
  return n.type === "ObjectExpression" || isObjectAssign(context, n);
}

function emptyRequest(client: string, node: Call): HttpRequest {
  return { client, node, headers: [], bodies: [], queries: [], protocols: [], other: [] };
}

/** Reads the parts of one request call according to its API's argument shape. */
function readRequest(context: AnyContext, api: RequestApi | { client: string; shape: Shape }, call: Call): HttpRequest {
  const request = emptyRequest(api.client, call);
  const addConfig = (config: Node | undefined, names: { body?: readonly string[]; query?: readonly string[]; base?: readonly string[] }): void => {
    if (!config) return;
    const headers = optionValue(context, config, "headers");
    if (headers) request.headers.push(headers);
    for (const name of names.body ?? []) {
      const value = optionValue(context, config, name);
      if (value) request.bodies.push(value);
    }
    for (const name of names.query ?? []) {
      const value = optionValue(context, config, name);
      if (value) request.queries.push(value);
    }
    for (const name of names.base ?? []) request.base ??= optionValue(context, config, name);
    request.url ??= optionValue(context, config, "url");
    request.other.push(...configCredentials(context, config, false));
  };
  const axiosConfig = { body: ["data"], query: ["params"], base: ["baseURL"] };
  switch (api.shape) {
    case "fetch": {
      request.url = argument(call, 0);
      const init = argument(call, 1);
      if (init) {
        const headers = optionValue(context, init, "headers");
        if (headers) request.headers.push(headers);
        const body = optionValue(context, init, "body");
        if (body) request.bodies.push(body);
      }
      break;
    }
    case "axios": {
      const first = argument(call, 0);
      if (isObjectLike(context, first)) addConfig(first, axiosConfig);
      else {
        request.url = first;
        addConfig(argument(call, 1), axiosConfig);
      }
      break;
    }
    case "axios-config":
      addConfig(argument(call, 0), axiosConfig);
      break;
    case "axios-get":
      request.url = argument(call, 0);
      addConfig(argument(call, 1), axiosConfig);
      break;
    case "axios-post": {
      request.url = argument(call, 0);
      const data = argument(call, 1);
      if (data) request.bodies.push(data);
      addConfig(argument(call, 2), axiosConfig);
      break;
    }
    case "ky":
      request.url = argument(call, 0);
      addConfig(argument(call, 1), { body: ["json", "body"], query: ["searchParams"], base: ["prefixUrl", "baseUrl", "prefix"] });
      break;
    case "got": {
      const first = argument(call, 0);
      const names = { body: ["json", "body", "form"], query: ["searchParams"], base: ["prefixUrl"] };
      if (isObjectLike(context, first)) addConfig(first, names);
      else {
        request.url = first;
        addConfig(argument(call, 1), names);
      }
      break;
    }
    case "node-http": {
      const first = argument(call, 0);
      const options = isObjectLike(context, first) ? first : isObjectLike(context, argument(call, 1)) ? argument(call, 1) : undefined;
      if (!isObjectLike(context, first)) request.url = first;
      if (options) {
        const headers = optionValue(context, options, "headers");
        if (headers) request.headers.push(headers);
        const auth = optionValue(context, options, "auth");
        if (auth && !isEmptyValue(context, auth)) request.other.push({ description: "the HTTP Basic credentials (auth)", node: auth });
        if (!request.url) {
          const protocol = optionValue(context, options, "protocol");
          const scheme = protocol ? staticString(context, protocol) : undefined;
          if (scheme === undefined || scheme === "http:") request.host = optionValue(context, options, "hostname") ?? optionValue(context, options, "host");
        }
      }
      break;
    }
    case "websocket": {
      request.url = argument(call, 0);
      // ws: `new WebSocket(address[, protocols][, options])`.
      const second = argument(call, 1);
      const protocols = isObjectLike(context, second) ? undefined : second;
      if (protocols) {
        const resolved = resolveNode(context, protocols);
        const elements = resolved.type === "ArrayExpression" ? resolved.elements : [protocols];
        for (const element of elements) {
          if (element && element.type !== "SpreadElement") request.protocols.push(element);
        }
      }
      const options = protocols ? argument(call, 2) : second;
      const headers = options ? optionValue(context, options, "headers") : undefined;
      if (headers) request.headers.push(headers);
      break;
    }
    case "socket-io": {
      const first = argument(call, 0);
      const options = isObjectLike(context, first) ? first : argument(call, 1);
      if (!isObjectLike(context, first)) request.url = first;
      if (options) {
        const auth = optionValue(context, options, "auth");
        if (auth) request.bodies.push(auth);
        const query = optionValue(context, options, "query");
        if (query) request.queries.push(query);
        const extraHeaders = optionValue(context, options, "extraHeaders");
        if (extraHeaders) request.headers.push(extraHeaders);
        const transport = optionValue(context, options, "transportOptions");
        const polling = transport ? optionValue(context, transport, "polling") : undefined;
        const pollingHeaders = polling ? optionValue(context, polling, "extraHeaders") : undefined;
        if (pollingHeaders) request.headers.push(pollingHeaders);
      }
      break;
    }
  }
  return request;
}

/** XMLHttpRequest objects: `open(method, url, async, user, password)`, `setRequestHeader`, `send(body)` on the same variable. */
function xhrRequests(context: AnyContext, creation: TSESTree.NewExpression): HttpRequest[] {
  const declarator = creation.parent;
  if (declarator?.type !== "VariableDeclarator" || declarator.init !== creation || declarator.id.type !== "Identifier") return [];
  const variable = variableOf(context, declarator.id);
  if (!variable) return [];
  const opens: TSESTree.CallExpression[] = [];
  const headers: Carried[] = [];
  const bodies: Node[] = [];
  for (const reference of variable.references) {
    const id = reference.identifier as Node;
    const member = id.parent;
    if (member?.type !== "MemberExpression" || member.object !== id) continue;
    const call = member.parent;
    if (call?.type !== "CallExpression" || call.callee !== member) continue;
    const name = memberName(member);
    if (name === "open") opens.push(call);
    else if (name === "setRequestHeader") {
      const [key, value] = call.arguments;
      const header = key && key.type !== "SpreadElement" ? staticString(context, key) : undefined;
      if (header !== undefined && value && value.type !== "SpreadElement") headers.push(...headerEntry(context, header, value));
    } else if (name === "send") {
      const body = call.arguments[0];
      if (body && body.type !== "SpreadElement") bodies.push(body);
    }
  }
  return opens.map((open) => {
    const request = emptyRequest("XMLHttpRequest", open);
    request.url = argument(open, 1);
    request.bodies.push(...bodies);
    request.other.push(...headers);
    const password = argument(open, 4);
    if (password && !isEmptyValue(context, password)) request.other.push({ description: "the password argument of open()", node: password });
    return request;
  });
}

const requestCache = new WeakMap<object, HttpRequest[]>();

/** Every HTTP / WebSocket request the file sends through a modelled client. */
export function findRequests(context: AnyContext): HttpRequest[] {
  const ast = context.sourceCode.ast as object;
  const cached = requestCache.get(ast);
  if (cached) return cached;
  const out: HttpRequest[] = [];
  const modules = index(context);
  const known = clients(context);
  for (const api of REQUEST_APIS) {
    for (const call of modules.calls(api.module, api.path)) {
      if (!api.kinds.includes(call.kind) || call.kind === "super") continue;
      const request = readRequest(context, api, call.node);
      if (api.instance) {
        const callee = unwrap(call.callee);
        const root = callee.type === "MemberExpression" ? callee.object : callee;
        const resolved = resolveNode(context, root);
        if (resolved.type === "CallExpression") request.instance = known.get(resolved);
      } else if (api.module === "axios") {
        request.instance = known.get("axios");
      }
      out.push(request);
    }
  }
  // fetch(), new Request / WebSocket / EventSource / XMLHttpRequest(): globals named in the text.
  for (const node of usesOf(context, REQUEST_GLOBALS)) {
    if (node.type === "CallExpression" && isGlobalRef(context, node.callee, "fetch")) {
      out.push(readRequest(context, { client: "fetch", shape: "fetch" }, node));
    } else if (node.type === "NewExpression") {
      if (isGlobalRef(context, node.callee, "Request")) out.push(readRequest(context, { client: "Request", shape: "fetch" }, node));
      else if (isGlobalRef(context, node.callee, "WebSocket")) out.push(readRequest(context, { client: "WebSocket", shape: "websocket" }, node));
      else if (isGlobalRef(context, node.callee, "EventSource")) {
        const request = emptyRequest("EventSource", node);
        request.url = argument(node, 0);
        out.push(request);
      } else if (isGlobalRef(context, node.callee, "XMLHttpRequest")) out.push(...xhrRequests(context, node));
    }
  }
  requestCache.set(ast, out);
  return out;
}

/** The clients of the file whose defaults carry credentials (for reports at their base URL). */
export function findClients(context: AnyContext): HttpClient[] {
  return [...clients(context).values()];
}
