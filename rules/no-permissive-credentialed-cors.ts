/**
 * With `credentials: true`, a CORS policy decides which other websites may send requests that
 * carry the user's cookies and read the answers. Echoing whatever Origin arrives (`origin: true`,
 * a callback that always says yes, `res.setHeader("Access-Control-Allow-Origin", req.headers.origin)`)
 * hands every website the user's session; the `null` origin is what sandboxed iframes send; an
 * unanchored pattern matches `https://example.com.attacker.net`.
 *
 * Policy only: CORS libraries, their option positions and defaults live in src/models/cors.ts.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentsUnknownFrom, isFunction, memberName, staticKeyName, unwrap, walk } from "../src/analysis/ast.js";
import { arrayElements, readOption, resolveFunction, resolveNode, staticValue } from "../src/analysis/values.js";
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN, HEADER_SETTERS, findCorsConfigs, mayAllowCredentials, mayConfigureCors, mentionsCorsHeader, type CorsApi, type CorsConfig } from "../src/models/cors.js";

export type Options = [];
export type MessageIds = "wildcard" | "reflected" | "nullOrigin" | "unanchored" | "substringOrigin";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default createRule<MessageIds, Options>({
  name: "no-permissive-credentialed-cors",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow credentialed CORS that trusts every origin, reflects the request origin, or trusts the null origin",
      recommended: "recommended",
      owasp: ["html5#cross-origin-resource-sharing", "httpHeaders#access-control-allow-origin", "rest#cors"],
      cwe: [942, 346],
      asvs: ["v5.0.0-3.4.2", "v5.0.0-3.5.2", "v4.0.3-14.5.3", "v4.0.3-14.5.2"],
      rfc: ["WHATWG Fetch CORS protocol"],
      securitySeverity: 8.1,
    },
    schema: [],
    messages: {
      wildcard:
        "{{api}} allows credentials for every origin ({{origin}}): list the trusted origins explicitly (browsers refuse '*' with credentials, and the usual \"fix\" of echoing the Origin opens the API to every website).",
      reflected:
        "{{api}} echoes the request's Origin with credentials allowed ({{how}}), so any website can send requests with the user's cookies and read the responses: check the Origin against an explicit allow-list.",
      nullOrigin:
        "{{api}} trusts the \"null\" origin with credentials; sandboxed iframes and local files send it, so any website can use it: remove \"null\" from the allowed origins.",
      unanchored:
        "Origin pattern {{pattern}} is not anchored at {{missing}}, so an attacker-registered origin such as {{example}} also matches: anchor it with ^ and $ and escape the dots.",
      substringOrigin:
        "{{api}} matches the origin \"{{origin}}\" as a substring of the request's Origin, so an attacker-registered origin such as {{example}} also matches: write the full origin with its scheme (\"https://{{origin}}\").",
    },
    messageReferences: {
      reflected: { owasp: "html5#cross-origin-resource-sharing", cwe: 346 },
      nullOrigin: { owasp: "html5#cross-origin-resource-sharing", cwe: 346 },
      unanchored: { owasp: "html5#cross-origin-resource-sharing", cwe: 346 },
      substringOrigin: { owasp: "html5#cross-origin-resource-sharing", cwe: 346 },
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report is about a policy that allows credentials.
    if (!mayAllowCredentials(context)) return {};
    const headerCalls: TSESTree.CallExpression[] = [];
    const headerObjects: TSESTree.ObjectExpression[] = [];
    const headerLists: TSESTree.ArrayExpression[] = [];
    // Header names are always spelled out in the file (a literal or a constant of it): without one, skip the per-node work.
    if (!mentionsCorsHeader(context)) {
      if (!mayConfigureCors(context)) return {};
      return {
        "Program:exit"() {
          for (const config of findCorsConfigs(context)) checkConfig(context, config);
        },
      };
    }
    return {
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (callee.type !== "MemberExpression") return;
        const name = memberName(callee);
        if (name === null || !HEADER_SETTERS.has(name) || node.arguments.length < 2) return;
        if (headerName(context, node.arguments[0]) !== undefined) headerCalls.push(node);
      },
      ObjectExpression(node) {
        if (node.properties.length >= 2) headerObjects.push(node);
      },
      ArrayExpression(node) {
        if (node.elements.length >= 2) headerLists.push(node);
      },
      "Program:exit"() {
        for (const config of findCorsConfigs(context)) checkConfig(context, config);
        checkHeaderCalls(context, headerCalls);
        for (const object of headerObjects) checkHeaderObject(context, object);
        for (const list of headerLists) checkHeaderList(context, list);
      },
    };
  },
});

function checkConfig(context: Context, config: CorsConfig): void {
  const { api, options, call } = config;
  if (!options && (argumentsUnknownFrom(call, api.options) || !api.credentialsDefault)) return;
  const credentials = readOption(context, options, "credentials");
  if (credentials.kind === "unknown") return;
  if (credentials.kind === "absent" ? !api.credentialsDefault : (credentials.value ?? staticValue(context, credentials.node))?.value !== true) return;
  const origin = readOption(context, options, "origin");
  if (origin.kind === "unknown") return;
  if (origin.kind === "absent") {
    const node = options ? resolveNode(context, options) : call;
    if (api.missingOrigin === "reflect") {
      const how = api.credentialsDefault && !options ? "its defaults reflect the request's Origin with credentials" : "no origin is set, so it sends the request's Origin";
      context.report({ node, messageId: "reflected", data: { api: api.name, how } });
    } else {
      context.report({ node, messageId: "wildcard", data: { api: api.name, origin: "no origin set: '*' by default" } });
    }
    return;
  }
  checkOriginValue(context, api, origin.node, false);
}

function checkOriginValue(context: Context, api: CorsApi, node: TSESTree.Node, inArray: boolean): void {
  const resolved = resolveNode(context, node);
  if (resolved.type === "Literal" && "regex" in resolved && resolved.regex) {
    checkPattern(context, resolved, resolved.regex.pattern);
    return;
  }
  if (isFunction(resolved) || resolved.type === "Identifier") {
    const fn = resolveFunction(context, resolved);
    const how = fn ? permissiveCallback(context, fn) : undefined;
    if (how) context.report({ node, messageId: "reflected", data: { api: api.name, how } });
    return;
  }
  if (resolved.type === "ArrayExpression") {
    const list = arrayElements(context, resolved);
    for (const element of list?.elements ?? []) checkOriginValue(context, api, element.node, true);
    return;
  }
  const value = staticValue(context, resolved)?.value;
  if (value === true && !inArray) context.report({ node, messageId: "reflected", data: { api: api.name, how: "origin: true" } });
  else if (value === "*" && api.wildcardReflects) context.report({ node, messageId: "reflected", data: { api: api.name, how: "with credentials on, '*' sends the request's Origin back" } });
  // In most libraries an array entry is matched exactly, and no browser sends the origin "*".
  else if (value === "*" && (!inArray || api.wildcardInArray)) context.report({ node, messageId: "wildcard", data: { api: api.name, origin: "'*'" } });
  else if (typeof value === "string" && value.trim().toLowerCase() === "null") context.report({ node, messageId: "nullOrigin", data: { api: api.name } });
  else if (typeof value === "string" && api.substringMatch && value !== "*" && !value.includes("://")) {
    context.report({ node, messageId: "substringOrigin", data: { api: api.name, origin: value, example: JSON.stringify(`https://${value}.attacker.net`) } });
  }
}

/** An origin pattern must match whole origins: `^https://app\.example\.com$`. */
function checkPattern(context: Context, node: TSESTree.Node, pattern: string): void {
  const start = pattern.startsWith("^");
  const end = pattern.endsWith("$") && !pattern.endsWith("\\$");
  if (start && end) return;
  const missing = !start && !end ? "either end" : start ? "the end ($)" : "the start (^)";
  const host = pattern.replace(/^\^/u, "").replace(/\$$/u, "").replace(/\\/gu, "").replace(/^https?:\/\//u, "").slice(0, 60);
  const example = !end ? `https://${host}.attacker.net` : `https://attacker-${host}`;
  context.report({ node, messageId: "unanchored", data: { pattern: `/${pattern}/`, missing, example: JSON.stringify(example) } });
}

const CHECKS = new Set(["IfStatement", "ConditionalExpression", "SwitchStatement"]);
const CHECK_METHODS = new Set(["includes", "has", "test", "endsWith", "startsWith", "indexOf", "match", "some", "find"]);

/** True when the function decides something: a branch, a short-circuit or an allow-list lookup. */
function decides(context: Context, fn: TSESTree.FunctionLike): boolean {
  let found = false;
  walk(context.sourceCode, fn.body ?? fn, (n) => {
    if (found) return false;
    if (n !== fn && isFunction(n)) return false;
    if (CHECKS.has(n.type) || (n.type === "LogicalExpression" && n.operator !== "??")) found = true;
    if (n.type === "CallExpression") {
      const callee = unwrap(n.callee);
      if (callee.type === "MemberExpression" && CHECK_METHODS.has(memberName(callee) ?? "")) found = true;
    }
    return !found;
  });
  return found;
}

/**
 * `(origin, cb) => cb(null, true)`, `(origin, cb) => cb(null, origin)`, hono `(origin) => origin`,
 * @koa/cors `(ctx) => ctx.get("Origin")`: a callback that approves every origin, described for the
 * message; `undefined` when it decides anything.
 */
function permissiveCallback(context: Context, fn: TSESTree.FunctionLike): string | undefined {
  if (!fn.body || decides(context, fn)) return undefined;
  const [first, second] = fn.params;
  const firstName = first?.type === "Identifier" ? first.name : undefined;
  const secondName = second?.type === "Identifier" ? second.name : undefined;
  let how: string | undefined;
  const returned = (value: TSESTree.Node): void => {
    const v = unwrap(value);
    if (v.type === "Identifier" && v.name === firstName) how ??= "the origin callback returns the request origin";
    else if (isOriginRead(context, v)) how ??= "the origin callback returns the request's Origin header";
    // h3 and @elysiajs/cors: a callback that answers `true` allows the origin it was asked about.
    else if (staticValue(context, v)?.value === true) how ??= "the origin callback approves every origin";
  };
  if (fn.body.type !== "BlockStatement") returned(fn.body);
  walk(context.sourceCode, fn.body, (n) => {
    if (n !== fn.body && isFunction(n)) return false;
    if (n.type === "ReturnStatement" && n.argument) returned(n.argument);
    if (n.type === "CallExpression" && secondName) {
      const callee = unwrap(n.callee);
      const approved = n.arguments[1];
      if (callee.type === "Identifier" && callee.name === secondName && approved && approved.type !== "SpreadElement") {
        const a = unwrap(approved);
        if (staticValue(context, a)?.value === true) how ??= "the origin callback approves every origin";
        else if (a.type === "Identifier" && a.name === firstName) how ??= "the origin callback approves every origin";
      }
    }
    return true;
  });
  return how;
}

/** `req.headers.origin`, `req.header("Origin")`, `req.get("origin")`, `request.headers.get("origin")`, `ctx.get("Origin")`, `ctx.request.header.origin`. */
function isOriginRead(context: Context, node: TSESTree.Node, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 4) return false;
  if (n.type === "MemberExpression") {
    if (memberName(n)?.toLowerCase() !== "origin") return false;
    const object = unwrap(n.object);
    const objectName = object.type === "MemberExpression" ? memberName(object) : object.type === "Identifier" ? object.name : null;
    return objectName === "headers" || objectName === "header";
  }
  if (n.type === "CallExpression") {
    const callee = unwrap(n.callee);
    const method = callee.type === "MemberExpression" ? memberName(callee) : null;
    const argument = n.arguments[0];
    if (!method || !["get", "header", "getHeader", "get"].includes(method) || !argument || argument.type === "SpreadElement") return false;
    return staticValue(context, argument)?.value?.toString().toLowerCase() === "origin";
  }
  if (n.type === "LogicalExpression") return isOriginRead(context, n.left, depth + 1);
  if (n.type === "Identifier") {
    const resolved = resolveNode(context, n);
    return resolved !== n && isOriginRead(context, resolved, depth + 1);
  }
  return false;
}

