/**
 * Logging out has to end the session where it is trusted: on the server. A handler that only
 * deletes the cookie or the token in the browser leaves a session id or refresh token that keeps
 * working for anyone who copied it (malware, a shared computer, a proxy log) until it expires.
 *
 * Policy only: logout recognition and the actions it performs live in src/analysis/auth-handlers.ts.
 */
import { createRule } from "../src/create-rule.js";
import { isFunction } from "../src/analysis/ast.js";
import { logoutActions, logoutEvidence, mentionsLogout } from "../src/analysis/auth-handlers.js";
import type { FunctionNode } from "../src/analysis/flow.js";

export type Options = [];
export type MessageIds = "clientOnlyLogout";

export default createRule<MessageIds, Options>({
  name: "require-server-side-logout",
  meta: {
    type: "problem",
    docs: {
      description: "Require logout handlers to end the session or revoke the token on the server, not only in the browser",
      recommended: "strict",
      owasp: ["session#session-expiration", "session#logout-button", "session#web-content-caching-and-clear-site-data", "jwt#not-using-jwts", "jwt#jwt-denylist"],
      cwe: [613],
      asvs: ["v5.0.0-7.4.1", "v5.0.0-14.3.1", "v4.0.3-3.3.1", "v4.0.3-8.2.3"],
      securitySeverity: 5.4,
    },
    schema: [],
    messages: {
      clientOnlyLogout:
        "{{where}} only clears {{what}} in the browser; the session or token stays valid on the server until it expires: destroy the server session (req.session.destroy), revoke the refresh token or denylist the JWT, or call the server's logout endpoint.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Logout is recognised from a route path or a function name, both spelled in the file.
    if (!mentionsLogout(context)) return {};
    const check = (fn: FunctionNode): void => {
      const where = logoutEvidence(context, fn);
      if (!where) return;
      const actions = logoutActions(context, fn);
      if (actions.serverSide || actions.clears.length === 0) return;
      const first = actions.clears[0];
      context.report({ node: first.node, messageId: "clientOnlyLogout", data: { where: capitalize(where), what: first.what } });
    };
    return {
      ":function"(node: FunctionNode) {
        if (isFunction(node)) check(node);
      },
    };
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
