/**
 * The zero-config scan: ESLint's Node API with only this plugin's config (the project's own
 * eslint.config.* is not read), on the files `collectFiles` lists, with the parsers the project
 * has installed.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { ESLint, type Linter } from "eslint";
import plugin, { namespace } from "../index.js";
import { pluginRulesMeta, securitySeverityOf, type SarifRuleMeta } from "../formatters/sarif.js";
import { collectFiles, languageOf, LANGUAGES, type Language } from "./files.js";
import type { ScanOptions } from "./options.js";
import { loadParsers, PARSER_PACKAGES, projectLoader, type ModuleLoader, type Parsers } from "./parsers.js";

export interface SkippedLanguage {
  language: Exclude<Language, "javascript">;
  count: number;
  parser: string;
  hint: string;
}

export interface ScanResult {
  /** One result per linted file, sorted by path; only this plugin's findings and parse errors. */
  results: ESLint.LintResult[];
  /** The rules that ran, with their metadata and configured level. */
  ruleIds: string[];
  rulesMeta: Record<string, SarifRuleMeta>;
  ruleLevels: Record<string, "error" | "warning">;
  /** Files left out because their parser is not installed, per language. */
  skipped: SkippedLanguage[];
  /** Explicit file arguments of an unsupported kind. */
  unsupported: string[];
}

export interface ScanEnvironment {
  cwd: string;
  /** Where optional parsers come from (default: the project in `cwd`, then next to this package). */
  load?: ModuleLoader;
  /** Called after each chunk of files with (files done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** The level each rule of the chosen config runs at: below the `--severity` threshold it only warns. */
export function ruleLevelsFor(options: Pick<ScanOptions, "config" | "severity">): Record<string, "error" | "warning"> {
  const meta = pluginRulesMeta();
  const levels: Record<string, "error" | "warning"> = {};
  for (const ruleId of Object.keys(plugin.configs[options.config].rules ?? {})) {
    const score = securitySeverityOf(meta[ruleId]);
    levels[ruleId] = score !== undefined && Number(score) < options.severity ? "warning" : "error";
  }
  return levels;
}

/** The flat config the scan runs with: language setup for the parsers at hand, then the plugin's rules. */
export function scanConfig(parsers: Parsers, levels: Record<string, "error" | "warning">): Linter.Config[] {
  const glob = (extensions: readonly string[]) => extensions.map((extension) => `**/*${extension}`);
  const scriptParser = parsers.typescript ?? "espree";
  const configs: Linter.Config[] = [
    {
      name: "auth-security-scan/javascript",
      files: glob(LANGUAGES.javascript),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ];
  if (parsers.typescript) {
    configs.push({ name: "auth-security-scan/typescript", files: glob(LANGUAGES.typescript), languageOptions: { parser: parsers.typescript } });
  }
  const embedded = { parser: scriptParser, ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } };
  if (parsers.vue) {
    configs.push({ name: "auth-security-scan/vue", files: glob(LANGUAGES.vue), languageOptions: { parser: parsers.vue, parserOptions: embedded } });
  }
  if (parsers.svelte) {
    configs.push({ name: "auth-security-scan/svelte", files: glob(LANGUAGES.svelte), languageOptions: { parser: parsers.svelte, parserOptions: embedded } });
  }
  if (parsers.astro) {
    configs.push({ name: "auth-security-scan/astro", files: glob(LANGUAGES.astro), languageOptions: { parser: parsers.astro, parserOptions: embedded } });
  }
  configs.push({
    name: `auth-security-scan/${namespace}`,
    plugins: { [namespace]: plugin as unknown as ESLint.Plugin },
    rules: Object.fromEntries(Object.entries(levels).map(([ruleId, level]) => [ruleId, level === "warning" ? "warn" : "error"])),
    // `eslint-disable` comments for rules of the project's own config are not ours to judge.
    linterOptions: { reportUnusedDisableDirectives: "off" },
  });
  return configs;
}

/** Keeps this plugin's findings and parse errors (drops e.g. "rule not found" for the project's inline configs) and recounts. */
export function keepOwnMessages(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.fatal || message.ruleId?.startsWith(`${namespace}/`));
  const count = (severity: number, fixable = false) =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** The deepest directory that contains `dir` and every file (ESLint ignores files outside its `cwd`). */
export function commonBase(dir: string, files: readonly string[]): string {
  let base = resolve(dir);
  for (const file of files) {
    while (relative(base, file).startsWith("..") || isAbsolute(relative(base, file))) {
      const parent = dirname(base);
      if (parent === base) return base;
      base = parent;
    }
  }
  return base;
}

export async function scan(options: Pick<ScanOptions, "paths" | "config" | "severity">, environment: ScanEnvironment): Promise<ScanResult> {
  const { cwd } = environment;
  const collected = collectFiles(options.paths, cwd);
  const byLanguage = new Map<Language, string[]>();
  for (const file of collected.files) {
    const language = languageOf(file) as Language;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  }
  const parsers = await loadParsers(byLanguage.keys(), environment.load ?? projectLoader(cwd));

  const files: string[] = [];
  const skipped: SkippedLanguage[] = [];
  for (const [language, list] of byLanguage) {
    if (language === "javascript" || parsers[language]) {
      files.push(...list);
    } else {
      const { name, hint } = PARSER_PACKAGES[language];
      skipped.push({ language, count: list.length, parser: name, hint });
    }
  }
  files.sort();

  const levels = ruleLevelsFor(options);
  const allMeta = pluginRulesMeta();
  const rulesMeta = Object.fromEntries(Object.keys(levels).map((ruleId) => [ruleId, allMeta[ruleId]]));
  const eslint = new ESLint({
    // Paths outside the working directory (`auth-security-scan ../other`) are scanned too.
    cwd: commonBase(cwd, files),
    overrideConfigFile: true,
    overrideConfig: scanConfig(parsers, levels),
    // File names like `app/[id]/page.tsx` are names, not glob patterns.
    globInputPaths: false,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });

  const results: ESLint.LintResult[] = [];
  if (files.length > 0) {
    // ESLint has no progress callback: lint in chunks when someone is watching, in one call otherwise.
    const chunkSize = environment.onProgress ? Math.max(10, Math.ceil(files.length / 50)) : files.length;
    for (let start = 0; start < files.length; start += chunkSize) {
      const chunk = files.slice(start, start + chunkSize);
      results.push(...(await eslint.lintFiles(chunk)));
      environment.onProgress?.(Math.min(start + chunkSize, files.length), files.length);
    }
  }
  return {
    results: results.map(keepOwnMessages).sort((a, b) => a.filePath.localeCompare(b.filePath)),
    ruleIds: Object.keys(levels).sort(),
    rulesMeta,
    ruleLevels: levels,
    skipped,
    unsupported: collected.unsupported,
  };
}