function headerName(context: Context, node: TSESTree.Node | undefined): string | undefined {
  if (!node || node.type === "SpreadElement") return undefined;
  const value = staticValue(context, node)?.value;
  if (typeof value !== "string") return undefined;
  const lower = value.toLowerCase();
  return lower === ALLOW_ORIGIN || lower === ALLOW_CREDENTIALS ? lower : undefined;
}

function isTrue(context: Context, node: TSESTree.Node | undefined): boolean {
  if (!node || node.type === "SpreadElement") return false;
  const value = staticValue(context, node)?.value;
  return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/** The function (or program) a node runs in. */
function ownerOf(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current && !isFunction(current) && current.type !== "Program") current = current.parent;
  return current ?? node;
}

/** The owner compares the origin before answering: `if (allowed.includes(origin))`, `allowed.has(o) ? o : ""`. */
function checksOrigin(context: Context, owner: TSESTree.Node): boolean {
  let found = false;
  walk(context.sourceCode, owner, (n) => {
    if (found) return false;
    if (n !== owner && isFunction(n)) return false;
    const test = n.type === "IfStatement" || n.type === "ConditionalExpression" ? n.test : undefined;
    if (test && /origin/iu.test(context.sourceCode.getText(test)) && comparesSomething(context, test)) found = true;
    return !found;
  });
  return found;
}

