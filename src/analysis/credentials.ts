/**
 * "Does this expression carry a credential?" — one answer shared by every rule that looks at
 * where credentials go (web storage, script cookies, URLs, cleartext transport, logs,
 * postMessage) and by the cookie and claims rules.
 *
 * An expression carries a credential when
 * - its words say so: the identifier, the member read (`auth.accessToken`, `data["id_token"]`),
 *   the method it calls (`getAccessToken()`), the key it is read with (`storage.get("jwt")`);
 * - its value comes from a place that only holds credentials, whatever the variable is called:
 *   a JWT sign call, a login / refresh / token-endpoint response (`res.data.accessToken`,
 *   `(await r.json()).jwt`, `const { token } = await login(…)`), an `Authorization` header
 *   (`req.headers.authorization`, `headers.get("Authorization")`), a `Bearer ${…}` template;
 * - it is a container built around one: an object / array literal with a credential property
 *   (`{ token, user }`, `{ ...session, accessToken }`), `JSON.stringify` of one, a template or
 *   concatenation that embeds one (`token=${t}`).
 *
 * Names that look like credentials and are not (false-positives.md: `tokenCount`, `pageToken`,
 * `csrfToken`, `tokenType`, `expiresAt`, …) are excluded by `credentialNameVerdict`, and an
 * excluded name is never overridden by data flow. The search is bounded (depth, variables),
 * cached per AST node and never throws.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, staticKeyName, unwrap, type AnyContext } from "./ast.js";
import { chainNames, isGlobalMember, variableOf } from "./flow.js";
import { assignedKeyBefore, credentialKind, credentialNameVerdict, looksLikeJwt, splitWords, type CredentialKind } from "./names.js";
import { staticString, staticValue } from "./values.js";
import { findJwtCalls } from "../models/jwt.js";

export type CredentialOrigin = "name" | "sign" | "login-response" | "authorization-header" | "container";

export interface Credential {
  /** The word the reader recognises: `"accessToken"`, `"token"`, `"Authorization header"`, `"password"`. */
  name: string;
  origin: CredentialOrigin;
  /**
   * For messages, ready to start a sentence: `"accessToken" from the login response`,
   * `the token returned by jwt.sign`, `the Authorization header`, `"refreshToken"`,
   * `an object holding "token"`.
   */
  description: string;
  /** Where it was recognised (the member read, the sign call, the property of a container…). */
  node: TSESTree.Node;
  kind: CredentialKind;
}

const MAX_DEPTH = 10;
const MAX_TEXT = 40;

/** Methods that return (part of) the string they are called on. */
const STRING_PASS_THROUGH = new Set([
  "trim",
  "trimStart",
  "trimEnd",
  "toString",
  "valueOf",
  "slice",
  "substring",
  "substr",
  "replace",
  "replaceAll",
  "split",
  "concat",
  "at",
  "padStart",
  "padEnd",
  "normalize",
]);

/** Global functions that return an encoding of their first argument. */
const GLOBAL_PASS_THROUGH = new Set(["String", "encodeURIComponent", "encodeURI", "escape", "btoa"]);

/** Promise / response plumbing between a login call and its body: `.json()`, `.then(…)`, RTK Query `.unwrap()`. */
const RESPONSE_PLUMBING = new Set(["json", "text", "then", "unwrap", "catch", "finally"]);

/** Methods that read a value by key: `localStorage.getItem("token")`, `Cookies.get("jwt")`, `config.get("API_KEY")`. */
const KEYED_READS = new Set(["get", "getItem", "getCookie", "getString", "read", "getSecret"]);

/** Header names whose value is a credential, lowercased → how messages spell them. */
const CREDENTIAL_HEADERS = new Map([
  ["authorization", "Authorization"],
  ["proxy-authorization", "Proxy-Authorization"],
  ["x-auth-token", "X-Auth-Token"],
  ["x-access-token", "X-Access-Token"],
  ["x-api-key", "X-API-Key"],
  ["cookie", "Cookie"],
]);

/** Methods that read a request header by name. */
const HEADER_READS = new Set(["get", "header", "getHeader", "get"]);

/** Fields of a login / token response that hold a credential even without a credential word (Django REST framework `key`, simplejwt `access` / `refresh`). */
const LOGIN_RESPONSE_FIELDS = new Set(["access", "refresh", "key", "session"]);

/** Objects whose properties are metadata about credential fields, not their values: `errors.password`, `touched.password`. */
const METADATA_OBJECTS = new Set(["errors", "error", "touched", "dirty", "labels", "placeholders", "rules", "validators", "messages", "translations", "i18n", "columns", "fields", "types", "schema", "validation"]);

/** Trailing words of a UI element or ref whose `.value` is the credential it names: `passwordInput.value`. */
const ELEMENT_WORDS = new Set(["input", "field", "ref", "el", "element", "control", "box"]);

type ResponseKind = "login" | "refresh" | "token";

/** Words in a URL or function name that make its response a login / refresh / token response. */
const LOGIN_WORDS = new Set(["login", "signin", "logon", "authenticate"]);

interface Search {
  depth: number;
  visiting: Set<TSESTree.Node>;
}

const cache = new WeakMap<TSESTree.Node, Credential | null>();

/**
 * The credential the expression (or the object / `JSON.stringify(…)` / template it builds)
 * carries, if any. See the file comment for what counts.
 */
export function credentialIn(context: AnyContext, node: TSESTree.Node): Credential | undefined {
  const cached = cache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  let found: Credential | undefined;
  try {
    found = analyze(context, node, { depth: 0, visiting: new Set() });
  } catch {
    found = undefined;
  }
  cache.set(node, found ?? null);
  return found;
}

