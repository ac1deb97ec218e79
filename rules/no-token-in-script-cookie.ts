/**
 * A cookie written by script can never be HttpOnly (browsers drop HttpOnly cookies that arrive
 * through `document.cookie`), so a session id or token stored that way is readable by every
 * script on the page, just like Web Storage. This rule reports credentials written into cookies
 * from browser code: `document.cookie = …` and the client cookie libraries (js-cookie,
 * universal-cookie / react-cookie, nookies and cookies-next without a server context,
 * tiny-cookie, ngx-cookie-service). CSRF cookies are meant to be read by script and are never
 * reported; server-side writes (nookies with a context, cookies-next with `{ req, res }`) are
 * left to the cookie attribute rules.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentAt, memberName, unwrap, walk } from "../src/analysis/ast.js";
import { credentialIn, credentialWrite, type Credential } from "../src/analysis/credentials.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { textSearch } from "../src/analysis/text.js";
import { isGlobalRef } from "../src/analysis/flow.js";
import { mentionsTrackedModule, moduleIndexOf } from "../src/analysis/module-gate.js";
import { isKnownFalsy, readProperty, staticString } from "../src/analysis/values.js";
import { COOKIE_SERIALIZERS, SCRIPT_COOKIE_ENTRY_TRACKER, SCRIPT_COOKIE_TRACKER, findScriptCookieWrites, type ScriptCookieApi } from "../src/models/storage.js";

export type Options = [];
export type MessageIds = "scriptCookie";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Node = TSESTree.Node;

/** Attributes that delete the cookie being written. */
const DELETES = /(?:max-age\s*=\s*-?0\b|expires\s*=\s*thu,\s*0?1\s+jan\s+1970)/iu;

const COOKIE_TEXT = textSearch("cookie");
const DOCUMENT_TEXT = textSearch("document");

export default createRule<MessageIds, Options>({
  name: "no-token-in-script-cookie",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing access tokens, session ids and other credentials into cookies from client-side script",
      recommended: "recommended",
      owasp: ["session#httponly-attribute", "session#domain-and-path-attributes", "nodejs#set-cookie-flags-appropriately"],
      cwe: [1004, 922],
      asvs: ["v5.0.0-3.3.4", "v4.0.3-3.4.2"],
      rfc: ["RFC 6265 §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §5.7", "draft-ietf-httpbis-rfc6265bis §5.8.2"],
      securitySeverity: 6.5,
    },
    schema: [],
    messages: {
      scriptCookie:
        "{{credential}} is written to a cookie from script ({{api}}), so the cookie can never be HttpOnly and any script on the page can read it: let the server set it with Set-Cookie and HttpOnly.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report names a credential (`credentialIn` / `credentialWrite`), which a file that
    // spells no credential word cannot hold: the shared per-file test first.
    if (!mayNameCredential(context)) return {};
    const reported = new Set<Node>();

    function report(node: Node, credential: Credential, api: string): void {
      if (reported.has(node)) return;
      reported.add(node);
      const description = credential.description;
      context.report({ node, messageId: "scriptCookie", data: { credential: description[0].toUpperCase() + description.slice(1), api } });
    }

    // `document.cookie` spells both words (each searched from its rarest character); the cookie
    // libraries are imported by name.
    const text = context.sourceCode.text;
    const mayAssignCookie = COOKIE_TEXT.in(text) && DOCUMENT_TEXT.in(text);
    const mayUseLibrary = mentionsTrackedModule(context, SCRIPT_COOKIE_ENTRY_TRACKER);
    if (!mayAssignCookie && !mayUseLibrary) return {};

    const listeners: TSESLint.RuleListener = {
      AssignmentExpression(node) {
        if (node.operator !== "=" && node.operator !== "+=") return;
        const left = unwrap(node.left);
        if (left.type !== "MemberExpression" || memberName(left) !== "cookie" || !isGlobalRef(context, left.object, "document")) return;
        const found = documentCookie(context, node.right);
        if (found) report(left, found, "document.cookie");
      },
      "Program:exit"() {
        for (const { api, call } of findScriptCookieWrites(context)) {
          if (api.setterTuple) {
            for (const setter of tupleSetterCalls(context, call.node)) checkCall(context, api, setter, setter.callee, report);
            continue;
          }
          checkCall(context, api, call.node, call.callee, report);
        }
        for (const call of injectedCookieServiceCalls(context)) {
          const found = credentialWrite(context, keyed(argumentAt(call, 0), argumentAt(call, 1)));
          if (found) report(call.callee, found, "CookieService#set");
        }
      },
    };
    if (!mayAssignCookie) delete listeners.AssignmentExpression;
    if (!mayUseLibrary) delete listeners["Program:exit"];
    return listeners;
  },
});

