/**
 * The ESLint CLI gives the same messages whichever way it runs: serially, with `--concurrency 2`
 * (worker threads that each load the config and the plugin), and with `--cache` — the first cached
 * run fills the cache, the second is served from it. Run on a corpus subset (real packages, JS and
 * TS, ESM and CommonJS) plus a copy of examples/ (so the plugin certainly reports something), with
 * every rule on (bench/corpus.eslint.config.js). test/e2e covers the same on the packed tarball
 * with examples/ alone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusRoot, ensureCorpus, repoRoot, selectFiles } from "../../bench/corpus.js";
import { runEslintCli } from "../../bench/eslint-cli.js";

const SUBSET = Number(process.env.AUTH_SECURITY_CLI_FILES || 300);
const EXAMPLES = "examples-copy";

interface Message {
  ruleId: string | null;
  messageId?: string;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

/** Every message of a `-f json` report, one comparable line each, sorted. */
function messages(stdout: string): string[] {
  const out: string[] = [];
  for (const result of JSON.parse(stdout) as { filePath: string; messages: Message[] }[]) {
    const file = result.filePath.slice(corpusRoot.length + 1).split("\\").join("/");
    for (const m of result.messages) {
      out.push(`${file}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? (m.fatal ? "fatal" : "eslint")} ${m.messageId ?? ""} ${m.message}`);
    }
  }
  return out.sort();
}

function lint(paths: string[], extraArgs: string[] = []): string[] {
  const run = runEslintCli(paths, { extraArgs });
  // Exit 1 = lint errors found (expected); anything else is a failure to run.
  expect(run.status, run.stderr).toBe(1);
  return messages(run.stdout);
}

let paths: string[];
let serial: string[];
let cacheDir: string;

beforeAll(() => {
  const files = selectFiles(ensureCorpus(), SUBSET);
  rmSync(join(corpusRoot, EXAMPLES), { recursive: true, force: true });
  cpSync(join(repoRoot, "examples"), join(corpusRoot, EXAMPLES), { recursive: true });
  paths = [...files.map((file) => file.path), EXAMPLES];
  cacheDir = mkdtempSync(join(tmpdir(), "auth-security-cache-"));
  serial = lint(paths);
});

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(join(corpusRoot, EXAMPLES), { recursive: true, force: true });
});

describe(`ESLint CLI on ${SUBSET} corpus files + examples/ (all rules)`, () => {
  it("the serial run reports the plugin's findings", () => {
    expect(serial.filter((line) => / auth-security\//.test(line)).length).toBeGreaterThan(10);
  });

  it("--concurrency 2 gives the same messages", () => {
    expect(lint(paths, ["--concurrency", "2"])).toEqual(serial);
  });

  it("--cache: the run that fills the cache and the run served from it give the same messages", () => {
    const location = join(cacheDir, ".eslintcache");
    expect(lint(paths, ["--cache", "--cache-location", location])).toEqual(serial);
    expect(existsSync(location)).toBe(true);
    const cache = readFileSync(location, "utf8");
    // The cache holds an entry per linted file (the plugin's meta name/version keep the config hashable).
    for (const path of paths.slice(0, 20)) expect(cache).toContain(path.split("/").at(-1));
    expect(lint(paths, ["--cache", "--cache-location", location])).toEqual(serial);
  });

  it("--cache with --concurrency 2 gives the same messages", () => {
    const location = join(cacheDir, ".eslintcache-concurrent");
    expect(lint(paths, ["--cache", "--cache-location", location, "--concurrency", "2"])).toEqual(serial);
    expect(lint(paths, ["--cache", "--cache-location", location, "--concurrency", "2"])).toEqual(serial);
  });
});
