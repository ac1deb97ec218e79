/**
 * The file's calls and assignments, for the models that scan a whole file for them (log calls, JWT
 * sign calls, cookie writes, session middleware, session regeneration). Only the types some model
 * reads are collected: every collected node costs a listener call during traversal.
 *
 * The nodes are collected during ESLint's own traversal, not by a walk of our own: the first rule of
 * a file that asks for collection (`collectIndexedNodes` in its `create`, done by `createRule` for
 * rules that set `collectsNodes`) adds listeners that push every node of these types, in traversal
 * order. The list is complete once traversal reaches `Program:exit`; the collecting rule's listeners
 * were registered first, so its `Program:exit` runs before any other rule's and marks the list
 * complete. A model that asks earlier, or in a file where no rule collected, gets a walk of its own
 * (correct, only slower), so the result never depends on which rules are on.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk, type AnyContext } from "./ast.js";

type Node = TSESTree.Node;

export type IndexedType = "AssignmentExpression" | "CallExpression";

const INDEXED_TYPES: readonly IndexedType[] = ["AssignmentExpression", "CallExpression"];
const INDEXED_TYPE_SET: ReadonlySet<string> = new Set(INDEXED_TYPES);

interface Indexed {
  all: Node[];
  /** True once traversal has reached `Program:exit` (or the list came from a walk). */
  complete: boolean;
  /** Sub-lists in traversal order, by the `types` key asked for. */
  byTypes: Map<string, Node[]>;
}

/** Per AST: lives exactly as long as the AST, so nothing is shared across files or threads. */
const collected = new WeakMap<object, Indexed>();
const walked = new WeakMap<object, Indexed>();

type Listener = (node: never) => void;

function chain(first: Listener, second: Listener | undefined): Listener {
  if (!second) return first;
  return (node) => {
    first(node);
    second(node);
  };
}

/**
 * Returns `listener` plus, when no rule collects for this file yet, the listeners that collect the
 * indexed node types. Call it from a rule's `create` (after the rule's own early returns).
 */
export function collectIndexedNodes<L extends TSESLint.RuleListener>(context: AnyContext, listener: L): L {
  const ast = context.sourceCode.ast as object;
  if (collected.has(ast)) return listener;
  const state: Indexed = { all: [], complete: false, byTypes: new Map() };
  collected.set(ast, state);
  const push: Listener = (node) => {
    state.all.push(node);
  };
  const merged: Record<string, Listener | undefined> = { ...(listener as Record<string, Listener | undefined>) };
  for (const type of INDEXED_TYPES) merged[type] = chain(push, merged[type]);
  merged["Program:exit"] = chain(() => {
    state.complete = true;
  }, merged["Program:exit"]);
  return merged as L;
}

function indexedState(context: AnyContext): Indexed {
  const ast = context.sourceCode.ast as object;
  const state = collected.get(ast);
  if (state?.complete) return state;
  let own = walked.get(ast);
  if (!own) {
    const all: Node[] = [];
    walk(context.sourceCode, context.sourceCode.ast, (node) => {
      if (INDEXED_TYPE_SET.has(node.type)) all.push(node);
    });
    own = { all, complete: true, byTypes: new Map() };
    walked.set(ast, own);
  }
  return own;
}

/** The file's nodes of the given types, in traversal order (depth-first, parents before children). */
export function indexedNodes(context: AnyContext, types: readonly IndexedType[]): readonly Node[] {
  const indexed = indexedState(context);
  const key = types.join(",");
  let list = indexed.byTypes.get(key);
  if (!list) {
    if (types.length === INDEXED_TYPES.length) list = indexed.all;
    else {
      const wanted = new Set<string>(types);
      list = indexed.all.filter((node) => wanted.has(node.type));
    }
    indexed.byTypes.set(key, list);
  }
  return list;
}