function keyed(key: Node | undefined, value: Node | undefined): { key?: Node; value?: Node } {
  return { ...(key ? { key } : {}), ...(value ? { value } : {}) };
}

function checkCall(
  context: Context,
  api: ScriptCookieApi,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: Node,
  report: (node: Node, credential: Credential, api: string) => void,
): void {
  if (api.contextArgument !== undefined && !isClientContext(context, call, api.contextArgument)) return;
  if (api.serverOptions && !isClientOptions(context, call, api.serverOptions)) return;
  const found = credentialWrite(context, keyed(argumentAt(call, api.cookieName), argumentAt(call, api.value)));
  if (found) report(callee, found, api.name);
}

/** nookies: no context, `null`, `undefined` or `{}` means the browser; a real context means a Set-Cookie header. */
function isClientContext(context: Context, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
  const argument = argumentAt(call, index);
  if (!argument) return call.arguments.length <= index;
  const n = unwrap(argument);
  if (n.type === "ObjectExpression") return n.properties.length === 0;
  return isKnownFalsy(context, n);
}

/** cookies-next: `{ req, res }` / `{ cookies }` in the options run on the server; unknown options are not reported. */
function isClientOptions(context: Context, call: TSESTree.CallExpression | TSESTree.NewExpression, server: NonNullable<ScriptCookieApi["serverOptions"]>): boolean {
  const options = argumentAt(call, server.arg);
  if (!options) return call.arguments.length <= server.arg;
  for (const property of server.properties) {
    const found = readProperty(context, options, property);
    if (found.kind !== "absent") return false;
  }
  return true;
}

