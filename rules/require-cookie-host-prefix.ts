/**
 * A cookie without a name prefix can be set by any host of the site's domain (a compromised or
 * user-controlled subdomain) and, for a non-Secure cookie, by any plain-HTTP response: an
 * attacker plants their own session id (session fixation) or shadows the real cookie. Browsers
 * only accept a `__Host-` cookie from a secure origin, with Secure, `Path=/` and no Domain, so
 * nobody else can write it.
 *
 * Policy only: session middleware cookies come from `src/models/sessions.ts`, other cookie writes
 * and their effective attributes from `src/models/cookies.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { createRule } from "../src/create-rule.js";
import { addProperty, insertArgument, quote, replaceNode } from "../src/analysis/fix.js";
import { staticValue, type PropertyResult } from "../src/analysis/values.js";
import {
  addSessionOption,
  attributeOption,
  findSessionMiddlewares,
  readSessionCookieOption,
  sessionCookieName,
  type CookieDefault,
  type SessionMiddlewareCall,
} from "../src/models/sessions.js";
import { cookieOptionsSchema, cookieSettings, findCookieWrites, isAuthCookie, mayWriteCookies, type CookieSettings, type CookieWrite } from "../src/models/cookies.js";

export type Options = [{ allowSecurePrefix: boolean; cookieNames: string[] }];
export type MessageIds = "missingPrefix" | "hostWithDomain" | "hostWithPath" | "hostWithoutPath" | "prefixWithoutSecure" | "renameCookie" | "addRootPath";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** The `cookieNames` option, shared with the other cookie rules. */
const COOKIE_NAMES_SCHEMA = (cookieOptionsSchema("") as { properties: Record<string, JSONSchema4> }).properties.cookieNames;

const HOST = "__Host-";
const SECURE = "__Secure-";

export default createRule<MessageIds, Options>({
  name: "require-cookie-host-prefix",
  meta: {
    type: "problem",
    docs: {
      description: "Require session and auth cookies to use the __Host- name prefix",
      recommended: "strict",
      owasp: ["session#cookie-name-prefixes", "csrf#using-cookies-with-host-prefixes-to-identify-origins"],
      cwe: [565, 16],
      asvs: ["v5.0.0-3.3.3", "v5.0.0-3.3.1", "v4.0.3-3.4.4"],
      rfc: [
        "draft-ietf-httpbis-rfc6265bis §4.1.3",
        "draft-ietf-httpbis-rfc6265bis §4.1.3.1",
        "draft-ietf-httpbis-rfc6265bis §4.1.3.2",
        "draft-ietf-httpbis-rfc6265bis §5.4",
        "draft-ietf-httpbis-rfc6265bis §8.6",
        "RFC 6265 §8.6",
      ],
      securitySeverity: 4.2,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allowSecurePrefix: {
            type: "boolean",
            description: "Also accept the `__Secure-` prefix (for cookies that must be shared with subdomains through a Domain attribute).",
          },
          cookieNames: COOKIE_NAMES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingPrefix:
        'Auth cookie "{{name}}" has no {{expected}} prefix, so another host of the domain or a plain-HTTP response can overwrite it (session fixation): name it "{{suggested}}" and set it with Secure, Path=/ and no Domain.',
      hostWithDomain: 'Cookie "{{name}}" uses the __Host- prefix but sets a Domain, so browsers reject it: remove the domain attribute.',
      hostWithPath: 'Cookie "{{name}}" uses the __Host- prefix but its Path is "{{path}}", so browsers reject it: set path to "/".',
      hostWithoutPath: 'Cookie "{{name}}" uses the __Host- prefix but sends no Path attribute, so browsers reject it: set path to "/".',
      prefixWithoutSecure: 'Cookie "{{name}}" uses the {{prefix}} prefix but is not Secure, so browsers reject it: set the Secure attribute.',
      renameCookie: 'Rename the cookie to "{{suggested}}" (code that reads the cookie by its old name must change too).',
      addRootPath: 'Set the path to "/".',
    },
  },
  defaultOptions: [{ allowSecurePrefix: false, cookieNames: [] }],
  collectsNodes: true,
  create(context, [{ allowSecurePrefix, cookieNames }]) {
    // Shared per-file pre-check (session middleware included): nothing to find, no listener.
    if (!mayWriteCookies(context)) return {};
    const settings = cookieSettings({ cookieNames });
    return {
      "Program:exit"() {
        const reported = new Set<TSESTree.Node>();
        const report = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void => {
          if (reported.has(descriptor.node)) return;
          reported.add(descriptor.node);
          context.report(descriptor);
        };
        for (const found of findSessionMiddlewares(context)) checkMiddleware(context, found, allowSecurePrefix, report);
        for (const write of findCookieWrites(context)) checkWrite(context, write, settings, allowSecurePrefix, report);
      },
    };
  },
});

