/**
 * A signature only proves who signed a token, not for whom. When one key or identity provider
 * signs tokens for several services (a shared HMAC secret, an OIDC tenant, a JWKS used by many
 * APIs), a verifier that checks neither `iss` nor `aud` accepts a token issued for another
 * service, or by another tenant of the same provider (RFC 8725 §2.7, §2.8). This rule reports
 * verifiers that check neither.
 *
 * Policy only: where each library takes the expected issuer and audience comes from
 * `src/models/jwt-claims.ts`.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { claimChecks, decidingClaimCheckSites, findClaimCheckSites, type ClaimCheckSite } from "../src/models/jwt-claims.js";
import { mayUseJwtLibrary } from "../src/models/jwt.js";

export type Options = [];
export type MessageIds = "missingClaimChecks";

export default createRule<MessageIds, Options>({
  name: "require-jwt-claim-validation",
  meta: {
    type: "problem",
    docs: {
      description: "Require JWT verification to check the issuer or the audience of the token",
      recommended: "strict",
      owasp: ["rest#jwt", "authentication#oidc-implementation-guidance", "jwt#public-key-signatures-vs-mac"],
      cwe: [345, 287],
      asvs: ["v5.0.0-9.2.3", "v5.0.0-9.2.4", "v5.0.0-9.1.3", "v5.0.0-9.2.2", "v5.0.0-10.3.1", "v5.0.0-10.3.3", "v4.0.3-3.5.3"],
      rfc: [
        "RFC 7519 §4.1.1",
        "RFC 7519 §4.1.3",
        "RFC 7519 §7.2",
        "RFC 8725 §2.7",
        "RFC 8725 §2.8",
        "RFC 8725 §3.8",
        "RFC 8725 §3.9",
        "RFC 8725 §3.11",
        "RFC 8725 §3.12",
      ],
      securitySeverity: 5.4,
    },
    schema: [],
    messages: {
      missingClaimChecks:
        "{{api}} checks neither the issuer nor the audience of the token, so a token the same key signed for another service or tenant is accepted: set {{options}}.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Nothing to check in a file that names no JWT library.
    if (!mayUseJwtLibrary(context)) return {};
    return {
      "Program:exit"() {
        for (const site of decidingClaimCheckSites(context, findClaimCheckSites(context))) {
          const { jwtCall, model } = site;
          if (claimChecks(context, jwtCall, model).kind !== "unchecked") continue;
          context.report({ node: reportNode(site), messageId: "missingClaimChecks", data: { api: jwtCall.api.name, options: model.spelled } });
        }
      },
    };
  },
});

/** The narrowest node naming the verifier: the callee, `super`, or the plugin passed to `register`. */
function reportNode(site: ClaimCheckSite): TSESTree.Node {
  const { jwtCall } = site;
  if (jwtCall.api.registered) {
    const plugin = jwtCall.call.node.arguments[0];
    if (plugin && plugin.type !== "SpreadElement") return plugin;
  }
  return jwtCall.call.callee;
}
