/**
 * A cookie that holds a session id or a token and lacks HttpOnly can be read by any script on the
 * page: one XSS bug (or one compromised third-party script) sends it to the attacker, who then
 * replays the session. HttpOnly keeps the cookie out of `document.cookie` while the browser still
 * sends it with requests.
 *
 * Policy only: which APIs set cookies, where their options live and what each framework does by
 * default comes from `src/models/cookies.ts`. CSRF cookies (`csrf`, `xsrf`, `_csrf`, `XSRF-TOKEN`,
 * csurf's) are never reported: a double-submit token must be readable by script.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import {
  DEFAULT_COOKIE_RULE_OPTIONS,
  attributeFixText,
  attributeOff,
  checkedCookieWrites,
  cookieLabel,
  cookieOptionsSchema,
  cookieSettings,
  mayWriteCookies,
  secureAttributeFix,
  type CookieRuleOptions,
} from "../src/models/cookies.js";

export type Options = [CookieRuleOptions];
export type MessageIds = "missingHttpOnly" | "httpOnlyDisabled" | "addHttpOnly";

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

export default createRule<MessageIds, Options>({
  name: "require-cookie-httponly",
  meta: {
    type: "problem",
    docs: {
      description: "Require the HttpOnly attribute on session and authentication cookies",
      recommended: "recommended",
      owasp: ["session#httponly-attribute", "httpHeaders#set-cookie", "nodejs#set-cookie-flags-appropriately"],
      cwe: [1004],
      asvs: ["v5.0.0-3.3.4", "v4.0.3-3.4.2"],
      rfc: ["RFC 6265 §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §4.1.2.6"],
      securitySeverity: 6.1,
    },
    hasSuggestions: true,
    schema: [
      cookieOptionsSchema(
        "Require HttpOnly on every cookie the rule can see, not only session and credential cookies. CSRF cookies stay exempt: a double-submit token must be readable by script.",
      ),
    ],
    messages: {
      missingHttpOnly: "{{cookie}} is readable by scripts, so one XSS bug hands it to an attacker: set {{fix}}.",
      httpOnlyDisabled: "{{cookie}} is made readable by scripts, so one XSS bug hands it to an attacker: set {{fix}}.",
      addHttpOnly: "Set {{fix}} (client code can no longer read this cookie).",
    },
  },
  defaultOptions: [DEFAULT_COOKIE_RULE_OPTIONS],
  collectsNodes: true,
  create(context, [options]) {
    // Shared per-file pre-check: no cookie API spelled and no session middleware module named.
    if (!mayWriteCookies(context)) return {};
    const settings = cookieSettings(options);
    return {
      "Program:exit"() {
        // Inherited options (hapi server-wide `state`, @fastify/cookie `parseOptions`) are shared by
        // many writes: one finding per node.
        const reported = new Set<TSESTree.Node>();
        for (const write of checkedCookieWrites(context, settings, { skipCsrf: true })) {
          const off = attributeOff(write, "httpOnly");
          if (!off || reported.has(off.node)) continue;
          reported.add(off.node);
          const fix = attributeFixText(write, "httpOnly");
          const edit = secureAttributeFix(context, write, "httpOnly");
          const suggest: Suggestion[] = edit ? [{ messageId: "addHttpOnly", data: { fix }, fix: edit }] : [];
          const messageId: MessageIds = off.disabled ? "httpOnlyDisabled" : "missingHttpOnly";
          context.report({ node: off.node, messageId, data: { cookie: cookieLabel(context, write), fix }, suggest });
        }
      },
    };
  },
});