/** `allowed.includes(origin)`, `origin === "https://…"`; not `if (origin)` or `origin !== undefined`, which only test presence. */
function comparesSomething(context: Context, test: TSESTree.Node): boolean {
  let found = false;
  walk(context.sourceCode, test, (n) => {
    if (found) return false;
    if (n.type === "CallExpression") {
      const callee = unwrap(n.callee);
      if (callee.type === "MemberExpression" && CHECK_METHODS.has(memberName(callee) ?? "")) found = true;
    }
    if (n.type === "BinaryExpression" && ["===", "!==", "==", "!="].includes(n.operator)) {
      const sides = [n.left, n.right].map((side) => staticValue(context, side));
      if (!sides.some((side) => side !== null && (side.value === null || side.value === undefined || side.value === ""))) found = true;
    }
    return !found;
  });
  return found;
}

function checkHeaderCalls(context: Context, calls: readonly TSESTree.CallExpression[]): void {
  const byOwner = new Map<TSESTree.Node, TSESTree.CallExpression[]>();
  for (const call of calls) {
    const owner = ownerOf(call);
    const list = byOwner.get(owner) ?? [];
    list.push(call);
    byOwner.set(owner, list);
  }
  for (const [owner, list] of byOwner) {
    const credentialed = list.some((call) => headerName(context, call.arguments[0]) === ALLOW_CREDENTIALS && isTrue(context, call.arguments[1]));
    if (!credentialed) continue;
    for (const call of list) {
      if (headerName(context, call.arguments[0]) !== ALLOW_ORIGIN) continue;
      checkHeaderValue(context, call.arguments[1], owner);
    }
  }
}

