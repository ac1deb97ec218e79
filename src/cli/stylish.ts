/**
 * The scanner's default terminal report: findings grouped by file (each message ends with its
 * OWASP section and CWE), then a summary with one line per rule.
 *
 *   examples/server/app.js
 *     58:26  error  cookie-parser receives a secret … (OWASP JSON Web Token: MAC; CWE-798)  auth-security/no-hardcoded-auth-secret
 *
 *   ✖ 15 findings (15 errors, 0 warnings) in 8 files; 11 files scanned with the recommended config (4 rules)
 *     6  auth-security/no-hardcoded-auth-secret  CWE-798, security severity 8.6 (high)  https://…/no-hardcoded-auth-secret.md
 */
import { relative, sep } from "node:path";
import { styleText } from "node:util";
import type { ESLint } from "eslint";
import { securitySeverityOf, type SarifRuleMeta } from "../formatters/sarif.js";

export interface StylishOptions {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, SarifRuleMeta | undefined>;
  /** e.g. "recommended" */
  config: string;
  ruleCount: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** GitHub code scanning's name for a security-severity score (over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, below low). */
export function severityName(score: number): "critical" | "high" | "medium" | "low" {
  if (score > 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  return "low";
}

export function displayPath(cwd: string, filePath: string): string {
  const path = relative(cwd, filePath) || filePath;
  return sep === "/" ? path : path.split(sep).join("/");
}

export function formatStylish(results: readonly ESLint.LintResult[], options: StylishOptions): string {
  const style = (format: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(format, text) : text);
  const lines: string[] = [];
  const perRule = new Map<string, number>();
  let errors = 0;
  let warnings = 0;
  let parseErrors = 0;
  let filesWithFindings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push(style("underline", displayPath(options.cwd, result.filePath)));
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    let hasFinding = false;
    for (const message of result.messages) {
      const position = style("dim", `${message.line}:${message.column}`.padEnd(width));
      if (message.fatal || message.ruleId === null) {
        parseErrors++;
        lines.push(`  ${position}  ${style("red", "error")}  ${message.message} (the file was not scanned)`);
        continue;
      }
      hasFinding = true;
      perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1);
      const level = message.severity === 2 ? style("red", "error") : style("yellow", "warning");
      if (message.severity === 2) errors++;
      else warnings++;
      lines.push(`  ${position}  ${level}  ${message.message}  ${style("dim", message.ruleId)}`);
    }
    if (hasFinding) filesWithFindings++;
    lines.push("");
  }

  const scanned = `${plural(results.length, "file")} scanned with the ${options.config} config (${plural(options.ruleCount, "rule")})`;
  const findings = errors + warnings;
  if (findings === 0 && parseErrors === 0) {
    lines.push(style("green", `✔ No findings; ${scanned}`));
    return `${lines.join("\n")}\n`;
  }
  const counts = `${plural(findings, "finding")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(filesWithFindings, "file")}`;
  const unparsed = parseErrors > 0 ? `, ${plural(parseErrors, "file")} could not be parsed` : "";
  lines.push(style(["bold", errors + parseErrors > 0 ? "red" : "yellow"], `✖ ${counts}${unparsed}; ${scanned}`));

  const ranked = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const countWidth = Math.max(0, ...ranked.map(([, count]) => String(count).length));
  const idWidth = Math.max(0, ...ranked.map(([ruleId]) => ruleId.length));
  for (const [ruleId, count] of ranked) {
    const meta = options.rulesMeta[ruleId];
    const cwe = (meta?.docs?.cwe ?? []).map((id) => `CWE-${String(id)}`).join(", ");
    const score = securitySeverityOf(meta);
    const details = [cwe, score === undefined ? "" : `security severity ${score} (${severityName(Number(score))})`].filter(Boolean).join(", ");
    const url = meta?.docs?.url ?? "";
    lines.push(`  ${String(count).padStart(countWidth)}  ${ruleId.padEnd(idWidth)}  ${details}${url ? `  ${style("dim", url)}` : ""}`.trimEnd());
  }
  return `${lines.join("\n")}\n`;
}
