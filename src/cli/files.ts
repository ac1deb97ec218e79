/**
 * Which files the scanner lints: every file with a supported extension under the given paths,
 * minus `node_modules/` and `.git/` (ESLint's default ignores) and whatever the repository's
 * `.gitignore` files (at every level, with git's precedence: deeper files and later lines win,
 * `!` re-includes, an ignored directory is not entered) and `.git/info/exclude` exclude.
 *
 * A path given explicitly is scanned even when `.gitignore` lists it (as with ESLint, an explicit
 * request wins over the ignore files above it); files and folders inside it still follow the
 * `.gitignore` files that sit inside it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

export const LANGUAGES = {
  javascript: [".js", ".jsx", ".mjs", ".cjs"],
  typescript: [".ts", ".tsx", ".mts", ".cts"],
  vue: [".vue"],
  svelte: [".svelte"],
  astro: [".astro"],
} as const;
export type Language = keyof typeof LANGUAGES;

/** Directory names never entered (ESLint ignores `**\/node_modules/` and `.git/` by default). */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

export function languageOf(file: string): Language | undefined {
  const extension = extname(file).toLowerCase();
  for (const [language, extensions] of Object.entries(LANGUAGES) as [Language, readonly string[]][]) {
    if (extensions.includes(extension)) return language;
  }
  return undefined;
}

export class PathError extends Error {
  override name = "PathError";
}

interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function readRules(file: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

/** The nearest directory at or above `start` that holds `.git` (a folder, or a file in worktrees). */
export function findGitRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** True when the ignore levels (outermost first) exclude `path` (`isDirectory` adds the trailing slash git matches directories with). */
function isIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = toPosix(relative(level.dir, path));
    if (rel === "" || rel.startsWith("..")) continue;
    const result = level.rules.test(isDirectory ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The ignore files from the repository root down to (including) `dir`. */
function ancestorLevels(dir: string): IgnoreLevel[] {
  const gitRoot = findGitRoot(dir);
  if (!gitRoot) return [];
  const chain: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    chain.unshift(current);
    if (current === gitRoot || dirname(current) === current) break;
  }
  const levels: IgnoreLevel[] = [];
  const exclude = readRules(join(gitRoot, ".git", "info", "exclude"));
  if (exclude) levels.push({ dir: gitRoot, rules: exclude });
  for (const current of chain) {
    const rules = readRules(join(current, ".gitignore"));
    if (rules) levels.push({ dir: current, rules });
  }
  return levels;
}

export interface CollectedFiles {
  /** Absolute paths, sorted. */
  files: string[];
  /** Explicit file arguments that are not a supported kind of file. */
  unsupported: string[];
}

/**
 * Lists the files to scan under `paths` (relative to `cwd`). Throws `PathError` for a path that
 * does not exist.
 */
export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const files = new Set<string>();
  const unsupported: string[] = [];

  const walk = (dir: string, levels: IgnoreLevel[]): void => {
    const own = readRules(join(dir, ".gitignore"));
    const here = own && !levels.some((level) => level.dir === dir) ? [...levels, { dir, rules: own }] : levels;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing to scan there
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name) || isIgnored(here, path, true)) continue;
        walk(path, here);
      } else if (entry.isFile() && languageOf(entry.name) && !isIgnored(here, path, false)) {
        files.add(path);
      }
      // Symbolic links are not followed (no loops, no scanning outside the tree).
    }
  };

  for (const given of paths) {
    const path = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new PathError(`no such file or directory: ${given}`);
    }
    if (stats.isFile()) {
      if (languageOf(path)) files.add(path);
      else unsupported.push(given);
      continue;
    }
    if (!stats.isDirectory()) throw new PathError(`not a file or directory: ${given}`);
    const levels = ancestorLevels(path);
    // An explicitly requested folder that .gitignore excludes is scanned anyway, by its own ignore files only.
    walk(path, isIgnored(levels, path, true) ? levels.filter((level) => level.dir === path) : levels);
  }
  return { files: [...files].sort(), unsupported };
}