function checkHeaderObject(context: Context, object: TSESTree.ObjectExpression): void {
  let origin: TSESTree.Node | undefined;
  let credentialed = false;
  for (const property of object.properties) {
    if (property.type !== "Property") continue;
    const key = staticKeyName(property.key, property.computed)?.toLowerCase();
    if (key === ALLOW_ORIGIN) origin = property.value;
    else if (key === ALLOW_CREDENTIALS) credentialed = isTrue(context, property.value);
  }
  if (origin && credentialed) checkHeaderValue(context, origin, ownerOf(object));
}

/**
 * `[{ key: "Access-Control-Allow-Credentials", value: "true" }, { key: "Access-Control-Allow-Origin", value: "*" }]`:
 * Next.js `headers()` in next.config.js (and the same shape in other header tables).
 */
function checkHeaderList(context: Context, list: TSESTree.ArrayExpression): void {
  let origin: TSESTree.Node | undefined;
  let credentialed = false;
  for (const element of list.elements) {
    if (element?.type !== "ObjectExpression") continue;
    let key: string | undefined;
    let value: TSESTree.Node | undefined;
    for (const property of element.properties) {
      if (property.type !== "Property") continue;
      const name = staticKeyName(property.key, property.computed);
      if (name === "key") key = headerName(context, property.value);
      else if (name === "value") value = property.value;
    }
    if (key === ALLOW_ORIGIN) origin = value;
    else if (key === ALLOW_CREDENTIALS) credentialed = isTrue(context, value);
  }
  if (origin && credentialed) checkHeaderValue(context, origin, ownerOf(list));
}

function checkHeaderValue(context: Context, value: TSESTree.Node | undefined, owner: TSESTree.Node): void {
  if (!value || value.type === "SpreadElement") return;
  const api = "The Access-Control-Allow-Origin header";
  const known = staticValue(context, value)?.value;
  if (known === "*") context.report({ node: value, messageId: "wildcard", data: { api, origin: "'*'" } });
  else if (typeof known === "string" && known.trim().toLowerCase() === "null") context.report({ node: value, messageId: "nullOrigin", data: { api } });
  else if (isOriginRead(context, value) && !checksOrigin(context, owner)) {
    context.report({ node: value, messageId: "reflected", data: { api, how: "it is set to the request's Origin header" } });
  }
}
