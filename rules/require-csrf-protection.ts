/**
 * A browser attaches cookies to every request to your site, including the ones another site
 * triggers (a form that auto-submits, an image, `fetch` with `mode: "no-cors"`). If the session
 * lives in a cookie, every state-changing route needs a proof that the request came from your own
 * pages: a CSRF token, or at least a SameSite=Lax/Strict session cookie.
 *
 * Reported per file, only when the file shows all three facts: cookie sessions, state-changing
 * routes, and no defence. Policy only: libraries live in src/models/csrf.ts and sessions.ts.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentAt } from "../src/analysis/ast.js";
import { findRouteHandlers } from "../src/analysis/handlers.js";
import { getModuleIndex } from "../src/analysis/modules.js";
import { arrayElements, readProperty, staticValue } from "../src/analysis/values.js";
import { mentionsTrackedModule } from "../src/analysis/module-gate.js";
import { CSRF_MODULES, CSRF_TRACKER, CSURF_IGNORE_OPTION, CSURF_MODULES, CSURF_TRACKER, UNSAFE_METHODS } from "../src/models/csrf.js";
import { textSearch } from "../src/analysis/text.js";
import { addSessionOption, findSessionMiddlewares, maySessionMiddlewares, readSessionCookieOption, type SessionMiddlewareCall } from "../src/models/sessions.js";

export type Options = [];
export type MessageIds = "unprotected" | "csurfIgnoresUnsafe" | "addSameSite";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const CSURF_IGNORE_TEXT = textSearch(CSURF_IGNORE_OPTION);

export default createRule<MessageIds, Options>({
  name: "require-csrf-protection",
  meta: {
    type: "problem",
    docs: {
      description: "Require CSRF protection for state-changing routes of cookie-authenticated apps",
      recommended: "strict",
      owasp: [
        "csrf#token-based-mitigation",
        "csrf#synchronizer-token-pattern",
        "csrf#signed-double-submit-cookie-recommended",
        "csrf#fetch-metadata-headers",
        "csrf#employing-custom-request-headers-for-ajaxapi",
        "csrf#using-standard-headers-to-verify-origin",
        "csrf#samesite-cookie-attribute",
        "csrf#possible-csrf-vulnerabilities-in-login-forms",
        "session#samesite-attribute",
        "nodejs#use-anti-csrf-tokens",
      ],
      cwe: [352, 1275],
      asvs: ["v5.0.0-3.5.1", "v5.0.0-3.5.2", "v5.0.0-3.5.3", "v5.0.0-3.3.2", "v4.0.3-4.2.2", "v4.0.3-13.2.3", "v4.0.3-3.4.3"],
      rfc: ["RFC 6265 §8.2", "draft-ietf-httpbis-rfc6265bis §8.2", "draft-ietf-httpbis-rfc6265bis §8.8.1", "RFC 9700 §4.7"],
      securitySeverity: 6.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unprotected:
        "{{name}} authenticates requests with a cookie, this file registers state-changing routes ({{route}}), and neither a CSRF middleware nor a SameSite=Lax/Strict session cookie protects them: add CSRF tokens (csrf-csrf, csrf-sync, @fastify/csrf-protection …) and set sameSite.",
      csurfIgnoresUnsafe:
        "csurf is told to skip {{methods}}, so those state-changing requests are accepted without a CSRF token: keep ignoreMethods to GET, HEAD and OPTIONS.",
      addSameSite: "Set sameSite: \"lax\" on the session cookie (a second layer; still add CSRF tokens).",
    },
    messageReferences: {
      csurfIgnoresUnsafe: { owasp: "csrf#token-based-mitigation", cwe: 352 },
    },
  },
  defaultOptions: [],
  collectsNodes: true,
  create(context) {
    // Both checks start from a module the file names: session middleware, or csurf with its
    // `ignoreMethods` option spelled out (searched from its rare "M").
    if (!maySessionMiddlewares(context) && !(CSURF_IGNORE_TEXT.in(context.sourceCode.text) && mentionsTrackedModule(context, CSURF_TRACKER))) {
      return {};
    }
    return {
      "Program:exit"() {
        checkCsurf(context);
        const sessions = findSessionMiddlewares(context);
        if (sessions.length === 0) return;
        const index = getModuleIndex(context, CSRF_TRACKER);
        if (CSRF_MODULES.some((module) => index.imports(module)) || mentionsCsrf(context)) return;
        const route = unsafeRoute(context);
        if (!route) return;
        for (const found of sessions) {
          if (protectedBySameSite(context, found) !== false) continue;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          const cookiePath = found.middleware.cookieOptions;
          const fix = cookiePath ? addSessionOption(context, found, [...cookiePath, "sameSite"], '"lax"') : undefined;
          if (fix) suggest.push({ messageId: "addSameSite", fix });
          context.report({ node: found.reportNode, messageId: "unprotected", data: { name: found.middleware.name, route }, suggest });
        }
      },
    };
  },
});

/** `false` when the session cookie is known to go cross-site (no SameSite, `none`, `false`); `true` for Lax/Strict; `undefined` unknown. */
function protectedBySameSite(context: Context, found: SessionMiddlewareCall): boolean | undefined {
  if (found.middleware.cookieOptions === null) return undefined;
  const read = readSessionCookieOption(context, found, found.middleware.name.includes("hapi") ? "isSameSite" : "sameSite");
  if (read.kind === "unknown") return undefined;
  let value: unknown;
  if (read.kind === "absent") value = found.middleware.defaults.sameSite;
  else {
    const known = read.value ?? staticValue(context, read.node);
    if (!known) return undefined;
    value = known.value;
  }
  if (value === true) return true;
  if (typeof value === "string") return ["lax", "strict"].includes(value.toLowerCase());
  return false;
}

/** The first state-changing route of the file, as `POST /transfer`. */
function unsafeRoute(context: Context): string | undefined {
  for (const handler of findRouteHandlers(context)) {
    if (handler.method && UNSAFE_METHODS.has(handler.method)) return `${handler.method.toUpperCase()} ${handler.path ?? "…"}`;
  }
  return undefined;
}

/**
 * A hand-written defence: the code (not a comment) reads or checks a CSRF / XSRF token, or checks
 * Fetch Metadata (`sec-fetch-site`) somewhere in the file.
 */
function mentionsCsrf(context: Context): boolean {
  const text = context.sourceCode.text;
  if (!/csrf|xsrf|sec-fetch-site/iu.test(text)) return false;
  return context.sourceCode.ast.tokens.some(
    (token) => (token.type === "Identifier" || token.type === "String" || token.type === "Template" || token.type === "JSXText") && /csrf|xsrf|sec-fetch-site/iu.test(token.value),
  );
}

/** csurf `{ ignoreMethods: [...] }` that lists an unsafe method. */
function checkCsurf(context: Context): void {
  const index = getModuleIndex(context, CSRF_TRACKER);
  for (const module of CSURF_MODULES) {
    if (!index.imports(module)) continue;
    for (const call of index.calls(module, [])) {
      const options = argumentAt(call.node, 0);
      if (!options) continue;
      const ignore = readProperty(context, options, CSURF_IGNORE_OPTION);
      if (ignore.kind !== "present") continue;
      const list = arrayElements(context, ignore.node);
      const unsafe = (list?.elements ?? [])
        .map((element) => element.value?.value)
        .filter((value): value is string => typeof value === "string" && UNSAFE_METHODS.has(value.toLowerCase()));
      if (unsafe.length === 0) continue;
      context.report({ node: ignore.node as TSESTree.Node, messageId: "csurfIgnoresUnsafe", data: { methods: unsafe.join(", ") } });
    }
  }
}
