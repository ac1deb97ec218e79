/**
 * Global setup of the end-to-end tests: ONE temporary workspace per run, reused by every test.
 *
 * `npm pack` the repository (dist/ must be built), then install the tarball, in parallel, into
 * three fresh `"type": "module"` projects that each get a copy of examples/:
 *   eslint10/  ESLint 10, typescript-eslint (+ typescript), vue-eslint-parser, oxlint
 *   eslint9/   ESLint 9 (>= 9.34, for --concurrency), typescript-eslint (+ typescript)
 *   plain/     the tarball alone: ESLint arrives as its peer dependency, no TypeScript anywhere
 * Versions of the tools this repository also uses are pinned to the ones in its node_modules, so
 * the installs come from the local npm cache.
 *
 * Regenerate the ONE expectation file (test/e2e/expected-findings.json) after changing rules or
 * examples, and review the diff:   UPDATE_EXPECTED=1 npm run test:e2e
 * (written here, from ESLint 10 with eslint.config.js, before any test compares with it).
 * Keep the workspace for inspection:   KEEP_E2E=1 npm run test:e2e
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { eslintJsonFindings, root, run, runAsync, writeExpected } from "./findings.js";

export interface Workspace {
  work: string;
  tarball: string;
  packedFiles: string[];
  projects: { eslint10: string; eslint9: string; plain: string };
  installSeconds: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    workspace: Workspace;
  }
}

const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

/** `name@<version in this repository's node_modules>`, or `name@fallback` when it is not installed here. */
/**
 * Oxlint is installed only into the end-to-end workspace, not as a devDependency of the repository:
 * its lock entries would need every platform binding, and the registry here lacks most of them for
 * this version, which makes `npm ci` fail. The version is pinned here instead.
 */
export const OXLINT_VERSION = "1.94.0";

function pinned(name: string, fallback: string): string {
  const manifest = join(root, "node_modules", name, "package.json");
  if (!existsSync(manifest)) return `${name}@${fallback}`;
  return `${name}@${(JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version}`;
}

export const ESM_CONFIG = `import authSecurity from "eslint-plugin-auth-security";
import tsParser from "@typescript-eslint/parser";

export default [
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },
  authSecurity.configs.recommended,
];
`;

export const CJS_CONFIG = `const authSecurity = require("eslint-plugin-auth-security");
const tsParser = require("@typescript-eslint/parser");

module.exports = [
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },
  authSecurity.configs.recommended,
];
`;

/**
 * typescript-eslint's \`tseslint.config(...)\` with type-aware linting (projectService). The probe
 * rule reports any TypeScript file linted without a type-checker program, so "type-aware" is
 * asserted, not assumed.
 */
export const TYPED_CONFIG = `import tseslint from "typescript-eslint";
import authSecurity from "eslint-plugin-auth-security";

const probe = {
  meta: { name: "e2e-probe" },
  rules: {
    "type-info": {
      meta: { type: "problem", schema: [], messages: { missing: "linted without type information" } },
      create(context) {
        return {
          Program(node) {
            if (!context.sourceCode.parserServices?.program) context.report({ node, messageId: "missing" });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "e2e-probe": probe },
    rules: { "e2e-probe/type-info": "error" },
  },
  authSecurity.configs.recommended,
);
`;

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      jsx: "react-jsx",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ["examples/**/*.ts", "examples/**/*.tsx"],
  },
  null,
  2,
)}\n`;

/** A project with no TypeScript: the plugin's recommended config on plain JavaScript. */
export const PLAIN_CONFIG = `import authSecurity from "eslint-plugin-auth-security";

