/**
 * Session middleware that keeps its framework's default cookie name (`connect.sid`, `koa.sess`,
 * `sessionId` …) tells anyone who sees the cookie which framework, and often which version
 * range, serves the site: the first step of picking known exploits. A generic name such as
 * `id` gives nothing away.
 *
 * Policy only: which middleware exists, where its name option lives and what it defaults to
 * comes from `src/models/sessions.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { quote, replaceNode } from "../src/analysis/fix.js";
import { addSessionOption, findSessionMiddlewares, maySessionMiddlewares, sessionCookieName, type SessionMiddlewareCall } from "../src/models/sessions.js";

export type Options = [];
export type MessageIds = "defaultCookieName" | "useGenericName";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** The generic name the Session Management Cheat Sheet suggests. */
const GENERIC_NAME = "id";

export default createRule<MessageIds, Options>({
  name: "no-default-session-cookie-name",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow session middleware that keeps its framework's default session cookie name",
      recommended: "strict",
      owasp: ["session#session-id-name-fingerprinting"],
      cwe: [200],
      asvs: [],
      securitySeverity: 3.1,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      defaultCookieName:
        '{{middleware}} names its session cookie "{{name}}", the framework default, which tells attackers what the server runs: set {{option}} to a generic name such as "id".',
      useGenericName: 'Name the session cookie "id" (every reader of the old cookie name must change too).',
    },
  },
  defaultOptions: [],
  collectsNodes: true,
  create(context) {
    if (!maySessionMiddlewares(context)) return {};
    return {
      "Program:exit"() {
        const reported = new Set<TSESTree.Node>();
        for (const found of findSessionMiddlewares(context)) check(context, found, reported);
      },
    };
  },
});

function check(context: Context, found: SessionMiddlewareCall, reported: Set<TSESTree.Node>): void {
  const spec = found.middleware.cookieName;
  if (!spec.option || !spec.standalone || !spec.fingerprints || spec.default === null) return;
  const name = sessionCookieName(context, found);
  const data = { middleware: found.middleware.name, name: spec.default, option: spec.option.join(".") };
  if (name.kind === "default") {
    if (reported.has(found.reportNode)) return;
    reported.add(found.reportNode);
    const fix = addSessionOption(context, found, spec.option, quote(context, found.call, GENERIC_NAME));
    const suggest: Suggestion[] = fix ? [{ messageId: "useGenericName", fix }] : [];
    context.report({ node: found.reportNode, messageId: "defaultCookieName", data, suggest });
    return;
  }
  if (name.kind !== "set" || name.value !== spec.default || reported.has(name.node)) return;
  reported.add(name.node);
  const node = name.node;
  const suggest: Suggestion[] = [];
  if (name.option !== spec.option) {
    // The name comes from another option (@fastify/secure-session `sessionName`, also the request
    // property): add the cookie-name option instead of renaming that one.
    const fix = addSessionOption(context, found, spec.option, quote(context, node, GENERIC_NAME));
    if (fix) suggest.push({ messageId: "useGenericName", fix });
  } else if (name.property !== undefined && (node.type === "Literal" || node.type === "TemplateLiteral")) {
    suggest.push({ messageId: "useGenericName", fix: (fixer) => replaceNode(fixer, node, quote(context, node, GENERIC_NAME)) });
  }
  context.report({ node, messageId: "defaultCookieName", data: { ...data, option: name.option.join(".") }, suggest });
}
