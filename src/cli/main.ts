/**
 * `auth-security-scan` (also `npx eslint-plugin-auth-security`): the zero-config scanner.
 * `runCli` is the whole program minus `process`; `main` wires it to the real process.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import plugin from "../index.js";
import { formatSarif } from "../formatters/sarif.js";
import { PathError } from "./files.js";
import { HELP, parseArguments, UsageError, type ScanOptions } from "./options.js";
import type { ModuleLoader } from "./parsers.js";
import { scan, type ScanResult } from "./scan.js";
import { displayPath, formatStylish } from "./stylish.js";

export const PROGRAM = "auth-security-scan";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Override where optional parsers come from (tests). */
  load?: ModuleLoader;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

function report(result: ScanResult, options: ScanOptions, io: CliIo, color: boolean): string {
  switch (options.format) {
    case "json":
      return `${JSON.stringify(result.results)}\n`;
    case "sarif":
      return formatSarif(result.results, {
        cwd: io.cwd,
        rulesMeta: result.rulesMeta,
        ruleIds: result.ruleIds,
        ruleLevels: result.ruleLevels,
        notifications: notes(result).map((text) => ({ level: "warning", text })),
      });
    default:
      return formatStylish(result.results, {
        cwd: io.cwd,
        color,
        rulesMeta: result.rulesMeta,
        config: options.config,
        ruleCount: result.ruleIds.length,
      });
  }
}

/** One-line notes about what was not scanned. */
function notes(result: ScanResult): string[] {
  const lines = result.skipped.map(
    ({ language, count, parser, hint }) =>
      `skipped ${count} ${language === "typescript" ? "TypeScript" : language} file${count === 1 ? "" : "s"}: ${parser} is not installed in this project (${hint})`,
  );
  for (const path of result.unsupported) lines.push(`skipped ${path}: not a JavaScript, TypeScript, Vue, Svelte or Astro file`);
  return lines;
}

function progressReporter(stream: OutputStream, env: CliIo["env"]): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY || env.CI) return undefined;
  return (done, total) => {
    stream.write(`\r\u001b[K${PROGRAM}: ${done}/${total} files`);
    if (done === total) stream.write("\r\u001b[K");
  };
}

/** Runs the program; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return (await execute(argv, io)).code;
}

/** `runCli`, also handing back the scan result (for `npm run demo`). */
export async function execute(argv: readonly string[], io: CliIo): Promise<{ code: number; result?: ScanResult }> {
  const fail = (message: string) => {
    io.stderr.write(`${PROGRAM}: ${message}\n`);
    return { code: EXIT.error };
  };
  try {
    const command = parseArguments(argv);
    if (command.kind === "help") {
      io.stdout.write(`${HELP}\n`);
      return { code: EXIT.ok };
    }
    if (command.kind === "version") {
      io.stdout.write(`${plugin.meta.version}\n`);
      return { code: EXIT.ok };
    }
    const { options } = command;
    const color = options.output === undefined && options.format === "stylish" && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    const result = await scan(options, { cwd: io.cwd, load: io.load, onProgress: progressReporter(io.stderr, io.env) });
    for (const note of notes(result)) io.stderr.write(`${PROGRAM}: ${note}\n`);

    const text = report(result, options, io, color);
    const errors = result.results.reduce((sum, file) => sum + file.errorCount, 0);
    const warnings = result.results.reduce((sum, file) => sum + file.warningCount, 0);
    const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;

    if (options.output === undefined) {
      io.stdout.write(text);
    } else {
      const target = resolve(io.cwd, options.output);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (error) {
        return fail(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      // The report went to a file; the log (a CI job's, typically) still shows the findings.
      if (options.format !== "stylish") io.stdout.write(report(result, { ...options, format: "stylish" }, io, Boolean(io.stdout.isTTY) && !io.env.NO_COLOR));
      io.stdout.write(`${PROGRAM}: ${options.format} report written to ${displayPath(io.cwd, target)}\n`);
    }
    if (tooManyWarnings) io.stderr.write(`${PROGRAM}: too many warnings (${warnings}, --max-warnings ${options.maxWarnings})\n`);
    return { code: errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok, result };
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) return fail(error.message);
    if (io.env.AUTH_SECURITY_SCAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    const message = error instanceof Error ? error.message : String(error);
    return fail(message.split("\n")[0]);
  }
}

/** Entry point of the `bin` shim. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
