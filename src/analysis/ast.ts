import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

export type Node = TSESTree.Node;
export type Expression = TSESTree.Expression;
export type SourceCode = Readonly<TSESLint.SourceCode>;
export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** Any rule context; the analysis layer only needs `sourceCode`. */
export interface AnyContext {
  readonly sourceCode: SourceCode;
}

const WRAPPERS = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
]);

/** `x as T`, `x satisfies T`, `x!`, `<T>x`, `f<T>` → `x` / `f`. */
export function unwrap(node: Node): Node {
  let current = node;
  while (WRAPPERS.has(current.type)) current = (current as TSESTree.TSAsExpression).expression;
  return current;
}

/** Climbs from a node through TypeScript wrappers and returns the outermost wrapper. */
export function outermostWrapper(node: Node): Node {
  let current = node;
  while (current.parent && WRAPPERS.has(current.parent.type)) current = current.parent;
  return current;
}

/** Static name of a member or property key: `a.b`, `a["b"]`, `{ b: 1 }`, `{ "b": 1 }`. */
export function staticKeyName(key: Node, computed: boolean): string | null {
  if (!computed && key.type === "Identifier") return key.name;
  if (!computed && key.type === "PrivateIdentifier") return null;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  if (key.type === "TemplateLiteral" && key.expressions.length === 0) return key.quasis[0].value.cooked ?? null;
  return null;
}

export function memberName(node: TSESTree.MemberExpression): string | null {
  return staticKeyName(node.property, node.computed);
}

export function propertyName(node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | null {
  return staticKeyName(node.key, node.computed);
}

export function isFunction(node: Node | null | undefined): node is TSESTree.FunctionLike {
  return (
    !!node &&
    (node.type === "FunctionExpression" ||
      node.type === "ArrowFunctionExpression" ||
      node.type === "FunctionDeclaration")
  );
}

/** The innermost function (or the Program) that contains `node`. */
export function enclosingFunction(node: Node): TSESTree.FunctionLike | TSESTree.Program {
  let current: Node | undefined = node.parent;
  while (current) {
    if (isFunction(current) || current.type === "Program") return current;
    current = current.parent;
  }
  throw new Error("node is not attached to a Program");
}

/** Depth-first walk of a subtree with the source code's visitor keys; `visit` returns false to skip children. */
export function walk(sourceCode: SourceCode, root: Node, visit: (node: Node) => boolean | void): void {
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const childKeys = keys[node.type];
    if (!childKeys) continue;
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[i]];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const item = child[j] as Node | null;
          if (item && typeof item.type === "string") stack.push(item);
        }
      } else if (child && typeof (child as Node).type === "string") {
        stack.push(child as Node);
      }
    }
  }
}

/** True when `inner` lies inside `outer` (or is it). */
export function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The argument at `index`, or undefined when absent or spread (a spread hides positions). */
export function argumentAt(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Expression | undefined {
  for (let i = 0; i <= index && i < call.arguments.length; i++) {
    if (call.arguments[i].type === "SpreadElement") return undefined;
  }
  const argument = call.arguments[index];
  return argument && argument.type !== "SpreadElement" ? argument : undefined;
}

/** True when a spread argument could fill position `index`, so absence cannot be proven. */
export function argumentsUnknownFrom(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
  for (let i = 0; i <= index && i < call.arguments.length; i++) {
    if (call.arguments[i].type === "SpreadElement") return true;
  }
  return false;
}

export function getScope(sourceCode: SourceCode, node: Node): Scope {
  return sourceCode.getScope(node);
}

/**
 * The variable an identifier reads, writes or declares: its name looked up from the identifier's
 * own scope outwards. The same answer as eslint-utils' `findVariable(getScope(id), id)`, without its
 * first step: given a node, that searches the scope's child scopes for the innermost one that holds
 * the node, which `getScope` already returned, reading the range of every child scope (at a module's
 * top level, every top-level function: 3.7 µs per lookup on the benchmark corpus).
 */
export function variableAt(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | null {
  const name = identifier.name;
  for (let scope: Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return null;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** The child in `list` (in source order) whose range holds `index`. */
function childAt(list: readonly unknown[], index: number): TSESTree.Node | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid];
    if (!isNode(item)) {
      // A hole (`[, a]`): look at every element.
      for (const each of list) if (isNode(each) && each.range[0] <= index && index < each.range[1]) return each;
      return undefined;
    }
    if (index < item.range[0]) high = mid - 1;
    else if (index >= item.range[1]) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** The comment whose range holds `index`, if any (a binary search: comments are in source order). */
export function commentAt(sourceCode: SourceCode, index: number): TSESTree.Comment | undefined {
  return childAt(sourceCode.getAllComments(), index) as TSESTree.Comment | undefined;
}

/** The innermost node whose range holds `index`: one path down from the root, not a walk of the file. */
export function nodeAtIndex(sourceCode: SourceCode, index: number): TSESTree.Node {
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  let node = sourceCode.ast as TSESTree.Node;
  descend: for (;;) {
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const found = Array.isArray(child) ? childAt(child, index) : isNode(child) && child.range[0] <= index && index < child.range[1] ? child : undefined;
      if (found) {
        node = found;
        continue descend;
      }
    }
    return node;
  }
}

/**
 * `compute`, run once per file: the result is kept per AST, so it lives exactly as long as the
 * file's AST and nothing outlives the file (safe under `--concurrency` and `--cache`).
 */
export function perFile<T>(compute: (context: AnyContext) => T): (context: AnyContext) => T {
  const cache = new WeakMap<object, T>();
  return (context) => {
    const ast = context.sourceCode.ast as object;
    // One lookup for the common case (every rule of a file asks the shared checks again).
    const cached = cache.get(ast);
    if (cached !== undefined || cache.has(ast)) return cached as T;
    const value = compute(context);
    cache.set(ast, value);
    return value;
  };
}

/**
 * The file's text with every comment cut out (one space in its place), cached per AST: for the
 * per-file text tests whose words a report needs in code (an identifier, a string, a template,
 * JSX), never in a comment. A third of library text is comments (JSDoc, licence headers), so
 * these tests read less and pass fewer files. No word that code spells is lost or changed: a
 * comment starts with `/` (or `#!`, `<!--`) and ends with `/` or before a line break, no letter
 * or digit, so the space that replaces it changes no word boundary. Offsets in it are not offsets
 * in the file.
 */
export const codeText = perFile((context): string => {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  const comments = sourceCode.getAllComments();
  if (comments.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const comment of comments) {
    parts.push(text.slice(at, comment.range[0]));
    at = comment.range[1];
  }
  parts.push(text.slice(at));
  return parts.join(" ");
});
