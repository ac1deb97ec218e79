/**
 * Without SameSite (or with SameSite disabled) the browser attaches the session cookie to requests
 * that other sites start: a form that posts to your endpoint, an image, a fetch. That is the
 * ambient authority cross-site request forgery abuses. SameSite=Lax or Strict keeps the cookie on
 * same-site requests. SameSite=None is for cookies that must cross sites and is only accepted
 * together with Secure.
 *
 * Policy only: which APIs set cookies, where their options live and what each framework does by
 * default comes from `src/models/cookies.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import {
  DEFAULT_COOKIE_RULE_OPTIONS,
  cookieLabel,
  cookieOptionsSchema,
  cookieSettings,
  mayWriteCookies,
  findCookieWrites,
  isAuthCookie,
  isSecureOff,
  secureAttributeFix,
  type CookieRuleOptions,
  type CookieWrite,
} from "../src/models/cookies.js";

export type Options = [CookieRuleOptions];
export type MessageIds = "missingSameSite" | "sameSiteDisabled" | "noneWithoutSecure" | "addSameSite" | "useLax" | "addSecure";

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

export default createRule<MessageIds, Options>({
  name: "require-cookie-samesite",
  meta: {
    type: "problem",
    docs: {
      description: "Require an explicit SameSite attribute on session and authentication cookies, and Secure with SameSite=None",
      recommended: "recommended",
      owasp: ["session#samesite-attribute", "csrf#samesite-cookie-attribute", "csrf#limitations-of-samesite"],
      cwe: [1275, 614],
      asvs: ["v5.0.0-3.3.2", "v5.0.0-3.3.1", "v4.0.3-3.4.3", "v4.0.3-3.4.1"],
      rfc: ["draft-ietf-httpbis-rfc6265bis §4.1.2.7", "draft-ietf-httpbis-rfc6265bis §5.6.7", "draft-ietf-httpbis-rfc6265bis §8.8", "draft-ietf-httpbis-rfc6265bis §5.7"],
      securitySeverity: 5.4,
    },
    hasSuggestions: true,
    schema: [cookieOptionsSchema("Require SameSite on every cookie the rule can see, not only session and credential cookies.")],
    messages: {
      missingSameSite: "{{cookie}} has no SameSite attribute, so requests started by other sites carry it (CSRF): set {{fix}}.",
      sameSiteDisabled: "{{cookie}} turns SameSite off, so requests started by other sites carry it (CSRF): set {{fix}}.",
      noneWithoutSecure:
        "{{cookie}} uses SameSite=None without Secure: browsers reject it, and over HTTP it would travel in clear text to any site's requests: add {{secure}} or use {{fix}}.",
      addSameSite: "Set {{fix}} (cross-site navigations keep the cookie, cross-site POSTs and subrequests do not).",
      useLax: "Use {{fix}} instead of None (only if no other site needs this cookie).",
      addSecure: "Set {{secure}}.",
    },
    messageReferences: {
      noneWithoutSecure: { owasp: "session#samesite-attribute", cwe: 614 },
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
        for (const write of findCookieWrites(context)) {
          if (write.deletion) continue;
          if (!settings.checkAllCookies && !isAuthCookie(context, write, settings)) continue;
          check(write, reported);
        }
      },
    };

    function check(write: CookieWrite, reported: Set<TSESTree.Node>): void {
      const attribute = write.sameSite;
      const string = write.sameSiteStyle === "string";
      const fix = string ? "SameSite=Lax" : `${write.keys.sameSite}: ${write.sameSiteStyle === "capital" ? '"Lax"' : '"lax"'}`;
      const secure = string ? "Secure" : `${write.keys.secure}: true`;
      const data = { cookie: cookieLabel(context, write), fix, secure };
      const suggest: Suggestion[] = [];
      let node: TSESTree.Node;
      let messageId: MessageIds;
      if (attribute.kind === "set" && attribute.value === "none") {
        if (!isSecureOff(write)) return;
        node = attribute.property ?? attribute.node;
        messageId = "noneWithoutSecure";
        const addSecure = secureAttributeFix(context, write, "secure");
        if (addSecure) suggest.push({ messageId: "addSecure", data, fix: addSecure });
        const lax = secureAttributeFix(context, write, "sameSite");
        if (lax) suggest.push({ messageId: "useLax", data, fix: lax });
      } else if (attribute.kind === "set" && attribute.value === false) {
        node = attribute.property ?? attribute.node;
        messageId = "sameSiteDisabled";
        const lax = secureAttributeFix(context, write, "sameSite");
        if (lax) suggest.push({ messageId: "addSameSite", data, fix: lax });
      } else if (attribute.kind === "default" && (attribute.value === undefined || attribute.value === false || attribute.value === "none") && !attribute.dynamic) {
        node = write.report;
        messageId = "missingSameSite";
        const add = secureAttributeFix(context, write, "sameSite");
        if (add) suggest.push({ messageId: "addSameSite", data, fix: add });
      } else {
        return;
      }
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    }
  },
});