export default [
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  authSecurity.configs.recommended,
];
`;

/** A file with a finding that .gitignore hides from the scanner (and a .gitignore that says so). */
const IGNORED_FILE = `import jwt from "jsonwebtoken";\nexport const token = jwt.sign({ sub: "1" }, "gitignored-secret-value");\n`;

function createProject(work: string, name: string, files: Record<string, string>): string {
  const project = join(work, name);
  mkdirSync(project, { recursive: true });
  cpSync(join(root, "examples"), join(project, "examples"), { recursive: true });
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: `e2e-${name}`, private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(join(project, ".gitignore"), "node_modules/\nbuild/\n*.sarif\n.eslintcache\n");
  mkdirSync(join(project, "build"));
  writeFileSync(join(project, "build", "bundle.js"), IGNORED_FILE);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(project, file, ".."), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  return project;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const mainFile = join(root, "dist", "src", "index.js");
  if (!existsSync(mainFile)) throw new Error("dist/src/index.js is missing: run `npm run build` before the end-to-end tests.");
  if (!existsSync(join(root, "dist", "oxlint", "recommended.json"))) throw new Error("dist/oxlint/ is missing: run `npm run build`.");

  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), "auth-security-e2e-"));
  const packResult = run("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], root);
  if (packResult.status !== 0) throw new Error(`npm pack failed:\n${packResult.stderr}`);
  const packed = JSON.parse(packResult.stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = join(work, packed[0].filename);

  const vueFixture = readFileSync(join(root, "test", "e2e", "fixtures", "vue-app", "Login.vue"), "utf8");
  const ciOxlint = readFileSync(join(root, "examples", "ci", "oxlintrc.json"), "utf8");
  const typed = { "eslint.typed.config.js": TYPED_CONFIG, "tsconfig.json": TSCONFIG };
  const eslint10 = createProject(work, "eslint10", {
    "eslint.config.js": ESM_CONFIG,
    "eslint.config.cjs": CJS_CONFIG,
    ...typed,
    ".oxlintrc.json": ciOxlint,
    "vue-app/Login.vue": vueFixture,
  });
  const eslint9 = createProject(work, "eslint9", { "eslint.config.js": ESM_CONFIG, "eslint.config.cjs": CJS_CONFIG, ...typed });
  const plain = createProject(work, "plain", { "eslint.config.js": PLAIN_CONFIG, "vue-app/Login.vue": vueFixture });

  const typescriptEslint = [pinned("typescript-eslint", "^8"), pinned("@typescript-eslint/parser", "^8"), pinned("typescript", "^5")];
  await Promise.all([
    runAsync("npm", ["install", tarball, pinned("eslint", "^10"), ...typescriptEslint, pinned("vue-eslint-parser", "^10"), `oxlint@${OXLINT_VERSION}`, ...NPM_FLAGS], eslint10),
    runAsync("npm", ["install", tarball, "eslint@^9.34.0", ...typescriptEslint, ...NPM_FLAGS], eslint9),
    runAsync("npm", ["install", tarball, ...NPM_FLAGS], plain),
  ]);
  const installSeconds = (Date.now() - started) / 1000;
  console.log(`end-to-end workspace ${work}: packed and installed 3 projects in ${installSeconds.toFixed(1)} s`);

  if (process.env.UPDATE_EXPECTED) {
    const result = run("npx", ["--no-install", "eslint", "--config", "eslint.config.js", "-f", "json", "examples"], eslint10);
    if (result.status !== 0 && result.status !== 1) throw new Error(`eslint failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    const { findings, problems } = eslintJsonFindings(result.stdout, eslint10);
    if (problems.length > 0) throw new Error(`examples/ has problems other than findings:\n${problems.join("\n")}`);
    writeExpected(findings);
    console.log(`UPDATE_EXPECTED: wrote ${findings.length} findings to test/e2e/expected-findings.json`);
  }

  project.provide("workspace", {
    work,
    tarball,
    packedFiles: packed[0].files.map((file) => file.path).sort(),
    projects: { eslint10, eslint9, plain },
    installSeconds,
  });

  return () => {
    console.log(`end-to-end run: ${((Date.now() - started) / 1000).toFixed(1)} s in total`);
    if (process.env.KEEP_E2E) console.log(`kept the end-to-end workspace in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
}
