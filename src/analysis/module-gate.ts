/**
 * The module-index entry points the models use: `getModuleIndex` already answers with the shared
 * `EMPTY_MODULE_INDEX` (compare with `===`) when the file imports none of the tracked modules,
 * which it tells from the per-file module entry points (`mentionsTrackedModule`) before building
 * anything.
 */
import type { AnyContext } from "./ast.js";
import { EMPTY_MODULE_INDEX, getModuleIndex, mentionsTrackedModule, type ModuleIndex, type TrackerConfig } from "./modules.js";

export { EMPTY_MODULE_INDEX, mentionsTrackedModule };

/** `getModuleIndex`: `EMPTY_MODULE_INDEX` when the file imports none of the tracked modules. */
export function moduleIndexOf(context: AnyContext, tracked: TrackerConfig): ModuleIndex {
  return getModuleIndex(context, tracked);
}