/**
 * A storage key, cookie name or query-parameter name that names a credential: a string
 * literal, a constant holding one (`const TOKEN_KEY = "app.auth.token"`), a template with
 * static parts (`` `${prefix}:token` ``), or, when the value is unknown, the name of the
 * constant itself without its "key" suffix (`TOKEN_KEY`, `STORAGE_KEYS.accessToken`).
 */
export function credentialKey(context: AnyContext, key: TSESTree.Node): Credential | undefined {
  try {
    return keyCredential(context, key);
  } catch {
    return undefined;
  }
}

function keyCredential(context: AnyContext, key: TSESTree.Node): Credential | undefined {
  const n = unwrap(key);
  const value = staticString(context, n);
  if (value !== undefined) return credentialKeyText(value, n);
  const parts = staticParts(context, n);
  if (parts !== undefined) {
    const found = credentialKeyText(parts, n);
    return found && { ...found, name: shortText(context, n), description: `the value under ${shortText(context, n)}` };
  }
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" ? memberName(n) : null;
  if (name === null) return undefined;
  // An unresolved constant: `TOKEN_KEY` names the slot of a token, `THEME_KEY` does not.
  const words = splitWords(name);
  while (words.length > 1 && ["key", "keys", "name", "slot"].includes(words[words.length - 1])) words.pop();
  while (words.length > 1 && ["storage", "cookie", "cache"].includes(words[words.length - 1]) && credentialNameVerdict(words.slice(0, -1).join(" ")) === "credential") {
    words.pop();
  }
  const stripped = words.join("_");
  if (credentialNameVerdict(stripped) !== "credential") return undefined;
  return { ...make("name", name, n, undefined, credentialKind(stripped)), description: `the value under ${shortText(context, n)}` };
}

function credentialKeyText(text: string, node: TSESTree.Node): Credential | undefined {
  if (text.length > 200 || credentialNameVerdict(text) !== "credential") return undefined;
  return make("name", text, node);
}

