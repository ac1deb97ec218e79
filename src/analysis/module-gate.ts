/**
 * A pre-check in front of `getModuleIndex`: the index only records modules imported or required by
 * a static name, so a file with no string token spelling one of the tracked modules has an empty
 * index. Scanning the token list once per file is far cheaper than building that index (which
 * visits the imports, the `require` references and every dynamic `import()`).
 */
import type { AnyContext } from "./ast.js";
import { getModuleIndex, type ModuleIndex, type TrackerConfig } from "./modules.js";

const EMPTY: readonly never[] = Object.freeze([]);

/** The index of a file that names no tracked module. */
export const EMPTY_MODULE_INDEX: ModuleIndex = Object.freeze({
  calls: () => EMPTY,
  callsInto: () => EMPTY,
  argumentsOf: () => EMPTY,
  imports: () => false,
  resolve: () => undefined,
});

const stringCache = new WeakMap<object, ReadonlySet<string> | null>();

/**
 * The contents of every string and plain template token of the file (module names are written as
 * one: `import … from "m"`, `require("m")`, `import(\`m\`)`, `const M = "m"`); null when the parser
 * gives no token list (or one that misses an import source), in which case nothing is ruled out.
 */
function stringTokens(context: AnyContext): ReadonlySet<string> | null {
  const ast = context.sourceCode.ast as object;
  const cached = stringCache.get(ast);
  if (cached !== undefined) return cached;
  const tokens = (ast as { tokens?: unknown }).tokens;
  let strings: Set<string> | null = null;
  if (Array.isArray(tokens)) {
    strings = new Set();
    for (const token of tokens as { type?: unknown; value?: unknown }[]) {
      if ((token.type === "String" || token.type === "Template") && typeof token.value === "string" && token.value.length >= 2) {
        strings.add(token.value.slice(1, -1));
      }
    }
  }
  // Trust the list only when it agrees with the AST: every static import source is among the strings.
  if (strings) {
    for (const statement of context.sourceCode.ast.body) {
      if (statement.type === "ImportDeclaration" && !strings.has(statement.source.value)) {
        strings = null;
        break;
      }
    }
  }
  stringCache.set(ast, strings);
  return strings;
}

/** True when the file may import or require at least one module the tracker follows. */
export function mentionsTrackedModule(context: AnyContext, tracked: TrackerConfig): boolean {
  const strings = stringTokens(context);
  if (!strings) return true;
  if (strings.size < tracked.modules.size) {
    for (const value of strings) if (tracked.modules.has(value)) return true;
  } else {
    for (const module of tracked.modules) if (strings.has(module)) return true;
  }
  return false;
}

/** `getModuleIndex`, or the empty index when the text names none of the tracked modules. */
export function moduleIndexOf(context: AnyContext, tracked: TrackerConfig): ModuleIndex {
  return mentionsTrackedModule(context, tracked) ? getModuleIndex(context, tracked) : EMPTY_MODULE_INDEX;
}
