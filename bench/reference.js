/**
 * The plugins the benchmark issue cites for comparison, measured by this benchmark in the same
 * process as ours (`npm run bench -- --reference`): the targets were set from their figures
 * on another method, so running them here tells how this method reads against that one.
 *
 * They are pinned by bench/reference/package.json and its lockfile (integrity of every package),
 * copied into bench/.reference/ (git-ignored) and installed there with `npm ci` on first use, so
 * the repository's own install stays as it is. Their ESLint is the repository's (they find it up
 * the folder tree), so both run on the same ESLint.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { benchDir } from "./corpus.js";

const manifestDir = join(benchDir, "reference");
const installDir = join(benchDir, ".reference");
const MANIFEST_FILES = ["package.json", "package-lock.json", ".npmrc"];

/**
 * The configurations measured. `rules: "all"` turns on every rule the plugin has. The issue names
 * "SonarJS's 10 security rules" without listing them: these are the ten of its security rules on
 * this plugin's subjects (cookies, JWT, password hashing and storage, secrets, CORS, CSRF, session
 * fixation, cleartext transport).
 */
export const REFERENCES = [
  { key: "jwt", module: "eslint-plugin-jwt", scope: "every rule", rules: "all" },
  {
    key: "sonarjs",
    module: "eslint-plugin-sonarjs",
    scope: "10 security rules",
    rules: [
      "cookie-no-httponly",
      "insecure-cookie",
      "insecure-jwt-token",
      "hashing",
      "no-hardcoded-passwords",
      "no-hardcoded-secrets",
      "cors",
      "csrf",
      "session-regeneration",
      "no-clear-text-protocols",
    ],
  },
];

function same(a, b) {
  return existsSync(a) && existsSync(b) && readFileSync(a, "utf8") === readFileSync(b, "utf8");
}

/** Installs the pinned reference plugins into bench/.reference/ unless that install is current. */
export function ensureReferencePlugins(log = () => {}) {
  const current =
    existsSync(join(installDir, "node_modules", ".package-lock.json")) &&
    MANIFEST_FILES.every((name) => same(join(manifestDir, name), join(installDir, name)));
  if (current) return;
  mkdirSync(installDir, { recursive: true });
  for (const name of MANIFEST_FILES) copyFileSync(join(manifestDir, name), join(installDir, name));
  log("bench: installing the reference plugins (npm ci in bench/.reference/)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: installDir, stdio: ["ignore", "inherit", "inherit"], shell: process.platform === "win32" });
  if (run.status !== 0) throw new Error(`npm ci in ${installDir} failed (exit ${run.status})`);
}

/**
 * The reference configurations, each `{ key, title, name, version, rules, config }`: `title` names
 * the package, its version and which rules; `rules` are the rule ids it turns on; `config` is a
 * flat config object that turns them on (put it after the language configs).
 */
export function loadReferences(log) {
  ensureReferencePlugins(log);
  const require = createRequire(join(installDir, "package.json"));
  return REFERENCES.map((reference) => {
    const loaded = require(reference.module);
    const plugin = loaded.default ?? loaded;
    // Read from the folder: a package's `exports` may not expose its package.json.
    const { version } = JSON.parse(readFileSync(join(installDir, "node_modules", reference.module, "package.json"), "utf8"));
    const names = reference.rules === "all" ? Object.keys(plugin.rules) : reference.rules;
    for (const name of names) {
      if (!plugin.rules[name]) throw new Error(`${reference.module} ${version} has no rule ${name}`);
    }
    const prefix = `ref-${reference.key}`;
    const rules = names.map((name) => `${prefix}/${name}`);
    return {
      key: reference.key,
      title: `${reference.module} ${version}, ${reference.scope}`,
      name: reference.module,
      version,
      rules,
      config: { name: `bench/${prefix}`, plugins: { [prefix]: plugin }, rules: Object.fromEntries(rules.map((rule) => [rule, "error"])) },
    };
  });
}

/**
 * One reference as the measured plugin (`npm run bench -- --reference-alone KEY`): its chosen rules
 * are its `recommended`, `strict` and `all`, so the benchmark measures it exactly as it measures
 * this plugin (its own floor and stats passes).
 */
export function referenceAsPlugin(key, log) {
  const reference = loadReferences(log).find((each) => each.key === key);
  if (!reference) throw new Error(`no reference plugin "${key}": ${REFERENCES.map((each) => each.key).join(", ")}`);
  const config = reference.config;
  return { meta: { name: reference.name, version: reference.version }, configs: { recommended: config, strict: config, all: config } };
}
