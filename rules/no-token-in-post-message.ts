/**
 * `postMessage(message, "*")` delivers the message to whatever document is loaded in the target
 * window at that moment: a popup or iframe that navigated elsewhere, or a page that opened this
 * one, receives the credential. This rule reports window messaging with the wildcard target
 * origin (positional or `{ targetOrigin: "*" }`) whose message carries a credential. Messages
 * to a named origin are fine, and Worker / MessagePort / BroadcastChannel `postMessage` (which
 * has no target origin) is out of scope.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { textSearch } from "../src/analysis/text.js";
import { argumentAt, memberName, unwrap } from "../src/analysis/ast.js";
import { credentialIn } from "../src/analysis/credentials.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { isGlobal } from "../src/analysis/flow.js";
import { readProperty, staticString } from "../src/analysis/values.js";

export type Options = [];
export type MessageIds = "wildcardOrigin";

/** `postMessage`, found from its `M`. */
const POST_MESSAGE_TEXT = textSearch("postMessage");

export default createRule<MessageIds, Options>({
  name: "no-token-in-post-message",
  meta: {
    type: "problem",
    docs: {
      description: 'Disallow sending access tokens, session ids and other credentials with postMessage to any origin ("*")',
      recommended: "recommended",
      owasp: ["session#the-localstorage-api", "session#html5-web-storage-api", "session#web-workers", "html5#local-storage"],
      cwe: [922],
      asvs: ["v5.0.0-14.3.3", "v5.0.0-10.1.1", "v4.0.3-8.2.2"],
      securitySeverity: 6.5,
    },
    schema: [],
    messages: {
      wildcardOrigin:
        '{{credential}} is sent with postMessage to any origin ("*"), so whatever page is loaded in the target window can read it: pass the exact origin of the receiving page, or keep the credential out of the message.',
    },
  },
  defaultOptions: [],
  create(context) {
    // Every call this rule checks names `postMessage`, and every report names a credential
    // (`credentialIn`), which a file that spells no credential word cannot hold.
    if (!POST_MESSAGE_TEXT.in(context.sourceCode.text) || !mayNameCredential(context)) return {};
    return {
      CallExpression(node) {
        if (!isPostMessage(context, node)) return;
        const target = wildcardTarget(context, node);
        const message = argumentAt(node, 0);
        if (!target || !message) return;
        const found = credentialIn(context, message);
        if (!found) return;
        const description = found.description;
        context.report({
          node: target,
          messageId: "wildcardOrigin",
          data: { credential: description[0].toUpperCase() + description.slice(1) },
        });
      },
    };
  },
});

/** `x.postMessage(…)`, `x?.postMessage(…)`, or the global `postMessage(…)` (window's own). */
function isPostMessage(context: Parameters<typeof isGlobal>[0], call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === "MemberExpression") return memberName(callee) === "postMessage";
  return callee.type === "Identifier" && callee.name === "postMessage" && isGlobal(context, callee);
}

/** The `"*"` target origin: the second argument, or `targetOrigin` in an options object. */
function wildcardTarget(context: Parameters<typeof isGlobal>[0], call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const second = argumentAt(call, 1);
  if (!second) return undefined;
  if (staticString(context, second) === "*") return second;
  const option = readProperty(context, second, "targetOrigin");
  if (option.kind !== "present" || staticString(context, option.node) !== "*") return undefined;
  return option.property ?? option.node;
}