/** `const [cookies, setCookie] = useCookies(["token"])` → the calls of `setCookie`. */
function tupleSetterCalls(context: Context, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.CallExpression[] {
  let holder: Node = call;
  while (holder.parent && (holder.parent.type === "TSAsExpression" || holder.parent.type === "TSNonNullExpression")) holder = holder.parent;
  const declarator = holder.parent;
  if (declarator?.type !== "VariableDeclarator" || declarator.init !== holder || declarator.id.type !== "ArrayPattern") return [];
  const setter = declarator.id.elements[1];
  if (!setter || setter.type !== "Identifier") return [];
  const variable = context.sourceCode.getDeclaredVariables(declarator).find((v) => v.identifiers.includes(setter as never));
  const out: TSESTree.CallExpression[] = [];
  for (const reference of variable?.references ?? []) {
    const identifier = reference.identifier as Node;
    const parent = identifier.parent;
    if (!reference.init && parent?.type === "CallExpression" && parent.callee === identifier) out.push(parent);
  }
  return out;
}

/** `private cookies = inject(CookieService)` / `const cookies = inject(CookieService)` → the `set` calls on it. */
function injectedCookieServiceCalls(context: Context): TSESTree.CallExpression[] {
  const index = moduleIndexOf(context, SCRIPT_COOKIE_TRACKER);
  if (!index.imports("ngx-cookie-service") || !index.imports("@angular/core")) return [];
  const out: TSESTree.CallExpression[] = [];
  for (const use of index.argumentsOf("ngx-cookie-service", ["CookieService"])) {
    const inject = index.resolve(unwrap(use.call.callee));
    if (!inject || inject.module !== "@angular/core" || inject.path.join(".") !== "inject" || use.index !== 0) continue;
    const holder = use.call.parent;
    if (holder?.type === "PropertyDefinition" && holder.value === use.call && !holder.computed && holder.key.type === "Identifier") {
      const name = holder.key.name;
      const body = holder.parent;
      walk(context.sourceCode, body, (inner) => {
        if (inner.type !== "CallExpression") return;
        const callee = unwrap(inner.callee);
        if (callee.type !== "MemberExpression" || memberName(callee) !== "set") return;
        const receiver = unwrap(callee.object);
        if (receiver.type === "MemberExpression" && unwrap(receiver.object).type === "ThisExpression" && memberName(receiver) === name) out.push(inner);
      });
    } else if (holder?.type === "VariableDeclarator" && holder.init === use.call && holder.id.type === "Identifier") {
      const variable = context.sourceCode.getDeclaredVariables(holder)[0];
      for (const reference of variable?.references ?? []) {
        const member = (reference.identifier as Node).parent;
        const call = member?.parent;
        if (member?.type === "MemberExpression" && memberName(member) === "set" && call?.type === "CallExpression" && call.callee === member) out.push(call);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// document.cookie = "name=value; attributes"
// ---------------------------------------------------------------------------------------------

type Piece = { text: string } | { expression: Node };

function pieces(node: Node, depth = 0): Piece[] {
  const n = unwrap(node);
  if (depth < 32 && n.type === "BinaryExpression" && n.operator === "+") return [...pieces(n.left, depth + 1), ...pieces(n.right, depth + 1)];
  if (n.type === "Literal" && typeof n.value === "string") return [{ text: n.value }];
  if (n.type === "TemplateLiteral") {
    const out: Piece[] = [];
    n.quasis.forEach((quasi, i) => {
      out.push({ text: quasi.value.cooked ?? "" });
      if (i < n.expressions.length) out.push({ expression: n.expressions[i] });
    });
    return out;
  }
  return [{ expression: n }];
}

/** The credential a `document.cookie` assignment writes: name and value of its first pair, or `cookie.serialize(name, value)`. */
function documentCookie(context: Context, right: Node): Credential | undefined {
  const n = unwrap(right);
  if (n.type === "CallExpression") {
    const index = moduleIndexOf(context, SCRIPT_COOKIE_TRACKER);
    const resolved = index.resolve(unwrap(n.callee));
    if (resolved && COOKIE_SERIALIZERS.some((api) => api.module === resolved.module && api.path.join(".") === resolved.path.join("."))) {
      return credentialWrite(context, keyed(argumentAt(n, 0), argumentAt(n, 1)));
    }
  }
  const parts = pieces(n);
  // Find the `=` that ends the cookie name.
  let name = "";
  let nameNode: Node | undefined;
  let i = 0;
  let rest: string | undefined;
  for (; i < parts.length; i++) {
    const part = parts[i];
    if ("expression" in part) {
      if (nameNode || name.trim()) return fallback(context, n);
      nameNode = part.expression;
      continue;
    }
    const equals = part.text.indexOf("=");
    if (equals < 0) {
      name += part.text;
      continue;
    }
    name += part.text.slice(0, equals);
    rest = part.text.slice(equals + 1);
    break;
  }
  if (rest === undefined) return fallback(context, n);
  const attributes = parts.slice(i + 1).map((part) => ("text" in part ? part.text : "")).join("") + rest;
  if (DELETES.test(attributes)) return undefined;
  // The value: the first expression right after `=` (static text before `;` makes it a literal value).
  const valueText = rest.split(";")[0].trim();
  const next = parts[i + 1];
  const value = !valueText && next && "expression" in next ? next.expression : undefined;
  if (!value && !valueText) return undefined;
  if (nameNode && name.trim()) return fallback(context, n);
  const key = nameNode ? { key: nameNode } : { keyName: name.trim() };
  if (value) return credentialWrite(context, { ...key, value });
  // A literal value: only a credential when the name says so and the literal is not empty.
  const literal = staticString(context, n);
  return literal !== undefined ? credentialWrite(context, { ...key }) : undefined;
}

/** A cookie string the rule cannot split: report only a credential it visibly carries. */
function fallback(context: Context, node: Node): Credential | undefined {
  return credentialIn(context, node);
}

