/**
 * Self-lint (`npm run lint`, `--max-warnings 0`):
 * - typescript-eslint `recommended` (not type-aware, so it stays fast) on every TypeScript file,
 *   `@eslint/js` `recommended` on the JavaScript files (scripts, config files);
 * - eslint-plugin-eslint-plugin: the rule checks on `rules/`, the test checks on `test/rules/`;
 * - this plugin's own `recommended` config on `src/`, `rules/` and `scripts/`, loaded from the
 *   build (`npm test` builds before it lints).
 */
import { existsSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import eslintPlugin from "eslint-plugin-eslint-plugin";

const builtPlugin = new URL("./dist/src/index.js", import.meta.url);
if (!existsSync(builtPlugin)) {
  throw new Error("eslint.config.js lints the repository with its own built plugin: run `npm run build` first.");
}
const { default: authSecurity } = await import(builtPlugin.href);

/** The Node.js globals the JavaScript files here use (no `globals` dependency for a handful of names). */
const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

export default defineConfig([
  globalIgnores([
    "dist/",
    "examples/",
    "node_modules/",
    "bench/.corpus/",
    "bench/results/",
    "bench/.reference/",
    "docs/",
    "coverage/",
    "test/fixtures/",
    ".tmp/",
  ]),
  {
    name: "repo/javascript",
    files: ["**/*.{js,mjs,cjs}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
  },
  {
    name: "repo/typescript",
    files: ["{src,rules,test,scripts,bench}/**/*.{ts,tsx,mts,cts}", "*.{ts,mts,cts}"],
    extends: [tseslint.configs.recommended],
    rules: {
      // `_`-prefixed names are deliberately unused (callback positions, destructuring).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    name: "repo/eslint-plugin-rules",
    files: ["rules/**/*.ts"],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      // Rules pass `defaultOptions` to `createRule` next to `meta`, and createRule copies them into
      // `meta.defaultOptions`; this lint rule only looks inside the `meta` literal. The meta-test
      // (test/plugin.test.ts) checks the resulting `meta.defaultOptions` of every rule instead.
      "eslint-plugin/require-meta-default-options": "off",
    },
  },
  {
    name: "repo/eslint-plugin-tests",
    files: ["test/rules/**/*.ts"],
    extends: [eslintPlugin.configs["tests-recommended"]],
  },
  {
    name: "repo/auth-security",
    files: ["{src,rules,scripts}/**/*.{ts,tsx,js,mjs,cjs}"],
    extends: [authSecurity.configs.recommended],
  },
]);
