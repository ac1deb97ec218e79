/** The SARIF formatter as ESLint calls it (`eslint -f …/sarif.js`): `(results, context) => string`. */
import type { ESLint } from "eslint";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../helpers/sarif.js";
import { loadBuilt } from "./built.js";

const { sarif, plugin } = await loadBuilt();
const cwd = "/work/project";

function result(filePath: string, messages: Partial<ESLint.LintResult["messages"][number]>[]): ESLint.LintResult {
  const full = messages.map((message) => ({ ruleId: null, message: "", line: 1, column: 1, severity: 2 as const, ...message }));
  return {
    filePath,
    messages: full,
    suppressedMessages: [],
    errorCount: full.filter((message) => message.severity === 2).length,
    fatalErrorCount: full.filter((message) => message.fatal).length,
    warningCount: full.filter((message) => message.severity === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  } as ESLint.LintResult;
}

describe("the SARIF ESLint formatter", () => {
  const results = [
    result(`${cwd}/src/app [v2]/auth.ts`, [
      { ruleId: "auth-security/require-jwt-algorithms", message: "no algorithms", line: 3, column: 5, endLine: 3, endColumn: 20, severity: 2 },
      { ruleId: "no-console", message: "Unexpected console statement.", line: 7, column: 1, severity: 1 },
    ]),
    result(`${cwd}/src/broken.js`, [{ ruleId: null, fatal: true, message: "Parsing error: Unexpected token", line: 2, column: 4 }]),
    result(`${cwd}/src/clean.js`, []),
  ];
  const text = sarif.default(results, {
    cwd,
    rulesMeta: { "no-console": { type: "suggestion", docs: { description: "Disallow the use of `console`", url: "https://eslint.org/docs/latest/rules/no-console" } } },
  });
  const log = JSON.parse(text) as Log;
  const [run] = log.runs;

  it("is a valid SARIF 2.1.0 log", () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe("2.1.0");
  });

  it("describes the rules that reported: ours with CWE tags, security-severity, precision and links; others by their ESLint metadata", () => {
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(["auth-security/require-jwt-algorithms", "no-console"]);
    const [ours, theirs] = run.tool.driver.rules ?? [];
    const docs = plugin.rules["require-jwt-algorithms"].meta?.docs as unknown as { cwe: number[]; securitySeverity: number; url: string };
    expect(ours.helpUri).toBe(docs.url);
    expect(ours.properties).toEqual({
      tags: ["security", ...docs.cwe.map((id) => `external/cwe/cwe-${id}`)],
      precision: "high",
      "security-severity": docs.securitySeverity.toFixed(1),
    });
    expect(ours.help?.markdown).toMatch(/\[OWASP [^\]]+\]\(https:\/\/cheatsheetseries\.owasp\.org\/cheatsheets\/[^)]+#[^)]+\)/);
    expect(ours.help?.markdown).toContain(`[CWE-${docs.cwe[0]}](https://cwe.mitre.org/data/definitions/${docs.cwe[0]}.html)`);
    expect(theirs).toMatchObject({
      helpUri: "https://eslint.org/docs/latest/rules/no-console",
      shortDescription: { text: "Disallow the use of `console`" },
      properties: { tags: ["suggestion"], precision: "medium" },
    });
    expect(theirs.properties?.["security-severity"]).toBeUndefined();
  });

  it("maps findings: level from ESLint's severity, URI relative to %SRCROOT% and percent-encoded, the region, the rule index", () => {
    expect(run.results).toEqual([
      {
        ruleId: "auth-security/require-jwt-algorithms",
        ruleIndex: 0,
        level: "error",
        message: { text: "no algorithms" },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "src/app%20%5Bv2%5D/auth.ts", uriBaseId: "%SRCROOT%", index: 0 },
              region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 },
            },
          },
        ],
      },
      {
        ruleId: "no-console",
        ruleIndex: 1,
        level: "warning",
        message: { text: "Unexpected console statement." },
        locations: [
          { physicalLocation: { artifactLocation: { uri: "src/app%20%5Bv2%5D/auth.ts", uriBaseId: "%SRCROOT%", index: 0 }, region: { startLine: 7, startColumn: 1 } } },
        ],
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/project/" } });
    expect(run.artifacts?.map((artifact) => [artifact.location?.uri, artifact.sourceLanguage])).toEqual([
      ["src/app%20%5Bv2%5D/auth.ts", "typescript"],
      ["src/broken.js", "javascript"],
    ]);
  });

  it("turns a parse error into a tool notification, not a result", () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "src/broken.js: Parsing error: Unexpected token (the file was not scanned)" },
            locations: [{ physicalLocation: { artifactLocation: { uri: "src/broken.js", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 4 } } }],
          },
        ],
      },
    ]);
  });

  it("a run without findings is still a valid log", () => {
    const empty = JSON.parse(sarif.default([result(`${cwd}/a.js`, [])], { cwd })) as Log;
    expect(sarifSchemaErrors(empty)).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
  });

  it("leaves out security-severity when a rule has no valid score", () => {
    expect(sarif.securitySeverityOf({ docs: { securitySeverity: 8.6 } })).toBe("8.6");
    expect(sarif.securitySeverityOf({ docs: { securitySeverity: 7 } })).toBe("7.0");
    for (const bad of [undefined, 0, -1, 11, Number.NaN]) expect(sarif.securitySeverityOf({ docs: { securitySeverity: bad } })).toBeUndefined();
    expect(sarif.securitySeverityOf(undefined)).toBeUndefined();
  });
});
