/**
 * Edits for suggestions. Every edit keeps the program parseable: properties are inserted with
 * the separators they need, arguments with their commas.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isParenthesized } from "@eslint-community/eslint-utils";
import type { AnyContext } from "./ast.js";

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Adds `key: value` (already formatted source text) to an object literal, after its last property. */
export function addProperty(context: AnyContext, fixer: Fixer, object: TSESTree.ObjectExpression, text: string): Fix {
  const sourceCode = context.sourceCode;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const closing = sourceCode.getLastToken(object)!;
    return fixer.insertTextBefore(closing, ` ${text} `);
  }
  const after = sourceCode.getTokenAfter(last)!;
  if (after.value === ",") return fixer.insertTextAfter(after, ` ${text},`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** Replaces the value of an existing property. */
export function replaceNode(fixer: Fixer, node: TSESTree.Node, text: string): Fix {
  return fixer.replaceText(node, text);
}

/** Removes a property from its object literal together with one adjacent comma. */
export function removeProperty(context: AnyContext, fixer: Fixer, property: TSESTree.Property): Fix {
  const sourceCode = context.sourceCode;
  const after = sourceCode.getTokenAfter(property)!;
  if (after.value === ",") {
    const next = sourceCode.getTokenAfter(after, { includeComments: true })!;
    return fixer.removeRange([property.range[0], next.range[0]]);
  }
  const before = sourceCode.getTokenBefore(property)!;
  if (before.value === ",") return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.remove(property);
}

/**
 * Inserts an argument at `index` of a call (`index` may equal the argument count to append).
 */
export function insertArgument(
  context: AnyContext,
  fixer: Fixer,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  text: string,
): Fix {
  const sourceCode = context.sourceCode;
  const args = call.arguments;
  if (index < args.length) return fixer.insertTextBefore(args[index], `${text}, `);
  const last = args[args.length - 1];
  if (!last) {
    const closing = sourceCode.getLastToken(call)!;
    return fixer.insertTextBefore(closing, text);
  }
  const after = sourceCode.getTokenAfter(last)!;
  if (after.value === ",") return fixer.insertTextAfter(after, ` ${text}`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** A string literal in the quote style of the file's first string literal near `node` (double by default). */
export function quote(context: AnyContext, node: TSESTree.Node, value: string): string {
  const text = context.sourceCode.getText(node);
  const single = text.includes("'") && !text.includes('"');
  const escaped = value.replace(/\\/gu, "\\\\");
  return single ? `'${escaped.replace(/'/gu, "\\'")}'` : `"${escaped.replace(/"/gu, '\\"')}"`;
}

/**
 * Removes an array element or a call argument together with one separating comma
 * (`[a, x, b]` → `[a, b]`, `[x, b]` → `[b]`, `f(a, x)` → `f(a)`). Returns null when the edit
 * cannot be made safely: the node is not a direct item of a list, is parenthesized, follows a hole,
 * or the tokens around it are not the expected separators.
 */
export function removeListItem(context: AnyContext, fixer: Fixer, node: TSESTree.Node): Fix | null {
  const sourceCode = context.sourceCode;
  const parent = node.parent;
  let items: readonly (TSESTree.Node | null)[];
  if (parent?.type === "ArrayExpression") items = parent.elements;
  else if ((parent?.type === "CallExpression" || parent?.type === "NewExpression") && parent.callee !== node) items = parent.arguments;
  else return null;
  const index = items.indexOf(node);
  if (index < 0 || isParenthesized(node as never, sourceCode as never)) return null;
  if (index > 0) {
    if (items[index - 1] === null) return null;
    const comma = sourceCode.getTokenBefore(node);
    if (comma?.value !== ",") return null;
    return fixer.removeRange([comma.range[0], node.range[1]]);
  }
  const after = sourceCode.getTokenAfter(node);
  if (after?.value === ",") {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    if (!next) return null;
    return fixer.removeRange([node.range[0], next.range[0]]);
  }
  return fixer.remove(node);
}
