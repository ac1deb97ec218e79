/**
 * A cookie without Secure is also sent over plain HTTP: one request to an `http://` URL of the site
 * (a link, a redirect, a network attacker injecting one) puts the session id on the wire in clear
 * text. Secure keeps the cookie on HTTPS connections only.
 *
 * Policy only: which APIs set cookies, where their options live and what each framework does by
 * default comes from `src/models/cookies.ts`. A value decided at run time (`secure: isProd`,
 * `secure: req.secure`, Koa's per-request default, `secure: "auto"`) counts as set.
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
export type MessageIds = "missingSecure" | "secureDisabled" | "addSecure";

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

export default createRule<MessageIds, Options>({
  name: "require-cookie-secure",
  meta: {
    type: "problem",
    docs: {
      description: "Require the Secure attribute on session and authentication cookies",
      recommended: "recommended",
      owasp: ["session#secure-attribute", "session#transport-layer-security"],
      cwe: [614, 319],
      asvs: ["v5.0.0-3.3.1", "v4.0.3-3.4.1"],
      rfc: ["RFC 6265 §4.1.2.5", "RFC 6265 §8.3", "draft-ietf-httpbis-rfc6265bis §4.1.2.5", "draft-ietf-httpbis-rfc6265bis §8.3"],
      securitySeverity: 5.9,
    },
    hasSuggestions: true,
    schema: [cookieOptionsSchema("Require Secure on every cookie the rule can see, not only session and credential cookies.")],
    messages: {
      missingSecure: "{{cookie}} is also sent over plain HTTP, where anyone on the network can read it: set {{fix}}.",
      secureDisabled: "{{cookie}} is sent over plain HTTP too, where anyone on the network can read it: set {{fix}}.",
      addSecure: "Set {{fix}} (the cookie is then only sent over HTTPS; local HTTP development needs a run-time value).",
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
        for (const write of checkedCookieWrites(context, settings)) {
          const off = attributeOff(write, "secure");
          if (!off || reported.has(off.node)) continue;
          reported.add(off.node);
          const fix = attributeFixText(write, "secure");
          const edit = secureAttributeFix(context, write, "secure");
          const suggest: Suggestion[] = edit ? [{ messageId: "addSecure", data: { fix }, fix: edit }] : [];
          const messageId: MessageIds = off.disabled ? "secureDisabled" : "missingSecure";
          context.report({ node: off.node, messageId, data: { cookie: cookieLabel(context, write), fix }, suggest });
        }
      },
    };
  },
});
