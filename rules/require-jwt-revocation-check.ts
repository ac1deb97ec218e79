/**
 * A JWT stays valid until it expires: logging out, changing the password or noticing a stolen
 * token changes nothing unless the verifier asks a server-side store (a `jti` denylist, a session
 * table, a per-user token version) on every request. This rule reports JWT middleware and
 * strategies that never do: express-jwt and koa-jwt without `isRevoked`, @fastify/jwt without
 * `trusted`, and passport-jwt verify callbacks (NestJS `validate` methods) that only repackage the
 * token's claims.
 *
 * Policy only: which middleware takes which hook comes from `src/models/jwt-claims.ts`.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { findRevocationSites, onlyRepackagesClaims, readRevocationOption, strategyVerifyFunction } from "../src/models/jwt-claims.js";
import { mayUseJwtLibrary } from "../src/models/jwt.js";

export type Options = [];
export type MessageIds = "missingRevocationHook" | "verifyWithoutStore";

export default createRule<MessageIds, Options>({
  name: "require-jwt-revocation-check",
  meta: {
    type: "problem",
    docs: {
      description: "Require JWT middleware to check whether a token was revoked",
      recommended: "strict",
      owasp: ["jwt#jwt-revocation", "jwt#token-status-list", "jwt#jwt-denylist", "jwt#not-using-jwts", "oauth2#token-replay-prevention", "rest#jwt"],
      cwe: [613],
      asvs: [
        "v5.0.0-10.4.9",
        "v5.0.0-10.4.8",
        "v5.0.0-10.4.5",
        "v5.0.0-7.4.1",
        "v5.0.0-7.4.3",
        "v5.0.0-7.5.2",
        "v4.0.3-3.5.1",
        "v4.0.3-3.3.1",
        "v4.0.3-3.3.3",
        "v4.0.3-3.3.4",
      ],
      rfc: ["RFC 9700 §2.2.2", "RFC 9700 §4.14"],
      securitySeverity: 4.8,
    },
    schema: [],
    messages: {
      missingRevocationHook:
        "{{api}} accepts every validly signed token until it expires, even after logout, a password change or a theft: add {{hook}} and check the token's jti (or its user's token version) against a server-side store.",
      verifyWithoutStore:
        "This passport-jwt verify function only repackages the token's claims, so a logged-out or stolen token keeps working until it expires: look the token's jti, session or user up in a server-side store before accepting it.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Nothing to check in a file that names no JWT library.
    if (!mayUseJwtLibrary(context)) return {};
    return {
      "Program:exit"() {
        for (const { jwtCall, model } of findRevocationSites(context)) {
          if (model.kind === "option") {
            // A registration or middleware without options is configured elsewhere (or fails to start).
            if (!jwtCall.options && !jwtCall.optionsUnknown) continue;
            const hook = readRevocationOption(context, jwtCall, model.option);
            const knownEmpty = hook.kind === "present" && hook.value !== undefined && (hook.value.value === undefined || hook.value.value === null);
            if (hook.kind !== "absent" && !knownEmpty) continue;
            context.report({ node: reportNode(jwtCall.call.node, jwtCall.call.callee, jwtCall.api.registered === true), messageId: "missingRevocationHook", data: { api: jwtCall.api.name, hook: model.spelled } });
            continue;
          }
          const verify = strategyVerifyFunction(context, jwtCall, model);
          if (!verify || !onlyRepackagesClaims(context, verify.fn)) continue;
          context.report({ node: verify.reportAt, messageId: "verifyWithoutStore" });
        }
      },
    };
  },
});

/** The callee, or the plugin passed to `register`. */
function reportNode(call: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Node, registered: boolean): TSESTree.Node {
  if (registered) {
    const plugin = call.arguments[0];
    if (plugin && plugin.type !== "SpreadElement") return plugin;
  }
  return callee;
}
