/**
 * Parsers the scanner needs beyond ESLint's own (espree, for .js/.jsx/.mjs/.cjs). None of them is
 * a dependency of this package: they are looked up in the scanned project (from the working
 * directory), then next to this package (e.g. a global or `npx` install that brought them).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Linter } from "eslint";
import type { Language } from "./files.js";

/** The parser package each non-JavaScript language needs, and what else it needs installed. */
export const PARSER_PACKAGES: Record<Exclude<Language, "javascript">, { name: string; hint: string }> = {
  typescript: { name: "@typescript-eslint/parser", hint: "npm install --save-dev @typescript-eslint/parser" },
  vue: { name: "vue-eslint-parser", hint: "npm install --save-dev vue-eslint-parser" },
  svelte: { name: "svelte-eslint-parser", hint: "npm install --save-dev svelte-eslint-parser (with svelte)" },
  astro: { name: "astro-eslint-parser", hint: "npm install --save-dev astro-eslint-parser" },
};

export type Parsers = Partial<Record<Exclude<Language, "javascript">, Linter.Parser>>;

/** Imports a package by name from `cwd`'s project, else from next to this file; undefined when neither has it. */
export type ModuleLoader = (name: string) => Promise<unknown>;

export function projectLoader(cwd: string): ModuleLoader {
  const bases = [join(cwd, "package.json"), import.meta.url];
  return async (name) => {
    for (const base of bases) {
      let resolved: string;
      try {
        resolved = createRequire(base).resolve(name);
      } catch {
        continue;
      }
      const module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
      return module.default ?? module;
    }
    return undefined;
  };
}

function isParser(value: unknown): value is Linter.Parser {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { parse?: unknown; parseForESLint?: unknown };
  return typeof candidate.parseForESLint === "function" || typeof candidate.parse === "function";
}

/** Loads the parsers for the languages that occur in the scan; a parser that fails to load counts as missing. */
export async function loadParsers(languages: Iterable<Language>, load: ModuleLoader): Promise<Parsers> {
  const parsers: Parsers = {};
  for (const language of new Set(languages)) {
    if (language === "javascript") continue;
    try {
      const parser = await load(PARSER_PACKAGES[language].name);
      if (isParser(parser)) parsers[language] = parser;
    } catch {
      // Installed but broken (e.g. svelte-eslint-parser without svelte): treated as not installed.
    }
  }
  // Vue, Svelte and Astro files with <script lang="ts"> need the TypeScript parser too.
  if ((parsers.vue || parsers.svelte || parsers.astro) && !parsers.typescript) {
    try {
      const parser = await load(PARSER_PACKAGES.typescript.name);
      if (isParser(parser)) parsers.typescript = parser;
    } catch {
      // Script blocks in TypeScript then fail to parse and are reported as such.
    }
  }
  return parsers;
}
