/**
 * A pre-check in front of `getModuleIndex`: the index only records modules imported or required by
 * a static name, so a file with no string token spelling one of the tracked modules has an empty
 * index. Scanning the token list once per file is far cheaper than building that index (which
 * visits the imports, the `require` references and every dynamic `import()`).
 */
import type { AnyContext } from "./ast.js";
import { getModuleIndex, mentionsTrackedModule, type ModuleIndex, type TrackerConfig } from "./modules.js";

export { mentionsTrackedModule };

const EMPTY: readonly never[] = Object.freeze([]);

/** The index of a file that names no tracked module. */
export const EMPTY_MODULE_INDEX: ModuleIndex = Object.freeze({
  calls: () => EMPTY,
  callsInto: () => EMPTY,
  argumentsOf: () => EMPTY,
  imports: () => false,
  resolve: () => undefined,
});

/** `getModuleIndex`, or the empty index when the text names none of the tracked modules. */
export function moduleIndexOf(context: AnyContext, tracked: TrackerConfig): ModuleIndex {
  return getModuleIndex(context, tracked);
}
