/**
 * ESLint flat configs for linting the corpus, shared by the benchmark, the corpus sweep and the
 * CLI consistency test. The plugin is always the build (`dist/src/index.js`), so every rule it
 * registers — including rules added after this file was written — is measured and swept.
 *
 * Parsing follows what a project would configure: espree (ESLint's default) for JavaScript with JSX
 * on, `@typescript-eslint/parser` for TypeScript; `sourceType` by extension and, for `.js`, by the
 * nearest package.json `type` (the corpus index records it, see corpus.js).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { absolutePath, corpusRoot, ensureCorpus, repoRoot, selectFiles } from "./corpus.js";

/** The built plugin; AUTH_SECURITY_BENCH_PLUGIN=<path to an index.js> measures another build. */
export const pluginEntry = process.env.AUTH_SECURITY_BENCH_PLUGIN
  ? resolve(process.env.AUTH_SECURITY_BENCH_PLUGIN)
  : join(repoRoot, "dist", "src", "index.js");

/** Imports the built plugin; a clear message when `npm run build` has not run. */
export async function loadPlugin() {
  if (!existsSync(pluginEntry)) throw new Error(`${pluginEntry} is missing: run \`npm run build\` first`);
  const module = await import(pathToFileURL(pluginEntry).href);
  return module.default;
}

/** A rule that registers no listener: the honest floor (ESLint costs more as soon as any rule is on). */
export const noopPlugin = {
  meta: { name: "bench", version: "0.0.0" },
  rules: {
    noop: {
      meta: { type: "problem", schema: [], docs: { description: "Does nothing (benchmark floor)." } },
      create: () => ({}),
    },
  },
};

const JS = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"];
const TS = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

/**
 * Parser settings for the given corpus files: one config object per folder whose `.js` files are
 * CommonJS (deepest folder wins, as with package.json lookup). `project`: a tsconfig.json that lists
 * the TypeScript files, for type-aware linting (`parserOptions.project`, see bench/typed.js).
 * @param {import("./corpus.d.ts").CorpusFile[]} files
 * @param {{ project?: string }} [options]
 */
export function languageConfigs(files, { project } = {}) {
  const configs = [
    {
      name: "corpus/javascript",
      files: JS,
      languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { reportUnusedDisableDirectives: "off" },
    },
    {
      name: "corpus/typescript",
      files: TS,
      languageOptions: { parser: tsParser, sourceType: "module", ...(project ? { parserOptions: { project, tsconfigRootDir: corpusRoot } } : {}) },
      linterOptions: { reportUnusedDisableDirectives: "off" },
    },
    { name: "corpus/tsx", files: ["**/*.tsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { name: "corpus/commonjs-extensions", files: ["**/*.cjs", "**/*.cts"], languageOptions: { sourceType: "commonjs" } },
  ];
  // `.js` / `.jsx` files whose nearest package.json is not `"type": "module"`: a matcher function
  // (flat config accepts them in `files`) instead of thousands of folder globs.
  const commonjs = new Set(
    files.filter((file) => /\.jsx?$/.test(file.path) && file.sourceType === "commonjs").map((file) => absolutePath(file)),
  );
  if (commonjs.size > 0) {
    configs.push({
      name: "corpus/commonjs-packages",
      files: [(filePath) => commonjs.has(filePath)],
      languageOptions: { sourceType: "commonjs" },
    });
  }
  return configs;
}

/**
 * The configurations the benchmark compares. `zero`: no rule; `noop`: one rule that does nothing;
 * `recommended` / `strict` / `all`: the plugin's configs.
 */
export function variantConfigs(plugin, files, options) {
  const base = languageConfigs(files, options);
  return {
    zero: [...base],
    noop: [...base, { plugins: { bench: noopPlugin }, rules: { "bench/noop": "error" } }],
    recommended: [...base, plugin.configs.recommended],
    strict: [...base, plugin.configs.strict],
    all: [...base, plugin.configs.all],
  };
}

/** Rule ids (`auth-security/<name>`) a plugin config turns on. */
export function rulesOf(config) {
  return Object.keys(config.rules ?? {});
}

/** The first `count` TypeScript files in the corpus order (a deterministic subset that mixes packages). */
export function typedFiles(count) {
  return selectFiles(ensureCorpus({ quiet: true }), Infinity)
    .filter((file) => file.typescript)
    .slice(0, count);
}

/**
 * Writes a tsconfig.json that lists exactly the TypeScript files among `files` (in the git-ignored
 * corpus folder; `types: []` keeps the repository's own @types out of the program) and returns
 * its path, for `languageConfigs(files, { project })`.
 */
export function writeTypedProject(files, name = "tsconfig.typed.json") {
  const path = join(corpusRoot, name);
  const project = {
    compilerOptions: {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      jsx: "preserve",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    files: files.filter((file) => file.typescript).map((file) => absolutePath(file)),
  };
  writeFileSync(path, `${JSON.stringify(project, null, 2)}\n`);
  return path;
}
