/**
 * Session fixation: if the session id a browser holds before login stays the same after login, an
 * attacker who planted that id (a crafted link, a shared computer, a subdomain cookie) is logged in
 * as the victim. Login handlers must issue a new session id before storing the user in the session.
 *
 * Policy only: login recognition and session operations live in src/analysis/auth-handlers.ts.
 */
import { createRule } from "../src/create-rule.js";
import { identityWrite, loginEvidence, mayWriteIdentity, ownerFunction, regeneratedBefore, type IdentityWrite } from "../src/analysis/auth-handlers.js";
import { chainNames } from "../src/analysis/flow.js";
import { indexedNodes } from "../src/analysis/indexed-nodes.js";
import { sessionStorageImports } from "../src/models/sessions.js";

export type Options = [];
export type MessageIds = "missingRegeneration";

export default createRule<MessageIds, Options>({
  name: "require-session-regeneration",
  meta: {
    type: "problem",
    docs: {
      description: "Require a new session id before a login handler stores the user in the session",
      recommended: "recommended",
      owasp: [
        "session#renew-the-session-id-after-any-privilege-level-change",
        "session#session-id-generation-and-verification-permissive-and-strict-session-management",
        "session#used-vs-accepted-session-id-exchange-mechanisms",
        "authentication#implementation-recommendations",
      ],
      cwe: [384],
      asvs: ["v5.0.0-7.2.4", "v4.0.3-3.2.1"],
      rfc: ["RFC 6265 §8.4", "draft-ietf-httpbis-rfc6265bis §8.4"],
      securitySeverity: 7.1,
    },
    schema: [],
    messages: {
      missingRegeneration:
        "{{target}} is set in {{where}} without regenerating the session first, so a session id planted before login becomes authenticated (session fixation): call the session's regenerate() and store the user in its callback (or after awaiting it).",
    },
  },
  defaultOptions: [],
  collectsNodes: true,
  create(context) {
    if (!mayWriteIdentity(context)) return {};
    return {
      "Program:exit"() {
        // The file's assignments and calls, collected during ESLint's traversal (no listener of our own).
        const writes: IdentityWrite[] = [];
        for (const node of indexedNodes(context, ["AssignmentExpression", "CallExpression"])) {
          const write = identityWrite(context, node);
          if (write) writes.push(write);
        }
        if (writes.length === 0) return;
        const { cookieOnly, koaServerStore } = sessionStorageImports(context);
        if (cookieOnly) return;
        for (const write of writes) {
          // Koa's usual koa-session keeps the session in the cookie; only a server store can be fixed.
          if (chainNames(write.session)[0] === "ctx" && !koaServerStore) continue;
          const fn = ownerFunction(write.node);
          if (!fn) continue;
          const where = loginEvidence(context, fn);
          if (!where || regeneratedBefore(context, write.node)) continue;
          context.report({ node: write.node, messageId: "missingRegeneration", data: { target: write.target, where } });
        }
      },
    };
  },
});