/** The static text of a template / concatenation, holes replaced by a space (`token_${id}` → `token_ `). */
function staticParts(context: AnyContext, node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === "TemplateLiteral") return n.quasis.map((quasi) => quasi.value.cooked ?? "").join(" ");
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const left = staticString(context, n.left) ?? staticParts(context, n.left);
    const right = staticString(context, n.right) ?? staticParts(context, n.right);
    if (left === undefined && right === undefined) return undefined;
    return `${left ?? " "} ${right ?? " "}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The search
// ---------------------------------------------------------------------------------------------

function make(origin: CredentialOrigin, name: string, node: TSESTree.Node, detail?: string, kind?: CredentialKind): Credential {
  return { name, origin, description: describe(origin, name, detail), node, kind: kind ?? credentialKind(name) };
}

function describe(origin: CredentialOrigin, name: string, detail: string | undefined): string {
  switch (origin) {
    case "sign":
      return name === "token" && detail ? `the token returned by ${detail}` : `"${name}" returned by ${detail ?? "a sign call"}`;
    case "login-response":
      return `"${name}" from the ${detail ?? "login"} response`;
    case "authorization-header":
      return name.endsWith(" header") ? `the ${name}` : `"${name}" from the ${detail ?? "Authorization"} header`;
    case "container":
      return `an object holding ${detail ?? `"${name}"`}`;
    default:
      return `"${name}"`;
  }
}

/** The same credential, recognised through a variable or property with a credential name: `const token = jwt.sign(…)`. */
function renamed(found: Credential, name: string, node: TSESTree.Node): Credential {
  if (found.origin === "name" || found.origin === "container") return make("name", name, node);
  const detail = detailOf(found);
  return { ...make(found.origin, name, node, detail), kind: credentialKind(name) === "other" ? found.kind : credentialKind(name) };
}

/** Recovers the origin detail (callee text, response kind, header name) of a credential. */
function detailOf(found: Credential): string | undefined {
  switch (found.origin) {
    case "sign": {
      const at = found.description.indexOf(" returned by ");
      return at >= 0 && at + 13 < found.description.length ? found.description.slice(at + 13) : undefined;
    }
    case "login-response": {
      const match = / from the (\w+) response$/u.exec(found.description);
      return match?.[1];
    }
    case "authorization-header": {
      const match = /(?:^the |from the )(\S+) header$/u.exec(found.description);
      return match?.[1];
    }
    default:
      return undefined;
  }
}

function contained(inner: Credential, node: TSESTree.Node): Credential {
  if (inner.origin === "container") return { ...inner, node };
  return { name: inner.name, origin: "container", description: describe("container", inner.name, inner.description), node, kind: inner.kind };
}

function analyze(context: AnyContext, node: TSESTree.Node, search: Search): Credential | undefined {
  const n = unwrap(node);
  if (search.depth > MAX_DEPTH || search.visiting.has(n)) return undefined;
  search.visiting.add(n);
  const inner: Search = { depth: search.depth + 1, visiting: search.visiting };
  try {
    const found = analyzeNode(context, n, inner);
    if (found || (n.type !== "Identifier" && n.type !== "MemberExpression" && n.type !== "CallExpression" && n.type !== "AwaitExpression")) return found;
    if (n.type === "Identifier" && credentialNameVerdict(n.name) === "excluded") return undefined;
    const body = loginBody(context, n, 0);
    return body ? { ...make("login-response", `${body} response`, n, body, "token"), description: `the ${body} response` } : undefined;
  } finally {
    search.visiting.delete(n);
  }
}

function analyzeNode(context: AnyContext, n: TSESTree.Node, search: Search): Credential | undefined {
  switch (n.type) {
    case "ChainExpression":
      return analyze(context, n.expression, search);
    case "AwaitExpression":
      return analyze(context, n.argument, search);
    case "Identifier":
      return identifierCredential(context, n, search);
    case "MemberExpression":
      return memberCredential(context, n, search);
    case "CallExpression":
      return callCredential(context, n, search);
    case "ObjectExpression":
      return objectCredential(context, n, search);
    case "ArrayExpression": {
      for (const element of n.elements) {
        if (!element) continue;
        const found = analyze(context, element.type === "SpreadElement" ? element.argument : element, search);
        if (found) return contained(found, n);
      }
      return undefined;
    }
    case "TemplateLiteral":
      return embedded(context, n, templatePieces(n), search);
    case "BinaryExpression":
      return n.operator === "+" ? embedded(context, n, concatenationPieces(n), search) : undefined;
    case "LogicalExpression":
      if (n.operator === "&&") return analyze(context, n.right, search);
      return analyze(context, n.left, search) ?? analyze(context, n.right, search);
    case "ConditionalExpression":
      return analyze(context, n.consequent, search) ?? analyze(context, n.alternate, search);
    case "AssignmentExpression":
      return analyze(context, n.right, search);
    case "SequenceExpression":
      return analyze(context, n.expressions[n.expressions.length - 1], search);
    case "Literal":
      return typeof n.value === "string" && looksLikeJwt(n.value) ? { ...make("name", "JWT", n, undefined, "token"), description: "a JWT literal" } : undefined;
    default:
      return undefined;
  }
}

// --- identifiers ------------------------------------------------------------------------------

function identifierCredential(context: AnyContext, n: TSESTree.Identifier, search: Search): Credential | undefined {
  if (n.name === "undefined") return undefined;
  const verdict = credentialNameVerdict(n.name);
  if (verdict === "excluded") return undefined;
  const flow = identifierFlow(context, n, search);
  if (verdict !== "credential") return flow;
  if (flow && flow.origin !== "name" && flow.origin !== "container") return renamed(flow, n.name, n);
  if (holdsNameConstant(context, n)) return undefined;
  return make("name", n.name, n);
}

/** `const AUTH_HEADER = "Authorization"`, `const TOKEN = "token"`: a constant holding a name, not a credential. */
function holdsNameConstant(context: AnyContext, n: TSESTree.Identifier): boolean {
  const value = staticValue(context, n);
  if (!value || typeof value.value !== "string") return false;
  const text = value.value;
  return text.length === 0 || (text.length <= 40 && /^[A-Za-z][\w.-]*$/u.test(text) && !/\d/u.test(text) && credentialNameVerdict(text) !== "neutral");
}

/** Where a variable's value comes from: its initializer, later assignments, the pattern it is destructured with, a callback parameter. */
function identifierFlow(context: AnyContext, n: TSESTree.Identifier, search: Search): Credential | undefined {
  const variable = variableOf(context, n);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type === "Variable") {
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id.type === "Identifier") {
      const writes: TSESTree.Node[] = [];
      if (declarator.init) writes.push(declarator.init);
      for (const reference of variable.references) {
        if (reference.init || !reference.isWrite() || !reference.writeExpr) continue;
        writes.push(reference.writeExpr as TSESTree.Node);
        if (writes.length > 4) break;
      }
      for (const write of writes) {
        const found = analyze(context, write, search);
        if (found) return found;
      }
      return undefined;
    }
    if (!declarator.init) return undefined;
    const path = patternPath(declarator.id, variable.identifiers[0] as TSESTree.Node);
    return path ? destructured(context, declarator.init, path, search) : undefined;
  }
  if (def.type === "Parameter") return parameterFlow(context, def.node as TSESTree.Node, variable.identifiers[0] as TSESTree.Node, search);
  return undefined;
}

/** The property path from a binding pattern to one of its identifiers: `{ data: { token: t } }` → `["data", "token"]`. */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Node, depth = 0): string[] | undefined {
  if (depth > 6) return undefined;
  if (pattern === target) return [];
  switch (pattern.type) {
    case "ObjectPattern":
      for (const property of pattern.properties) {
        if (property.type === "RestElement") continue;
        const inner = patternPath(property.value, target, depth + 1);
        if (!inner) continue;
        const name = staticKeyName(property.key, property.computed);
        return name === null ? undefined : [name, ...inner];
      }
      return undefined;
    case "ArrayPattern":
      for (let i = 0; i < pattern.elements.length; i++) {
        const element = pattern.elements[i];
        if (!element || element.type === "RestElement") continue;
        const inner = patternPath(element, target, depth + 1);
        if (inner) return [String(i), ...inner];
      }
      return undefined;
    case "AssignmentPattern":
      return patternPath(pattern.left, target, depth + 1);
    default:
      return undefined;
  }
}

/** `const { data: { accessToken } } = await axios.post("/login")`, `const { authorization } = req.headers`. */
function destructured(context: AnyContext, init: TSESTree.Node, path: readonly string[], search: Search): Credential | undefined {
  const names = path.filter((segment) => !/^\d+$/u.test(segment));
  if (names.length === 0) {
    // `const [token] = …`: an element of the value.
    return analyze(context, init, search);
  }
  const last = names[names.length - 1];
  if (names.some((name) => METADATA_OBJECTS.has(name.toLowerCase()) && name !== last)) return undefined;
  const header = headerFromHolder(context, init, names);
  if (header) return header;
  const verdict = credentialNameVerdict(last);
  if (verdict === "excluded") return undefined;
  const response = loginResponseOf(context, init, search);
  if (verdict === "credential") return response ? make("login-response", last, init, response) : make("name", last, init);
  if (response && LOGIN_RESPONSE_FIELDS.has(last)) return make("login-response", last, init, response, "token");
  // A constant object literal: `const { token } = { token: jwt.sign(…) }`.
  const source = unwrap(init);
  if (source.type === "ObjectExpression" && names.length === 1) {
    for (const property of source.properties) {
      if (property.type === "Property" && staticKeyName(property.key, property.computed) === last) return analyze(context, property.value, search);
    }
  }
  return undefined;
}

/** A callback parameter that receives a credential: `.then((token) => …)` of a token promise, jsonwebtoken's `sign(…, (err, token) => …)`. */
function parameterFlow(context: AnyContext, fn: TSESTree.Node, param: TSESTree.Node, search: Search): Credential | undefined {
  if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") return undefined;
  const index = fn.params.indexOf(param as TSESTree.Parameter);
  const call = fn.parent;
  if (index < 0 || call?.type !== "CallExpression" || !call.arguments.includes(fn)) return undefined;
  const callee = unwrap(call.callee);
  if (index === 0 && callee.type === "MemberExpression" && memberName(callee) === "then" && call.arguments[0] === fn) {
    return analyze(context, callee.object, search);
  }
  if (index === 1 && signCalls(context).has(call)) return make("sign", "token", call, signCalls(context).get(call));
  return undefined;
}

// --- member reads -----------------------------------------------------------------------------

function memberCredential(context: AnyContext, n: TSESTree.MemberExpression, search: Search): Credential | undefined {
  const header = headerRead(context, n);
  if (header) return header;
  let name = memberName(n);
  if (name === null && n.computed) name = staticString(context, n.property) ?? null;
  if (name === null) return undefined;
  if (/^\d+$/u.test(name)) return analyze(context, n.object, search);
  const verdict = credentialNameVerdict(name);
  if (verdict === "excluded") return undefined;
  // Only these names can carry a credential (below): skip the chain walk for the others.
  if (verdict !== "credential" && name !== "current" && name !== "value" && !LOGIN_RESPONSE_FIELDS.has(name)) return undefined;
  // `errors.password`, `labels.token`, `EnvNames.MSI_SECRET`: objects that hold names or metadata about credentials.
  if (chainNames(n.object).some((part) => METADATA_OBJECTS.has(part.toLowerCase()) || /names$/iu.test(part))) return undefined;
  if (verdict === "credential") {
    const response = loginResponseOf(context, n.object, search);
    return response ? make("login-response", name, n, response) : make("name", name, n);
  }
  if (name === "current" || name === "value") {
    const element = elementCredential(n.object);
    if (element) return element;
    return analyze(context, n.object, search);
  }
  if (LOGIN_RESPONSE_FIELDS.has(name)) {
    const response = loginResponseOf(context, n.object, search);
    if (response) return make("login-response", name, n, response, "token");
  }
  return undefined;
}

/** `passwordInput.value`, `tokenField.current.value`: the element names the credential it holds. */
function elementCredential(object: TSESTree.Node): Credential | undefined {
  const names = chainNames(object);
  const owner = names.filter((part) => part !== "current").pop();
  if (!owner) return undefined;
  const words = splitWords(owner);
  if (words.length < 2 || !ELEMENT_WORDS.has(words[words.length - 1])) return undefined;
  const stripped = words.slice(0, -1).join("_");
  return credentialNameVerdict(stripped) === "credential" ? make("name", owner, object, undefined, credentialKind(stripped)) : undefined;
}

/** `req.headers.authorization`, `request.headers["x-auth-token"]`, `event.headers.Cookie`. */
function headerRead(context: AnyContext, n: TSESTree.MemberExpression): Credential | undefined {
  let name = memberName(n);
  if (name === null && n.computed) name = staticString(context, n.property) ?? null;
  if (name === null) return undefined;
  const header = CREDENTIAL_HEADERS.get(name.toLowerCase());
  if (!header) return undefined;
  const owner = chainNames(n.object).pop()?.toLowerCase();
  if (owner !== "headers" && owner !== "header") return undefined;
  return make("authorization-header", `${header} header`, n, header, header === "Cookie" ? "session-id" : "token");
}

/** `const { authorization } = req.headers`. */
function headerFromHolder(context: AnyContext, init: TSESTree.Node, names: readonly string[]): Credential | undefined {
  if (names.length !== 1) return undefined;
  const header = CREDENTIAL_HEADERS.get(names[0].toLowerCase());
  if (!header) return undefined;
  const owner = chainNames(init).pop()?.toLowerCase();
  if (owner !== "headers" && owner !== "header") return undefined;
  return make("authorization-header", `${header} header`, init, header, header === "Cookie" ? "session-id" : "token");
}

// --- calls ------------------------------------------------------------------------------------

function callCredential(context: AnyContext, n: TSESTree.CallExpression, search: Search): Credential | undefined {
  const signed = signCalls(context).get(n);
  if (signed !== undefined) return make("sign", "token", n, signed);
  const callee = unwrap(n.callee);
  const first = n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? n.arguments[0] : undefined;

  if (callee.type === "MemberExpression") {
    const method = memberName(callee);
    if (method === null) return undefined;
    // Header reads: `headers.get("Authorization")`, `req.get("authorization")`, `ctx.header("x-auth-token")`.
    if (first && HEADER_READS.has(method)) {
      const headerName = staticString(context, first);
      const header = headerName ? CREDENTIAL_HEADERS.get(headerName.toLowerCase()) : undefined;
      if (header && (header !== "Cookie" || method !== "get" || isRequestLike(callee.object))) {
        return make("authorization-header", `${header} header`, n, header, header === "Cookie" ? "session-id" : "token");
      }
    }
    if (isGlobalMember(context, callee, "JSON", "stringify") || isGlobalMember(context, callee, "JSON", "parse") || isGlobalMember(context, callee, "Object", "freeze")) {
      return first ? analyze(context, first, search) : undefined;
    }
    if (isGlobalMember(context, callee, "Object", "assign") || isGlobalMember(context, callee, "Buffer", "from")) {
      for (const argument of n.arguments) {
        const found = analyze(context, argument.type === "SpreadElement" ? argument.argument : argument, search);
        if (found) return isGlobalMember(context, callee, "Object", "assign") ? contained(found, n) : found;
      }
      return undefined;
    }
    if (STRING_PASS_THROUGH.has(method)) {
      const found = analyze(context, callee.object, search);
      if (found) return found;
    }
    // Reads by key: `localStorage.getItem("token")`, `Cookies.get("jwt")`, `params.get("access_token")`.
    if (first && KEYED_READS.has(method)) {
      const key = credentialKey(context, first);
      if (key) return make("name", key.name, n, undefined, key.kind);
      return undefined;
    }
    return namedCall(method, n);
  }
  if (callee.type === "Identifier") {
    if (GLOBAL_PASS_THROUGH.has(callee.name) && variableOf(context, callee)?.defs.length !== 1) {
      return first ? analyze(context, first, search) : undefined;
    }
    return namedCall(callee.name, n);
  }
  return undefined;
}

function isRequestLike(node: TSESTree.Node): boolean {
  const owner = chainNames(node).pop()?.toLowerCase() ?? "";
  return owner === "headers" || owner === "req" || owner === "request" || owner === "ctx" || owner === "context" || owner === "event";
}

/**
 * A call whose name says it returns a credential: `getAccessToken()`, `auth.getToken()`,
 * `session.getSessionId()`. "auth" alone is not enough here (`getAuth()`, `useAuth()` return
 * objects), and hooks are left alone.
 */
function namedCall(name: string, call: TSESTree.CallExpression): Credential | undefined {
  const words = splitWords(name);
  if (words[0] === "use" || words[0] === "set" || words[0] === "remove" || words[0] === "clear" || words[0] === "delete" || words[0] === "has" || words[0] === "is") return undefined;
  if (credentialNameVerdict(name) !== "credential") return undefined;
  const strong = words.filter((word) => word !== "auth" && word !== "get" && word !== "fetch" && word !== "read" && word !== "load");
  const phrase = words.join(" ");
  if (credentialNameVerdict(strong.join("_")) !== "credential" && !phrase.includes("auth header")) return undefined;
  const label = words.filter((word) => word !== "get" && word !== "fetch" && word !== "read" && word !== "load");
  return make("name", name, call, undefined, credentialKind(label.join("_")));
}

/** Every JWT sign call of the file (payload → token), with its callee text. */
const signCache = new WeakMap<object, Map<TSESTree.Node, string>>();

function signCalls(context: AnyContext): Map<TSESTree.Node, string> {
  const ast = context.sourceCode.ast as object;
  let calls = signCache.get(ast);
  if (!calls) {
    calls = new Map();
    for (const jwtCall of findJwtCalls(context, (api) => api.operation === "sign" && !api.returnsWorker)) {
      if (jwtCall.call.kind !== "call") continue;
      calls.set(jwtCall.call.node, shortText(context, jwtCall.call.callee));
    }
    signCache.set(ast, calls);
  }
  return calls;
}

function shortText(context: AnyContext, node: TSESTree.Node): string {
  const text = context.sourceCode.getText(node).replace(/\s+/gu, "");
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

// --- login responses --------------------------------------------------------------------------

/**
 * The kind of response the value is part of, when it comes from a login, refresh or token
 * call: `await axios.post("/api/login", …)`, `(await fetch("/oauth/token", …)).json()`,
 * `await authApi.signIn(…)`, a `.then((res) => …)` parameter of such a call.
 */
function loginResponseOf(context: AnyContext, node: TSESTree.Node, search: Search): ResponseKind | undefined {
  let current: TSESTree.Node = unwrap(node);
  for (let step = 0; step < 24 && search.depth + step < MAX_DEPTH * 3; step++) {
    switch (current.type) {
      case "ChainExpression":
        current = unwrap(current.expression);
        continue;
      case "AwaitExpression":
        current = unwrap(current.argument);
        continue;
      case "MemberExpression":
        current = unwrap(current.object);
        continue;
      case "CallExpression": {
        const kind = loginCall(context, current);
        if (kind) return kind;
        const callee = unwrap(current.callee);
        if (callee.type === "MemberExpression" && RESPONSE_PLUMBING.has(memberName(callee) ?? "")) {
          current = unwrap(callee.object);
          continue;
        }
        return undefined;
      }
      case "Identifier": {
        const variable = variableOf(context, current);
        if (!variable || variable.defs.length !== 1) return undefined;
        const def = variable.defs[0];
        if (def.type === "Variable") {
          const init = (def.node as TSESTree.VariableDeclarator).init;
          if (!init) return undefined;
          current = unwrap(init);
          continue;
        }
        if (def.type === "Parameter") {
          const fn = def.node as TSESTree.Node;
          const call = fn.parent;
          if (call?.type !== "CallExpression" || call.arguments[0] !== fn) return undefined;
          const callee = unwrap(call.callee);
          if (callee.type !== "MemberExpression" || memberName(callee) !== "then") return undefined;
          current = unwrap(callee.object);
          continue;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** A call to a login / refresh / token endpoint, by the function's name or by its URL. */
function loginCall(context: AnyContext, call: TSESTree.CallExpression): ResponseKind | undefined {
  const callee = unwrap(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
  if (name) {
    const kind = responseKind(splitWords(name), false);
    if (kind) return kind;
  }
  return loginUrlCall(context, call);
}

/** A request whose URL names a login / refresh / token endpoint: `axios.post("/api/login", …)`, `fetch("/oauth/token", …)`. */
function loginUrlCall(context: AnyContext, call: TSESTree.CallExpression): ResponseKind | undefined {
  const callee = unwrap(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return undefined;
  let url = staticString(context, first) ?? staticParts(context, first);
  let method = name ?? "";
  if (url === undefined) {
    // axios({ url, method }) / request config objects
    const config = unwrap(first);
    if (config.type === "ObjectExpression") {
      for (const property of config.properties) {
        if (property.type !== "Property") continue;
        const key = staticKeyName(property.key, property.computed);
        if (key === "url") url = staticString(context, property.value) ?? staticParts(context, property.value);
        if (key === "method") method = staticString(context, property.value) ?? method;
      }
    }
  }
  const second = call.arguments[1];
  if (second && second.type === "ObjectExpression") {
    for (const property of second.properties) {
      if (property.type === "Property" && staticKeyName(property.key, property.computed) === "method") method = staticString(context, property.value) ?? method;
    }
  }
  if (url === undefined || url.length > 500) return undefined;
  return responseKind(splitWords(url), method.toLowerCase() === "post");
}

function responseKind(words: readonly string[], post: boolean): ResponseKind | undefined {
  if (words.includes("csrf") || words.includes("xsrf")) return undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (LOGIN_WORDS.has(word) || ((word === "sign" || word === "log") && next === "in")) return "login";
  }
  if (words.includes("refresh")) return "refresh";
  if (words.includes("token") || words.includes("oauth")) return "token";
  if (post && words.includes("auth")) return "login";
  return undefined;
}

/**
 * The whole body of a response from a login / refresh / token endpoint identified by its URL: it
 * holds the token even when no property is read (`JSON.stringify(data)` of
 * `const { data } = await axios.post("/api/login", …)`, `await res.json()` of a `fetch` to
 * `/oauth/token`, the value an Angular `http.post("/users/authenticate", …)` emits to
 * `.subscribe(user => …)` or `.pipe(map(user => …))`). Function names alone (`login()`) are not
 * enough here: such a function may return a user, a flag or nothing.
 */
function loginBody(context: AnyContext, node: TSESTree.Node, depth: number): ResponseKind | undefined {
  if (depth > 8) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case "AwaitExpression":
      return loginBody(context, n.argument, depth + 1);
    case "ChainExpression":
      return loginBody(context, n.expression, depth + 1);
    case "MemberExpression":
      // axios: `(await axios.post(url)).data`, `res.data`
      return memberName(n) === "data" ? axiosLoginExchange(context, n.object, depth + 1) : undefined;
    case "CallExpression": {
      const callee = unwrap(n.callee);
      if (callee.type !== "MemberExpression") return undefined;
      const method = memberName(callee);
      // fetch: `res.json()` of a login response; `fetch(url).then((r) => r.json())`
      if (method === "json") return fetchLoginExchange(context, callee.object, depth + 1);
      if (method === "then") {
        const callback = n.arguments[0];
        if (callback && (callback.type === "ArrowFunctionExpression" || callback.type === "FunctionExpression")) {
          const returned = callback.body.type === "BlockStatement" ? singleReturn(callback.body) : callback.body;
          const param = callback.params[0];
          const result = returned ? unwrap(returned) : undefined;
          if (result?.type === "CallExpression" && param?.type === "Identifier") {
            const inner = unwrap(result.callee);
            if (inner.type === "MemberExpression" && memberName(inner) === "json" && unwrap(inner.object).type === "Identifier" && (unwrap(inner.object) as TSESTree.Identifier).name === param.name) {
              return fetchLoginExchange(context, callee.object, depth + 1);
            }
          }
        }
      }
      return undefined;
    }
    case "Identifier": {
      const variable = variableOf(context, n);
      if (!variable || variable.defs.length !== 1) return undefined;
      const def = variable.defs[0];
      if (def.type === "Variable") {
        const declarator = def.node as TSESTree.VariableDeclarator;
        if (!declarator.init) return undefined;
        if (declarator.id.type === "Identifier") return loginBody(context, declarator.init, depth + 1);
        // `const { data } = await axios.post("/api/login", …)`
        const path = patternPath(declarator.id, variable.identifiers[0] as TSESTree.Node);
        return path?.length === 1 && path[0] === "data" ? axiosLoginExchange(context, declarator.init, depth + 1) : undefined;
      }
      if (def.type !== "Parameter") return undefined;
      const fn = def.node as TSESTree.Node;
      if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") return undefined;
      if (fn.params[0] !== variable.identifiers[0]) return undefined;
      const call = fn.parent;
      if (call?.type !== "CallExpression" || call.arguments[0] !== fn) return undefined;
      const callee = unwrap(call.callee);
      if (callee.type === "MemberExpression" && memberName(callee) === "then") return loginBody(context, callee.object, depth + 1);
      // RxJS (Angular HttpClient emits the body): `.subscribe(body => …)`, `.pipe(map(body => …))`
      if (callee.type === "MemberExpression" && memberName(callee) === "subscribe") return observableLoginExchange(context, callee.object, depth + 1);
      const operator = callee.type === "Identifier" ? callee.name : null;
      const pipe = call.parent;
      if (operator && RX_OPERATORS.has(operator) && pipe?.type === "CallExpression") {
        const pipeCallee = unwrap(pipe.callee);
        if (pipeCallee.type === "MemberExpression" && memberName(pipeCallee) === "pipe" && pipe.arguments[0] === call) return observableLoginExchange(context, pipeCallee.object, depth + 1);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** RxJS operators whose callback receives the emitted value. */
const RX_OPERATORS = new Set(["map", "tap", "switchMap", "mergeMap", "concatMap", "exhaustMap"]);

function singleReturn(body: TSESTree.BlockStatement): TSESTree.Node | undefined {
  const returns = body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === "ReturnStatement");
  return returns.length === 1 ? (returns[0].argument ?? undefined) : undefined;
}

/** The awaited result of a login request other than `fetch` (axios and clients shaped like it), through variables. */
function axiosLoginExchange(context: AnyContext, node: TSESTree.Node, depth: number): ResponseKind | undefined {
  const call = requestCall(context, node, depth);
  if (!call || isFetch(call)) return undefined;
  return loginUrlCall(context, call);
}

/** The awaited `Response` of a `fetch` (or ky-like) login request, through variables and `.then` plumbing. */
function fetchLoginExchange(context: AnyContext, node: TSESTree.Node, depth: number): ResponseKind | undefined {
  const call = requestCall(context, node, depth);
  return call ? loginUrlCall(context, call) : undefined;
}

/** An Angular-style observable of a login request (`this.http.post(url, body)`), maybe already piped. */
function observableLoginExchange(context: AnyContext, node: TSESTree.Node, depth: number): ResponseKind | undefined {
  let current = unwrap(node);
  for (let i = 0; i < 6 && current.type === "CallExpression"; i++) {
    const callee = unwrap(current.callee);
    if (callee.type === "MemberExpression" && memberName(callee) === "pipe") {
      current = unwrap(callee.object);
      continue;
    }
    break;
  }
  const call = requestCall(context, current, depth);
  return call && !isFetch(call) ? loginUrlCall(context, call) : undefined;
}

/** The request call an expression (a variable, `await x`) evaluates to. */
function requestCall(context: AnyContext, node: TSESTree.Node, depth: number): TSESTree.CallExpression | undefined {
  let current = unwrap(node);
  for (let i = 0; i < 6 + depth; i++) {
    if (current.type === "AwaitExpression") current = unwrap(current.argument);
    else if (current.type === "Identifier") {
      const variable = variableOf(context, current);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type === "Parameter") {
        // `axios.post(url).then((res) => res.data)`
        const fn = def.node as TSESTree.Node;
        const call = fn.parent;
        const callee = call?.type === "CallExpression" && call.arguments[0] === fn ? unwrap(call.callee) : undefined;
        if (!callee || callee.type !== "MemberExpression" || memberName(callee) !== "then" || (fn as TSESTree.FunctionLike).params?.[0] !== variable!.identifiers[0]) return undefined;
        current = unwrap(callee.object);
        continue;
      }
      const declarator = def?.type === "Variable" ? (def.node as TSESTree.VariableDeclarator) : undefined;
      if (!declarator?.init || declarator.id.type !== "Identifier") return undefined;
      current = unwrap(declarator.init);
    } else break;
  }
  return current.type === "CallExpression" ? current : undefined;
}

function isFetch(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === "Identifier" && callee.name === "fetch";
}

// --- containers -------------------------------------------------------------------------------

function objectCredential(context: AnyContext, n: TSESTree.ObjectExpression, search: Search): Credential | undefined {
  for (const property of n.properties) {
    if (property.type === "SpreadElement") {
      const found = analyze(context, property.argument, search);
      if (found) return contained(found, n);
      continue;
    }
    let key = staticKeyName(property.key, property.computed);
    if (key === null && property.computed) key = staticString(context, property.key) ?? null;
    const value = property.value;
    if (key === null) continue;
    const verdict = credentialNameVerdict(key);
    if (verdict === "excluded") continue;
    if (verdict === "credential") {
      if (isNotAValue(context, value)) continue;
      const holder = unwrap(value);
      if (holder.type === "ObjectExpression" || holder.type === "ArrayExpression") {
        const found = analyze(context, holder, search);
        if (found) return contained(found, n);
        continue;
      }
      const found = analyze(context, value, search);
      if (found && found.origin !== "name") return contained(renamed(found, key, property), n);
      return contained(make("name", key, property), n);
    }
    if (property.kind !== "init" || property.method) continue;
    const found = analyze(context, value, search);
    if (found) return contained(found, n);
  }
  return undefined;
}

/** Values that hold no credential: `null`, `""`, `false`, numbers, functions, `undefined`, JSX. */
function isNotAValue(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "Literal") return typeof n.value !== "string" || n.value === "";
  if (n.type === "Identifier" && n.name === "undefined") return true;
  if (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression" || n.type === "JSXElement" || n.type === "JSXFragment") return true;
  if (n.type === "AssignmentPattern") return true;
  if (n.type === "UnaryExpression" || (n.type === "BinaryExpression" && n.operator !== "+")) return true;
  const value = n.type === "TemplateLiteral" && n.expressions.length === 0 ? staticValue(context, n) : null;
  return !!value && value.value === "";
}

type Piece = { text: string } | { expression: TSESTree.Node };

function templatePieces(n: TSESTree.TemplateLiteral): Piece[] {
  const pieces: Piece[] = [];
  n.quasis.forEach((quasi, i) => {
    pieces.push({ text: quasi.value.cooked ?? "" });
    if (i < n.expressions.length) pieces.push({ expression: n.expressions[i] });
  });
  return pieces;
}

function concatenationPieces(n: TSESTree.Node, depth = 0): Piece[] {
  const u = unwrap(n);
  if (depth < 32 && u.type === "BinaryExpression" && u.operator === "+") {
    return [...concatenationPieces(u.left, depth + 1), ...concatenationPieces(u.right, depth + 1)];
  }
  if (u.type === "Literal" && typeof u.value === "string") return [{ text: u.value }];
  if (u.type === "TemplateLiteral") return templatePieces(u);
  return [{ expression: u }];
}

/**
 * A string built around a credential: `token=${t}` (a credential-named key before the value),
 * `Bearer ${x}`, or any embedded credential. A key the vocabulary excludes (`csrf_token=`) makes
 * its value a non-credential.
 */
function embedded(context: AnyContext, n: TSESTree.Node, pieces: readonly Piece[], search: Search): Credential | undefined {
  let before = "";
  for (const piece of pieces) {
    if ("text" in piece) {
      before += piece.text;
      continue;
    }
    const key = assignedKeyBefore(before.slice(-80));
    const verdict = key !== undefined ? credentialNameVerdict(key) : "neutral";
    if (verdict !== "excluded" && !isNotAValue(context, piece.expression)) {
      const found = analyze(context, piece.expression, search);
      if (found) return found;
      if (verdict === "credential" && key !== undefined) return make("name", key, piece.expression);
      if (/\bbearer\s+$/iu.test(before)) return { ...make("name", "Bearer token", piece.expression, undefined, "token"), description: "a bearer token" };
    }
    before = "";
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Keyed writes: a storage slot, a cookie, a query parameter
// ---------------------------------------------------------------------------------------------

/** A write of `value` under a name: `setItem(key, value)`, `Cookies.set(name, value)`, `params.set(name, value)`, `token=${value}`. */
export interface KeyedWrite {
  /** The key / name expression. */
  key?: TSESTree.Node;
  /** The key when it is spelled as a property name (`localStorage.token = …`); takes precedence over `key`. */
  keyName?: string;
  /** The value written. */
  value?: TSESTree.Node;
}

/** A name of a value readable by design (double-submit CSRF tokens): `csrfToken`, `XSRF-TOKEN`, Django's `csrftoken`. */
export function isCsrfName(name: string): boolean {
  return splitWords(name).some((word) => word.includes("csrf") || word.includes("xsrf"));
}

/** True for a credential recognised by where it comes from rather than by a name. */
export function isFlowCredential(credential: Credential): boolean {
  return credential.origin === "sign" || credential.origin === "login-response" || credential.origin === "authorization-header";
}

/**
 * The credential a keyed write stores, if any:
 * - never for CSRF keys (`csrfToken`, `XSRF-TOKEN`), and never when the value stores nothing
 *   (`null`, `undefined`, `""`, booleans, numbers: clearing a slot or writing a flag);
 * - the value's credential when it carries one (its description says where it came from);
 * - otherwise the key's, when the key names a credential (`"token"`, `TOKEN_KEY`);
 * - a key the vocabulary excludes (`tokenExpiry`, `tokenType`) only reports a value that is a
 *   credential by data flow (a sign call, a login response, the Authorization header).
 */
export function credentialWrite(context: AnyContext, write: KeyedWrite): Credential | undefined {
  try {
    let keyCredentialFound: Credential | undefined;
    let keyText: string | undefined;
    if (write.keyName !== undefined) {
      keyText = write.keyName;
      if (credentialNameVerdict(keyText) === "credential") keyCredentialFound = make("name", keyText, write.key ?? context.sourceCode.ast);
    } else if (write.key) {
      keyCredentialFound = credentialKey(context, write.key);
      keyText = staticString(context, write.key) ?? context.sourceCode.getText(write.key);
    }
    if (keyText !== undefined && isCsrfName(keyText)) return undefined;
    if (write.value && storesNothing(context, write.value)) return undefined;
    const value = write.value ? credentialIn(context, write.value) : undefined;
    const excluded = !keyCredentialFound && keyText !== undefined && credentialNameVerdict(keyText) === "excluded";
    if (excluded) return value && isFlowCredential(value) ? value : undefined;
    return value ?? keyCredentialFound;
  } catch {
    return undefined;
  }
}

/** A value that stores nothing: `null`, `undefined`, `""`, booleans and numbers (flags, counters). */
export function storesNothing(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier" && n.name === "undefined") return true;
  const value = n.type === "Literal" || n.type === "TemplateLiteral" || n.type === "UnaryExpression" ? staticValue(context, n) : null;
  if (!value) return false;
  if (typeof value.value === "string") return FLAG_STRINGS.has(value.value.trim().toLowerCase());
  return value.value === null || value.value === undefined || typeof value.value === "boolean" || typeof value.value === "number";
}

/** String values that are flags, not secrets: `setItem("auth", "true")`. */
const FLAG_STRINGS = new Set(["", "true", "false", "yes", "no", "on", "off", "0", "1", "null", "undefined"]);
