/**
 * The corpus sweep: every rule of the built plugin (`all`) on every file of the benchmark corpus
 * (about 5,000 files and 1M lines of published npm packages, see bench/README.md). No rule may throw
 * on any of them; a file ESLint cannot parse is a parse failure, reported apart, not a crash.
 *
 * AUTH_SECURITY_CORPUS_SIZE=small|medium|release|full|<files> sweeps a subset (default: full).
 * Every TypeScript file of the corpus is swept once more with type information (typescript-eslint
 * `parserOptions.project` over one generated tsconfig), where the rules also ask the type checker
 * (AUTH_SECURITY_TYPED_SWEEP_FILES=<files>: the first N only).
 * The findings in the authentication libraries' own source are printed; `node bench/sweep.js
 * --write` records them in bench/corpus-findings.md for false-positive review.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCorpus, readManifest, selectFiles } from "../../bench/corpus.js";
import { formatReport, sweep, type SweepReport } from "../../bench/sweep.js";
import { loadPlugin, typedFiles, writeTypedProject } from "../../bench/setup.js";

const size = process.env.AUTH_SECURITY_CORPUS_SIZE || "full";

let report: SweepReport;
let ruleCount = 0;
/** The paths the sweep without type information covered. */
let swept = new Set<string>();

beforeAll(async () => {
  const files = selectFiles(ensureCorpus(), size);
  swept = new Set(files.map((file) => file.path));
  ruleCount = Object.keys((await loadPlugin()).rules).length;
  report = await sweep(files);
  console.log(formatReport(report));
  const shown = report.authFindings.slice(0, 200);
  console.log(
    `findings in authentication libraries (${report.authFindings.length}${shown.length < report.authFindings.length ? `, first ${shown.length}` : ""}):\n` +
      shown.map((finding) => `  ${finding.path}:${finding.line}:${finding.column} ${finding.ruleId}`).join("\n"),
  );
});

describe(`corpus sweep (${size})`, () => {
  it("runs every rule of the plugin", () => {
    expect(ruleCount).toBeGreaterThan(0);
    expect(report.rules).toBe(ruleCount);
  });

  it("covers the corpus", () => {
    expect(report.files).toBeGreaterThan(0);
    if (size === "full") {
      expect(report.files).toBeGreaterThanOrEqual(5000);
      expect(report.packages).toBe(readManifest().packages.length);
      expect(report.typescriptFiles).toBeGreaterThan(500);
    }
  });

  it("no rule throws on any file", () => {
    expect(report.crashes.length, formatReport(report)).toBe(0);
  });

  it("reports parse failures apart from crashes, and they stay rare (parser settings follow each package)", () => {
    expect(report.parseFailures.length, report.parseFailures.map((failure) => `${failure.path} ${failure.message}`).join("\n")).toBeLessThanOrEqual(
      Math.ceil(report.files / 500),
    );
  });
});

describe("corpus sweep with type information", () => {
  const count = Number(process.env.AUTH_SECURITY_TYPED_SWEEP_FILES || Infinity);
  let files: ReturnType<typeof typedFiles>;
  let typed: SweepReport;

  beforeAll(async () => {
    files = typedFiles(count);
    typed = await sweep(files, { project: writeTypedProject(files, "tsconfig.sweep.json") });
    console.log(formatReport(typed));
    // What type information changes, next to the sweep without it, on the files both swept.
    const key = (finding: { path: string; line: number; column: number; ruleId: string }) => `${finding.path}:${finding.line}:${finding.column} ${finding.ruleId}`;
    const both = new Set(files.map((file) => file.path).filter((path) => swept.has(path)));
    const plain = new Set(report.findings.filter((finding) => both.has(finding.path)).map(key));
    const withTypes = new Set(typed.findings.filter((finding) => both.has(finding.path)).map(key));
    console.log(
      `on the ${both.size} TypeScript files both sweeps read: ${withTypes.size} findings with type information, ${plain.size} without\n` +
        [...withTypes].filter((k) => !plain.has(k)).map((k) => `  only with types: ${k}`).concat([...plain].filter((k) => !withTypes.has(k)).map((k) => `  only without: ${k}`)).join("\n"),
    );
  });

  it("lints every TypeScript file with a program", () => {
    expect(typed.files).toBe(files.length);
    expect(typed.typescriptFiles).toBe(files.length);
    if (count === Infinity) expect(typed.files).toBeGreaterThan(500);
  });

  it("no rule throws with type information either", () => {
    expect(typed.crashes.length, formatReport(typed)).toBe(0);
    expect(typed.parseFailures.length, typed.parseFailures.map((failure) => `${failure.path} ${failure.message}`).join("\n")).toBe(0);
  });
});
