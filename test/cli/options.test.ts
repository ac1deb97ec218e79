import { describe, expect, it } from "vitest";
import { HELP, parseArguments, SEVERITY_LEVELS, UsageError } from "../../src/cli/options.js";

function usageError(argv: string[]): string {
  try {
    parseArguments(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("parseArguments", () => {
  it("defaults: the current directory, stylish, recommended, no output file, every rule an error, no warning limit", () => {
    expect(parseArguments([])).toEqual({
      kind: "scan",
      options: { paths: ["."], format: "stylish", config: "recommended", output: undefined, maxWarnings: -1, severity: 0.1, severityLabel: "low" },
    });
  });

  it("reads every option, long and short", () => {
    expect(parseArguments(["src", "lib/a.ts", "--format", "sarif", "--config", "strict", "--output", "out.sarif", "--severity", "high", "--max-warnings", "3"])).toEqual({
      kind: "scan",
      options: { paths: ["src", "lib/a.ts"], format: "sarif", config: "strict", output: "out.sarif", maxWarnings: 3, severity: 7, severityLabel: "high" },
    });
    expect(parseArguments(["-f", "json", "-c", "all", "-o", "r.json", "."])).toMatchObject({
      kind: "scan",
      options: { paths: ["."], format: "json", config: "all", output: "r.json" },
    });
    expect(parseArguments(["--format=json"])).toMatchObject({ options: { format: "json" } });
  });

  it("--severity takes GitHub's bucket names or a score", () => {
    for (const [name, score] of Object.entries(SEVERITY_LEVELS)) {
      expect(parseArguments(["--severity", name])).toMatchObject({ options: { severity: score } });
      expect(parseArguments(["--severity", name.toUpperCase()])).toMatchObject({ options: { severity: score } });
    }
    expect(parseArguments(["--severity", "8.5"])).toMatchObject({ options: { severity: 8.5, severityLabel: "8.5" } });
    expect(parseArguments(["--severity", "0"])).toMatchObject({ options: { severity: 0 } });
    expect(parseArguments(["--severity", "10"])).toMatchObject({ options: { severity: 10 } });
  });

  it("--max-warnings takes a whole number, -1 for no limit", () => {
    expect(parseArguments(["--max-warnings", "0"])).toMatchObject({ options: { maxWarnings: 0 } });
    expect(parseArguments(["--max-warnings", "-1"])).toMatchObject({ options: { maxWarnings: -1 } });
  });

  it("--help and --version win over everything else", () => {
    expect(parseArguments(["--help"])).toEqual({ kind: "help" });
    expect(parseArguments(["-h", "--format", "json"])).toEqual({ kind: "help" });
    expect(parseArguments(["--version"])).toEqual({ kind: "version" });
    expect(parseArguments(["-v"])).toEqual({ kind: "version" });
  });

  it("rejects bad values and unknown options with one clear line", () => {
    expect(usageError(["--format", "xml"])).toBe('invalid --format "xml": use one of stylish, json, sarif');
    expect(usageError(["--config", "paranoid"])).toBe('invalid --config "paranoid": use one of recommended, strict, all');
    expect(usageError(["--severity", "urgent"])).toBe('invalid --severity "urgent": use low, medium, high, critical or a score from 0 to 10');
    expect(usageError(["--severity", "11"])).toBe('invalid --severity "11": use low, medium, high, critical or a score from 0 to 10');
    expect(usageError(["--max-warnings", "many"])).toBe('invalid --max-warnings "many": use a whole number (-1 for no limit)');
    expect(usageError(["--max-warnings", "-2"])).toBe('invalid --max-warnings "-2": use a whole number (-1 for no limit)');
    expect(usageError(["--max-warnings", "1.5"])).toBe('invalid --max-warnings "1.5": use a whole number (-1 for no limit)');
    expect(usageError(["--frobnicate"])).toBe("unknown option --frobnicate (see --help)");
    expect(usageError(["-x"])).toBe("unknown option -x (see --help)");
    expect(usageError(["--format"])).toBe("option --format needs a value");
    expect(usageError(["--output="])).toBe("option --output needs a value");
    for (const argv of [["--format", "xml"], ["--frobnicate"], ["--format"]]) expect(usageError(argv)).not.toContain("\n");
  });

  it("the help names every option, format, config and the exit codes", () => {
    for (const word of ["--config", "--format", "--output", "--severity", "--max-warnings", "--help", "--version", "stylish", "json", "sarif", "recommended", "strict", "all", "Exit codes: 0", "1 findings", "2 usage"]) {
      expect(HELP).toContain(word);
    }
  });
});
