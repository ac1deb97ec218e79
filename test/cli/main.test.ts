/**
 * The scanner end to end in-process (`runCli` with fake streams): exit codes, the three formats,
 * severity threshold and warning limit, parse errors, missing and present optional parsers,
 * the progress indicator, `--output`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/main.js";
import { sarifSchemaErrors } from "../helpers/sarif.js";
import { loadBuilt } from "./built.js";

// The built package (src/index.ts finds package.json relative to dist/src/): `npm test` builds first.
const { plugin, runCli, projectLoader } = await loadBuilt();

let project: string;
const TOKENS = `import jwt from "jsonwebtoken";

export function verifyToken(token: string, key: string) {
  return jwt.verify(token, key);
}

export function unsignedToken(claims: object) {
  return jwt.sign(claims, process.env.JWT_KEY as string, { algorithm: "none" });
}
`;
const VERIFY = { line: 4, column: 10, ruleId: "auth-security/require-jwt-algorithms" };
const NONE = { line: 8, column: 71, ruleId: "auth-security/no-jwt-none-algorithm" };

function write(path: string, text: string): void {
  mkdirSync(join(project, path, ".."), { recursive: true });
  writeFileSync(join(project, path), text);
}

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { tty?: boolean; env?: Record<string, string>; load?: CliIo["load"] } = {}): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    cwd: project,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    load: options.load,
  });
  return { code, stdout, stderr };
}

interface JsonResult {
  filePath: string;
  messages: { line: number; column: number; ruleId: string | null; severity: number; fatal?: boolean; message: string }[];
  errorCount: number;
  warningCount: number;
}

function jsonFindings(stdout: string) {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((result) =>
    result.messages.map((message) => ({
      file: result.filePath.slice(project.length + 1),
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      severity: message.severity,
    })),
  );
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "auth-security-cli-"));
  write("server/tokens.ts", TOKENS);
  write(
    "server/disabled.js",
    `/* eslint some-plugin/some-rule: "off" */
import jwt from "jsonwebtoken";

// eslint-disable-next-line react-hooks/exhaustive-deps
export const a = 1;

export function verifyToken(token, key) {
  // eslint-disable-next-line auth-security/require-jwt-algorithms
  return jwt.verify(token, key);
}
`,
  );
  write("broken/broken.js", "const = ;\n");
  write("clean/ok.js", "export const answer = 42;\n");
  cpSync(join(import.meta.dirname, "..", "e2e", "fixtures", "vue-app", "Login.vue"), join(project, "vue", "Login.vue"));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("auth-security-scan exit codes", () => {
  it("0 when nothing is found", async () => {
    const result = await cli(["clean"]);
    expect(result).toEqual({ code: 0, stdout: "✔ No findings; 1 file scanned with the recommended config (" + Object.keys(plugin.configs.recommended.rules ?? {}).length + " rules)\n", stderr: "" });
  });

  it("1 with findings; the project's own eslint-disable comments and inline configs for unknown rules are not findings", async () => {
    const result = await cli(["server", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(jsonFindings(result.stdout)).toEqual([
      { file: "server/tokens.ts", ...VERIFY, severity: 2 },
      { file: "server/tokens.ts", ...NONE, severity: 2 },
    ]);
  });

  it("1 when a file cannot be parsed: it is listed as not scanned", async () => {
    const json = await cli(["broken", "--format", "json"]);
    expect(json.code).toBe(1);
    const [result] = JSON.parse(json.stdout) as JsonResult[];
    expect(result.messages).toMatchObject([{ fatal: true, ruleId: null, line: 1 }]);
    const stylish = await cli(["broken"]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^broken\/broken\.js\n {2}1:7 {2}error {2}Parsing error: .+ \(the file was not scanned\)\n/);
    expect(stylish.stdout).toContain("✖ 0 findings (0 errors, 0 warnings) in 0 files, 1 file could not be parsed; 1 file scanned");
  });

  it("2 with one line for a bad option, a missing path or an unwritable output file", async () => {
    expect(await cli(["--format", "xml"])).toEqual({ code: 2, stdout: "", stderr: 'auth-security-scan: invalid --format "xml": use one of stylish, json, sarif\n' });
    expect(await cli(["missing"])).toEqual({ code: 2, stdout: "", stderr: "auth-security-scan: no such file or directory: missing\n" });
    const unwritable = await cli(["clean", "--output", "server"]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe("auth-security-scan: cannot write server: EISDIR\n");
  });

  it("--help and --version print and exit 0", async () => {
    expect((await cli(["--help"])).stdout).toMatch(/^Usage: auth-security-scan/);
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${plugin.meta.version}\n`, stderr: "" });
  });
});

