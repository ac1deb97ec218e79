/**
 * `===` on strings returns at the first differing character, so the time a server takes to
 * reject a guess tells an attacker how many leading characters were right. For an HMAC
 * signature, an API key or a reset code that turns brute force into a character-by-character
 * search. Secrets are compared with `crypto.timingSafeEqual` on equal-length buffers.
 *
 * Policy only: what counts as a secret operand lives in src/analysis/secret-compare.ts.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { mayNameSecretOrCredential } from "../src/analysis/credential-words.js";
import { memberName, unwrap, walk } from "../src/analysis/ast.js";
import { enclosingFunctions, isUiComponentCode } from "../src/analysis/flow.js";
import { isPasswordName } from "../src/analysis/passwords.js";
import { secretComparison } from "../src/analysis/secret-compare.js";
import { textSearch } from "../src/analysis/text.js";

export type Options = [];
export type MessageIds = "unsafeCompare";

/** The comparison operators a secret check uses (`secretComparison` rules out the trivial operands itself). */
const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(["===", "!==", "==", "!="]);
const EQUALS_TEXT = textSearch("equals");
const LOCALE_COMPARE_TEXT = textSearch("localeCompare");

export default createRule<MessageIds, Options>({
  name: "no-timing-unsafe-compare",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow comparing secrets, signatures and tokens with operators that leak timing",
      recommended: "recommended",
      owasp: ["authentication#compare-password-hashes-using-safe-functions"],
      cwe: [208],
      asvs: [],
      securitySeverity: 5.9,
    },
    schema: [],
    messages: {
      unsafeCompare:
        "{{secret}} is compared with {{operator}}, which stops at the first differing character, so response times reveal how much of a guess was right: compare with crypto.timingSafeEqual on equal-length buffers (for example two HMAC-SHA-256 digests).",
    },
  },
  defaultOptions: [],
  create(context) {
    // Every secret operand is recognised from a name or header the file spells (or an HMAC digest,
    // `createHmac`): nothing to compare in a file without a credential or secret word.
    if (!mayNameSecretOrCredential(context)) return {};
    function check(node: TSESTree.Node, left: TSESTree.Node, right: TSESTree.Node, operator: string): void {
      const secret = secretComparison(context, left, right);
      if (!secret) return;
      // A form's two copies of the user's own password (`password !== confirmPassword`) are not a secret check.
      if (isPlainPassword(left) && isPlainPassword(right)) return;
      // Browser code comparing its own token state (`token !== prevToken`) has no timing oracle to leak.
      if (isClientCode(context, node)) return;
      context.report({ node, messageId: "unsafeCompare", data: { secret: capitalize(secret.name), operator } });
    }

    const listeners: TSESLint.RuleListener = {
      // Plain node-type listeners with the tests in code: ESLint matches attribute selectors
      // (`BinaryExpression[operator=…]:not(…)`) node by node at a higher cost than these tests.
      BinaryExpression(node) {
        if (EQUALITY_OPERATORS.has(node.operator)) check(node, node.left, node.right, node.operator);
      },
      CallExpression(node) {
        // `a.equals(b)` (Buffer, KeyObject) and `a.localeCompare(b)`.
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return;
        const method = callee.property.name;
        if (method !== "equals" && method !== "localeCompare") return;
        const other = node.arguments[0];
        if (!other || other.type === "SpreadElement" || node.arguments.length > (method === "equals" ? 1 : 3)) return;
        check(node, callee.object, other, method === "equals" ? "Buffer#equals" : "localeCompare");
      },
    };
    // The method name is spelled in the text of every call the listener checks.
    const text = context.sourceCode.text;
    if (!EQUALS_TEXT.in(text) && !LOCALE_COMPARE_TEXT.in(text)) delete listeners.CallExpression;
    return listeners;
  },
});

/**
 * Client UI code: a component or hook (judged by the code around the comparison, not by the file
 * extension: `.tsx` files also hold route handlers), unless it runs on the server: an `async`
 * component (a React Server Component; client components cannot be async) or a file marked
 * `"use server"` (server actions).
 */
function isClientCode(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, node: TSESTree.Node): boolean {
  if (!isUiComponentCode({ sourceCode: context.sourceCode }, node)) return false;
  if (hasDirective(context.sourceCode.ast, "use server")) return false;
  // The component is the outermost function that renders JSX; an async handler inside a client component stays client code.
  const component = enclosingFunctions(node)
    .reverse()
    .find((fn) => rendersJsx(context, fn));
  return !component?.async;
}

function rendersJsx(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, fn: TSESTree.Node): boolean {
  let found = false;
  walk(context.sourceCode, fn, (inner) => {
    if (found) return false;
    if (inner.type === "JSXElement" || inner.type === "JSXFragment") found = true;
    return !found;
  });
  return found;
}

function hasDirective(program: TSESTree.Program, directive: string): boolean {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || !("directive" in statement) || typeof statement.directive !== "string") return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

function isPlainPassword(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" ? memberName(n) : null;
  return name !== null && isPasswordName(name);
}

function capitalize(text: string): string {
  return text.startsWith("the ") ? `The ${text.slice(4)}` : text;
}