type Report = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }) => void;

function prefixOf(name: string): string | undefined {
  if (name.startsWith(HOST)) return HOST;
  if (name.startsWith(SECURE)) return SECURE;
  return undefined;
}

/** `sid` → `__Host-sid`; `__Secure-sid` → `__Host-sid`. */
function withHostPrefix(name: string): string {
  return HOST + (name.startsWith(SECURE) ? name.slice(SECURE.length) : name);
}

function hasPrefix(name: string, allowSecurePrefix: boolean): boolean {
  const prefix = prefixOf(name);
  return prefix === HOST || (allowSecurePrefix && prefix === SECURE);
}

/** A default that leaves Secure off (not sent, or sent as false): not a run-time or unknown one. */
function isInsecureDefault(secure: CookieDefault<boolean>): boolean {
  return secure !== "unknown" && secure.dynamic === undefined && secure.value !== true;
}

/** The static value of a present attribute (`known: false` when absent or computed at run time). */
function presentValue(context: Context, found: PropertyResult): { known: boolean; value: unknown } {
  if (found.kind !== "present") return { known: false, value: undefined };
  const value = found.value ?? staticValue(context, found.node);
  return value ? { known: true, value: value.value } : { known: false, value: undefined };
}

function checkMiddleware(context: Context, found: SessionMiddlewareCall, allowSecurePrefix: boolean, report: Report): void {
  const middleware = found.middleware;
  if (middleware.cookieOptions === null || !middleware.cookieName.option || !middleware.cookieName.standalone) return;
  const name = sessionCookieName(context, found);
  let value: string;
  let nameNode: TSESTree.Node;
  let literal: TSESTree.Node | undefined;
  /** The name comes from another option (@fastify/secure-session `sessionName`): the cookie-name option is added instead. */
  let viaOtherOption = false;
  if (name.kind === "default") {
    if (name.name === null) return;
    value = name.name;
    nameNode = found.reportNode;
  } else if (name.kind === "set" && name.value !== undefined) {
    value = name.value;
    nameNode = name.node;
    viaOtherOption = name.option !== middleware.cookieName.option;
    if (!viaOtherOption && name.property && (name.node.type === "Literal" || name.node.type === "TemplateLiteral")) literal = name.node;
  } else {
    return;
  }

  if (!hasPrefix(value, allowSecurePrefix)) {
    const suggested = withHostPrefix(value);
    const target = literal;
    const suggest: Suggestion[] = [];
    if (target) {
      suggest.push({ messageId: "renameCookie", data: { suggested }, fix: (fixer) => replaceNode(fixer, target, quote(context, target, suggested)) });
    } else if (viaOtherOption) {
      const fix = addSessionOption(context, found, middleware.cookieName.option, quote(context, nameNode, suggested));
      if (fix) suggest.push({ messageId: "renameCookie", data: { suggested }, fix });
    }
    const expected = allowSecurePrefix ? "__Host- or __Secure-" : "__Host-";
    report({ node: nameNode, messageId: "missingPrefix", data: { name: value, expected, suggested }, suggest });
    return;
  }

  // The prefix is there: the attributes must let the browser accept it.
  const prefix = prefixOf(value)!;
  const secureRead = readSessionCookieOption(context, found, attributeOption(middleware, "secure"));
  const secure = presentValue(context, secureRead);
  if (secureRead.kind === "present" && secure.known && secure.value === false) {
    report({ node: secureRead.node, messageId: "prefixWithoutSecure", data: { name: value, prefix } });
  } else if (secureRead.kind === "absent" && isInsecureDefault(middleware.cookieDefaults.secure)) {
    report({ node: nameNode, messageId: "prefixWithoutSecure", data: { name: value, prefix } });
  }
  if (prefix !== HOST) return;
  const domainRead = readSessionCookieOption(context, found, attributeOption(middleware, "domain"));
  const domain = presentValue(context, domainRead);
  if (domainRead.kind === "present" && typeof domain.value === "string" && domain.value !== "") {
    report({ node: domainRead.node, messageId: "hostWithDomain", data: { name: value } });
  }
  const pathRead = readSessionCookieOption(context, found, attributeOption(middleware, "path"));
  const path = presentValue(context, pathRead);
  if (pathRead.kind === "present" && path.known && typeof path.value === "string" && path.value !== "/") {
    report({ node: pathRead.node, messageId: "hostWithPath", data: { name: value, path: path.value } });
  }
}

