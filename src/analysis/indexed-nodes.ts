/**
 * One walk per file, shared by the models that scan a whole file for calls, assignments, `new`
 * expressions or member expressions (requests, navigations, query reads, log calls): the nodes are
 * collected once per AST, in walk order, and every later scan iterates only the node types it asks for.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { walk, type AnyContext } from "./ast.js";

type Node = TSESTree.Node;

export type IndexedType = "AssignmentExpression" | "CallExpression" | "NewExpression" | "MemberExpression";

const INDEXED_TYPES: ReadonlySet<string> = new Set<IndexedType>(["AssignmentExpression", "CallExpression", "NewExpression", "MemberExpression"]);

interface Indexed {
  all: Node[];
  /** Sub-lists in walk order, by the `types` key asked for. */
  byTypes: Map<string, Node[]>;
}

const indexedCache = new WeakMap<object, Indexed>();

/** The file's nodes of the given types, in walk order (depth-first, parents before children). */
export function indexedNodes(context: AnyContext, types: readonly IndexedType[]): readonly Node[] {
  const ast = context.sourceCode.ast as object;
  let indexed = indexedCache.get(ast);
  if (!indexed) {
    const all: Node[] = [];
    walk(context.sourceCode, context.sourceCode.ast, (node) => {
      if (INDEXED_TYPES.has(node.type)) all.push(node);
    });
    indexed = { all, byTypes: new Map() };
    indexedCache.set(ast, indexed);
  }
  const key = types.join(",");
  let list = indexed.byTypes.get(key);
  if (!list) {
    const wanted = new Set<string>(types);
    list = indexed.all.filter((node) => wanted.has(node.type));
    indexed.byTypes.set(key, list);
  }
  return list;
}