describe("--severity and --max-warnings", () => {
  it("rules below the threshold report as warnings: --severity critical keeps only the 9.1 rule an error", async () => {
    const result = await cli(["server/tokens.ts", "--severity", "critical", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(jsonFindings(result.stdout).map((finding) => [finding.ruleId, finding.severity])).toEqual([
      [VERIFY.ruleId, 1],
      [NONE.ruleId, 2],
    ]);
  });

  it("only warnings: exit 0, unless there are more than --max-warnings", async () => {
    const lenient = await cli(["server/tokens.ts", "--severity", "10"]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("✖ 2 findings (0 errors, 2 warnings) in 1 file");
    expect(lenient.stdout).toMatch(/^ {2}4:10 {2}warning {2}.+\(OWASP .+; CWE-\d+\) {2}auth-security\/require-jwt-algorithms$/m);
    expect((await cli(["server/tokens.ts", "--severity", "10", "--max-warnings", "2"])).code).toBe(0);
    const strict = await cli(["server/tokens.ts", "--severity", "10", "--max-warnings", "1"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("auth-security-scan: too many warnings (2, --max-warnings 1)\n");
  });
});

describe("formats", () => {
  it("stylish: grouped by file, OWASP and CWE on each finding, one summary line per rule with CWE, severity and docs", async () => {
    const result = await cli(["server"]);
    const meta = (name: string) => plugin.rules[name].meta?.docs as unknown as { cwe: number[]; securitySeverity: number; url: string };
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("server/tokens.ts");
    expect(lines[1]).toMatch(/^ {2}4:10 {2}error {2}jsonwebtoken\.verify .+ \(OWASP .+; CWE-\d+\) {2}auth-security\/require-jwt-algorithms$/);
    expect(lines[2]).toMatch(/^ {2}8:71 {2}error {2}.+ \(OWASP .+; CWE-\d+\) {2}auth-security\/no-jwt-none-algorithm$/);
    expect(lines[3]).toBe("");
    expect(lines[4]).toMatch(/^✖ 2 findings \(2 errors, 0 warnings\) in 1 file; 2 files scanned with the recommended config \(\d+ rules\)$/);
    for (const name of ["no-jwt-none-algorithm", "require-jwt-algorithms"]) {
      const docs = meta(name);
      const line = lines.find((text) => text.includes(`auth-security/${name} `) && /^ {2}1 /.test(text));
      expect(line).toContain(docs.cwe.map((id) => `CWE-${id}`).join(", "));
      expect(line).toContain(`security severity ${docs.securitySeverity.toFixed(1)}`);
      expect(line).toContain(docs.url);
    }
  });

  it("stylish is coloured only on a terminal without NO_COLOR", async () => {
    let stdout = "";
    const run = (env: Record<string, string>) =>
      runCli(["server/tokens.ts"], { cwd: project, stdout: { write: (text: string) => (stdout += text), isTTY: true }, stderr: { write: () => true }, env });
    await run({});
    expect(stdout).toContain("\u001b[");
    stdout = "";
    await run({ NO_COLOR: "1" });
    expect(stdout).not.toContain("\u001b[");
  });

  it("sarif: a valid SARIF 2.1.0 log with every rule of the config, levels, tags, security-severity, and the parse error as a notification", async () => {
    const result = await cli(["server", "broken", "--format", "sarif", "--severity", "critical"]);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe("eslint-plugin-auth-security");
    expect(run.tool.driver.version).toBe(plugin.meta.version);
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort());
    for (const rule of run.tool.driver.rules ?? []) {
      const docs = plugin.rules[rule.id.replace("auth-security/", "")].meta?.docs as unknown as { cwe: number[]; securitySeverity: number; url: string; description: string };
      expect(rule.helpUri).toBe(docs.url);
      expect(rule.shortDescription?.text).toBe(docs.description);
      expect(rule.properties?.tags).toEqual(["security", ...docs.cwe.map((id) => `external/cwe/cwe-${id}`)]);
      expect(rule.properties?.["security-severity"]).toBe(docs.securitySeverity.toFixed(1));
      expect(rule.properties?.precision).toBe("high");
      expect(rule.defaultConfiguration?.level).toBe(docs.securitySeverity > 9 ? "error" : "warning");
    }
    expect(run.results?.map((r) => [r.ruleId, r.level, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      [VERIFY.ruleId, "warning", "server/tokens.ts", 4],
      [NONE.ruleId, "error", "server/tokens.ts", 8],
    ]);
    for (const r of run.results ?? []) expect(run.tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
    expect(run.invocations?.[0]?.toolExecutionNotifications?.map((note) => [note.level, (note.message.text ?? "").replace(/:.*\(/, ": … (")])).toEqual([
      ["error", "broken/broken.js: … (the file was not scanned)"],
    ]);
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it("--output writes the report and prints the findings for the log", async () => {
    const result = await cli(["server", "--format", "sarif", "--output", "reports/out/scan.sarif"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^server\/tokens\.ts\n/);
    expect(result.stdout).toMatch(/auth-security-scan: sarif report written to reports\/out\/scan\.sarif\n$/);
    const log = JSON.parse(readFileSync(join(project, "reports", "out", "scan.sarif"), "utf8")) as Log;
    expect(log.runs[0].results).toHaveLength(2);
    const json = await cli(["server", "--format", "json", "--output", "reports/scan.json"]);
    expect(JSON.parse(readFileSync(join(project, "reports", "scan.json"), "utf8"))).toHaveLength(2);
    expect(json.stdout).toMatch(/json report written to reports\/scan\.json\n$/);
    rmSync(join(project, "reports"), { recursive: true, force: true });
  });

  it("--config all runs every rule, strict at least the recommended ones", async () => {
    const rulesIn = async (config: string) => ((JSON.parse((await cli(["clean", "--format", "sarif", "--config", config])).stdout) as Log).runs[0].tool.driver.rules ?? []).length;
    expect(await rulesIn("all")).toBe(Object.keys(plugin.rules).length);
    expect(await rulesIn("strict")).toBeGreaterThanOrEqual(await rulesIn("recommended"));
  });
});

describe("parsers", () => {
  it("without @typescript-eslint/parser: TypeScript files are skipped with one line saying what to install", async () => {
    const real = projectLoader(project);
    const load = async (name: string) => (name === "@typescript-eslint/parser" ? undefined : real(name));
    const result = await cli(["server", "--format", "json"], { load });
    expect(result.stderr).toBe(
      "auth-security-scan: skipped 1 TypeScript file: @typescript-eslint/parser is not installed in this project (npm install --save-dev @typescript-eslint/parser)\n",
    );
    expect(result.code).toBe(0);
    expect(jsonFindings(result.stdout)).toEqual([]);
  });

  it("scans the <script> block of Vue single-file components with vue-eslint-parser", async () => {
    const result = await cli(["vue", "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(jsonFindings(result.stdout)).toEqual([{ file: "vue/Login.vue", line: 10, column: 32, ruleId: "auth-security/no-hardcoded-auth-secret", severity: 2 }]);
  });

  it("names an explicit file of another kind as skipped", async () => {
    write("notes.md", "# notes\n");
    const result = await cli(["notes.md", "clean"]);
    expect(result.stderr).toBe("auth-security-scan: skipped notes.md: not a JavaScript, TypeScript, Vue, Svelte or Astro file\n");
    expect(result.code).toBe(0);
  });
});

describe("progress", () => {
  it("shows files done / total on a terminal and clears the line at the end", async () => {
    const result = await cli(["server", "clean"], { tty: true });
    expect(result.stderr).toContain("\r\u001b[Kauth-security-scan: 3/3 files");
    expect(result.stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("is silent when stderr is not a terminal, or on CI", async () => {
    expect((await cli(["server", "clean"])).stderr).toBe("");
    expect((await cli(["server", "clean"], { tty: true, env: { CI: "true" } })).stderr).toBe("");
  });
});
