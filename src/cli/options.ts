/**
 * Command-line options of `auth-security-scan`. Parsing never throws anything but `UsageError`,
 * whose message is one line meant for the terminal.
 */
import { parseArgs } from "node:util";

export const FORMATS = ["stylish", "json", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export const CONFIGS = ["recommended", "strict", "all"] as const;
export type ConfigChoice = (typeof CONFIGS)[number];

/**
 * GitHub code scanning's buckets for `security-severity` (scores have one decimal): over 9.0
 * critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. `--severity high` = rules scored 7.0 or
 * more are errors, the others warnings.
 */
export const SEVERITY_LEVELS = { low: 0.1, medium: 4, high: 7, critical: 9.1 } as const;
export type SeverityName = keyof typeof SEVERITY_LEVELS;

export interface ScanOptions {
  paths: string[];
  format: Format;
  config: ConfigChoice;
  /** Write the report here instead of stdout. */
  output: string | undefined;
  /** Fail when more than this many warnings (findings below `severity`); -1 = no limit. */
  maxWarnings: number;
  /** Rules whose security-severity is below this score report as warnings instead of errors. */
  severity: number;
  /** The `--severity` value as given, for messages. */
  severityLabel: string;
}

export type Command = { kind: "help" } | { kind: "version" } | { kind: "scan"; options: ScanOptions };

export class UsageError extends Error {
  override name = "UsageError";
}

export const HELP = `Usage: auth-security-scan [options] [paths...]

Scans JavaScript and TypeScript files for insecure authentication code with the
eslint-plugin-auth-security rules. No ESLint config needed: your own eslint.config.* is not read.
Paths default to the current directory; .gitignore files and node_modules/ are respected.

Options:
  -c, --config <name>       recommended (default), strict or all
  -f, --format <name>       stylish (default), json (ESLint's JSON) or sarif (SARIF 2.1.0)
  -o, --output <file>       write the report to a file (a json or sarif report: the findings
                            are still printed, as stylish, for the log)
      --severity <level>    low (default), medium, high, critical or a score 0.1-10:
                            rules whose security-severity is lower report as warnings
      --max-warnings <n>    also fail when there are more than n warnings (default: no limit)
  -h, --help                show this help
  -v, --version             show the version

Files: .js .jsx .mjs .cjs always; .ts .tsx .mts .cts with @typescript-eslint/parser; .vue with
vue-eslint-parser; .svelte with svelte-eslint-parser; .astro with astro-eslint-parser (each
installed in the scanned project).

Exit codes: 0 no findings at or above the severity threshold (and warnings within
--max-warnings), 1 findings (or files that could not be parsed), 2 usage or runtime error.`;

function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid --${name} "${value}": use one of ${allowed.join(", ")}`);
}

function parseSeverity(value: string): number {
  const named = (SEVERITY_LEVELS as Record<string, number>)[value.toLowerCase()];
  if (named !== undefined) return named;
  const score = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (score >= 0 && score <= 10) return score;
  throw new UsageError(`invalid --severity "${value}": use low, medium, high, critical or a score from 0 to 10`);
}

function parseMaxWarnings(value: string): number {
  if (/^-?\d+$/.test(value)) {
    const count = Number(value);
    if (count >= -1 && Number.isSafeInteger(count)) return count;
  }
  throw new UsageError(`invalid --max-warnings "${value}": use a whole number (-1 for no limit)`);
}

/** One line out of Node's parseArgs errors (which suggest `--` on two lines). */
function parseArgsMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) return `unknown option ${unknown[1]} (see --help)`;
  const missing = /Option '([^']+)' argument missing/.exec(text);
  if (missing) return `option ${missing[1].replace(/^-\w, /, "").replace(/ <value>$/, "")} needs a value`;
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(text);
  if (ambiguous) return `option ${ambiguous[1].replace(/^-\w, /, "")} needs a value`;
  return text.split("\n")[0];
}

/** `--max-warnings -1` → `--max-warnings=-1` (parseArgs would take `-1` for an option). */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const next = argv[index + 1];
    if ((arg === "--max-warnings" || arg === "--severity") && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      index++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseArguments(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        severity: { type: "string" },
        "max-warnings": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  for (const name of ["config", "format", "output", "severity", "max-warnings"] as const) {
    if (values[name] === "") throw new UsageError(`option --${name} needs a value`);
  }
  const severityLabel = values.severity ?? "low";
  return {
    kind: "scan",
    options: {
      paths: positionals.length > 0 ? positionals : ["."],
      format: values.format === undefined ? "stylish" : parseEnum("format", values.format, FORMATS),
      config: values.config === undefined ? "recommended" : parseEnum("config", values.config, CONFIGS),
      output: values.output,
      maxWarnings: values["max-warnings"] === undefined ? -1 : parseMaxWarnings(values["max-warnings"]),
      severity: parseSeverity(severityLabel),
      severityLabel,
    },
  };
}