/** Every other cookie write (`res.cookie`, `cookies().set`, Set-Cookie strings …) of an auth cookie. */
function checkWrite(context: Context, write: CookieWrite, settings: CookieSettings, allowSecurePrefix: boolean, report: Report): void {
  // Session middleware cookies are checked from the middleware itself (name options, arrays of sessions).
  if (write.session || write.deletion || write.namePrefixAtRuntime) return;
  if (write.name.kind === "unknown" || typeof write.name.value !== "string") return;
  if (!isAuthCookie(context, write, settings)) return;
  const value = write.name.value;
  const nameNode = write.name.kind === "set" ? write.name.node : write.report;

  if (!hasPrefix(value, allowSecurePrefix)) {
    const suggested = withHostPrefix(value);
    const suggest: Suggestion[] = [];
    // Only a literal that is exactly the name can be renamed in place (not a whole Set-Cookie string).
    if (write.name.kind === "set" && isLiteralText(nameNode, value)) {
      suggest.push({ messageId: "renameCookie", data: { suggested }, fix: (fixer) => replaceNode(fixer, nameNode, quote(context, nameNode, suggested)) });
    }
    const expected = allowSecurePrefix ? "__Host- or __Secure-" : "__Host-";
    report({ node: nameNode, messageId: "missingPrefix", data: { name: value, expected, suggested }, suggest });
    return;
  }

  const prefix = prefixOf(value)!;
  const secure = write.secure;
  if (secure.kind === "set" && secure.value === false) {
    report({ node: secure.node === nameNode ? nameNode : secure.node, messageId: "prefixWithoutSecure", data: { name: value, prefix } });
  } else if (secure.kind === "default" && secure.value !== true && !secure.dynamic) {
    report({ node: nameNode, messageId: "prefixWithoutSecure", data: { name: value, prefix } });
  }
  if (prefix !== HOST) return;
  const domain = write.domain;
  if (domain.kind === "set" && typeof domain.value === "string" && domain.value !== "") {
    report({ node: domain.node, messageId: "hostWithDomain", data: { name: value } });
  }
  const path = write.path;
  if (path.kind === "set" && typeof path.value === "string" && path.value !== "/") {
    report({ node: path.node, messageId: "hostWithPath", data: { name: value, path: path.value } });
  } else if (path.kind === "default" && path.value === undefined) {
    const fix = rootPathFix(context, write);
    report({ node: nameNode, messageId: "hostWithoutPath", data: { name: value }, suggest: fix ? [{ messageId: "addRootPath", fix }] : [] });
  }
}

/** A string literal (or a template without expressions) whose text is exactly `text`. */
function isLiteralText(node: TSESTree.Node, text: string): boolean {
  if (node.type === "Literal") return node.value === text;
  return node.type === "TemplateLiteral" && node.expressions.length === 0 && node.quasis[0]?.value.cooked === text;
}

/** Adds `path: "/"` (or `; Path=/` to a Set-Cookie string) where the cookie model says it can go. */
function rootPathFix(context: Context, write: CookieWrite): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const path = write.path;
  if (path.kind !== "default" || !path.addTo) return undefined;
  const target = path.addTo;
  if ("string" in target) {
    const literal = target.string;
    return (fixer) => {
      const body = context.sourceCode.getText(literal).slice(1, -1);
      const separator = /;\s*$/u.test(body) ? (body.endsWith(" ") ? "" : " ") : "; ";
      return fixer.insertTextBeforeRange([literal.range[1] - 1, literal.range[1] - 1], `${separator}Path=/`);
    };
  }
  const property = `${write.keys.path}: ${quote(context, write.options ?? write.report, "/")}`;
  if ("object" in target) {
    const object = target.object;
    return (fixer) => addProperty(context, fixer, object, property);
  }
  if ("call" in target) {
    const { call, index } = target;
    return (fixer) => insertArgument(context, fixer, call, index, `{ ${property} }`);
  }
  return undefined;
}
