/** Types of bench/setup.js, for the TypeScript tests that import it. */
import type { ESLint, Linter } from "eslint";
import type { CorpusFile } from "./corpus.js";

export interface BuiltPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin["rules"]>;
  configs: Record<"recommended" | "strict" | "all", Linter.Config>;
}

export declare const pluginEntry: string;
export declare function loadPlugin(): Promise<BuiltPlugin>;
export declare const noopPlugin: ESLint.Plugin;
export declare function languageConfigs(files: CorpusFile[], options?: { project?: string }): Linter.Config[];
export declare function variantConfigs(
  plugin: BuiltPlugin,
  files: CorpusFile[],
  options?: { project?: string },
): Record<"zero" | "noop" | "recommended" | "strict" | "all", Linter.Config[]>;
export declare function rulesOf(config: Linter.Config): string[];
export declare function typedFiles(count: number): CorpusFile[];
export declare function writeTypedProject(files: CorpusFile[], name?: string): string;
