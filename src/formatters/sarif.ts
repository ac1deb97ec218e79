/**
 * SARIF 2.1.0 output, built with node-sarif-builder, for GitHub code scanning and other SARIF
 * consumers. Used by `auth-security-scan --format sarif` and, as an ESLint formatter, by
 *
 *   npx eslint . -f node_modules/eslint-plugin-auth-security/sarif.js -o results.sarif
 *
 * (ESLint treats a `-f` value that contains a `/` as a path relative to the working directory, so
 * `-f eslint-plugin-auth-security/sarif` cannot work; the package export `./sarif` is for the
 * Node API: `import sarif from "eslint-plugin-auth-security/sarif"`.)
 *
 * Every rule descriptor carries what code scanning grades: `helpUri`, the tags `security` and
 * `external/cwe/cwe-<n>` (one per CWE of the rule), `properties["security-severity"]` (a numeric
 * string, from `meta.docs.securitySeverity`) and `precision` (`high` for `recommended` rules,
 * `medium` for the rest). Findings keep ESLint's level: `error` → `error`, `warn` → `warning`.
 * Files that could not be parsed become tool notifications, not results.
 */
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import type { Artifact, Log, Notification, ReportingDescriptor, Result } from "sarif";
import plugin, { namespace } from "../index.js";
import { cweUrl, owaspSection, type CweId, type OwaspId } from "../references.js";

/** The subset of a rule's `meta` this module reads; rules of other plugins may have none of it. */
export interface SarifRuleMeta {
  type?: string;
  docs?: {
    description?: string;
    url?: string;
    recommended?: unknown;
    owasp?: readonly string[];
    cwe?: readonly (number | string)[];
    securitySeverity?: number;
  };
}

export interface SarifOptions {
  /** Paths in the log are relative to this directory (`%SRCROOT%`). */
  cwd: string;
  /** Rule metadata by rule id (ESLint passes it to formatters as `context.rulesMeta`). */
  rulesMeta?: Record<string, SarifRuleMeta | undefined>;
  /** Rule ids that ran, so the log lists them even without findings; defaults to the ids in `rulesMeta`. */
  ruleIds?: readonly string[];
  /** The level each rule was configured at; defaults to `error`. */
  ruleLevels?: Record<string, "error" | "warning">;
  /** Extra tool notifications (e.g. files skipped because a parser is missing). */
  notifications?: readonly { level: "error" | "warning" | "note"; text: string }[];
}

/** The SRCROOT base every artifact location is relative to. */
export const SRCROOT = "%SRCROOT%";

/** This plugin's rule metadata, keyed by full rule id (`auth-security/<name>`). */
export function pluginRulesMeta(): Record<string, SarifRuleMeta> {
  return Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [`${namespace}/${name}`, (rule.meta ?? {}) as SarifRuleMeta]),
  );
}

/** `8.6` → `"8.6"`; missing or out of range → undefined (GitHub then falls back to the level). */
export function securitySeverityOf(meta: SarifRuleMeta | undefined): string | undefined {
  const score = meta?.docs?.securitySeverity;
  if (typeof score !== "number" || !Number.isFinite(score) || score <= 0 || score > 10) return undefined;
  return score.toFixed(1);
}

/** `["security", "external/cwe/cwe-347", ...]` for security rules; other plugins' rules keep their type as the only tag. */
function tagsOf(ruleId: string, meta: SarifRuleMeta | undefined): string[] {
  const cwes = meta?.docs?.cwe ?? [];
  const security = ruleId.startsWith(`${namespace}/`) || cwes.length > 0 || securitySeverityOf(meta) !== undefined;
  const tags = security ? ["security"] : [];
  for (const id of cwes) tags.push(`external/cwe/cwe-${String(id)}`);
  if (!security && meta?.type) tags.push(meta.type);
  return tags;
}

/** OWASP sections of a rule of this plugin, with their links; empty for anything unknown. */
function owaspLinks(meta: SarifRuleMeta | undefined): { title: string; url: string }[] {
  const links: { title: string; url: string }[] = [];
  for (const id of meta?.docs?.owasp ?? []) {
    try {
      const section = owaspSection(id as OwaspId);
      links.push({ title: `OWASP ${section.sheetTitle} Cheat Sheet: ${section.title}`, url: section.url });
    } catch {
      // Not an id of our catalog (another plugin's metadata): nothing to link.
    }
  }
  return links;
}

function ruleDescriptor(ruleId: string, meta: SarifRuleMeta | undefined, level: "error" | "warning"): ReportingDescriptor {
  const docs = meta?.docs;
  const description = docs?.description ?? ruleId;
  const severity = securitySeverityOf(meta);
  const owasp = owaspLinks(meta);
  const cwes = (docs?.cwe ?? []).map((id) => ({ title: `CWE-${String(id)}`, url: cweUrl(Number(id) as CweId) }));
  const references = [...owasp, ...cwes];
  const markdown = [
    description,
    ...(docs?.url ? ["", `Rule documentation: [${ruleId}](${docs.url})`] : []),
    ...(references.length > 0 ? ["", "References:", ...references.map((ref) => `- [${ref.title}](${ref.url})`)] : []),
  ].join("\n");
  const text = [
    description,
    ...(docs?.url ? [`Rule documentation: ${docs.url}`] : []),
    ...references.map((ref) => `${ref.title}: ${ref.url}`),
  ].join("\n");
  const descriptor: ReportingDescriptor = {
    id: ruleId,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text, markdown },
    defaultConfiguration: { level },
    properties: {
      tags: tagsOf(ruleId, meta),
      precision: docs?.recommended === "recommended" || docs?.recommended === true ? "high" : "medium",
      ...(severity === undefined ? {} : { "security-severity": severity }),
    },
  };
  if (docs?.url) descriptor.helpUri = docs.url;
  return descriptor;
}

/** SARIF `sourceLanguage` by file extension. */
function sourceLanguage(uri: string): string | undefined {
  const extension = /\.([a-z]+)$/i.exec(uri)?.[1]?.toLowerCase() ?? "";
  if (["js", "jsx", "mjs", "cjs"].includes(extension)) return "javascript";
  if (["ts", "tsx", "mts", "cts"].includes(extension)) return "typescript";
  if (["vue", "svelte", "astro"].includes(extension)) return extension;
  return undefined;
}

/** `examples/server/app.js`: relative to cwd, forward slashes, each segment URI-encoded. */
function artifactUri(cwd: string, filePath: string): string {
  const path = relative(cwd, filePath).split(sep).join("/");
  return path.split("/").map(encodeURIComponent).join("/");
}

function region(message: Linter.LintMessage): NonNullable<NonNullable<Result["locations"]>[number]["physicalLocation"]>["region"] {
  if (!(message.line >= 1)) return undefined;
  const startColumn = message.column >= 1 ? message.column : 1;
  const out: { startLine: number; startColumn: number; endLine?: number; endColumn?: number } = { startLine: message.line, startColumn };
  if (typeof message.endLine === "number" && message.endLine >= message.line) {
    out.endLine = message.endLine;
    if (typeof message.endColumn === "number" && message.endColumn >= 1 && (message.endLine > message.line || message.endColumn > startColumn)) {
      out.endColumn = message.endColumn;
    }
  }
  return out;
}

/** Builds the SARIF log object (not yet serialized). */
export function buildSarifLog(results: readonly ESLint.LintResult[], options: SarifOptions): Log {
  const rulesMeta = options.rulesMeta ?? {};
  const ruleIds = new Set(options.ruleIds ?? Object.keys(rulesMeta));
  for (const result of results) for (const message of result.messages) if (message.ruleId) ruleIds.add(message.ruleId);

  const sarif = new SarifBuilder({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0" });
  const run = new SarifRunBuilder({
    tool: {
      driver: {
        name: plugin.meta.name,
        version: plugin.meta.version,
        semanticVersion: plugin.meta.version,
        informationUri: "https://github.com/auth-security/eslint-plugin-auth-security",
        rules: [],
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, "/")}` } },
    columnKind: "utf16CodeUnits",
    artifacts: [],
    results: [],
  });

  for (const ruleId of [...ruleIds].sort()) {
    run.addRule(new SarifRuleBuilder(ruleDescriptor(ruleId, rulesMeta[ruleId], options.ruleLevels?.[ruleId] ?? "error")));
  }

  const artifacts: Artifact[] = [];
  const notifications: Notification[] = (options.notifications ?? []).map((note) => ({ level: note.level, message: { text: note.text } }));
  const sorted = [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const file of sorted) {
    if (file.messages.length === 0) continue;
    const uri = artifactUri(options.cwd, file.filePath);
    const language = sourceLanguage(uri);
    artifacts.push({ location: { uri, uriBaseId: SRCROOT }, ...(language ? { sourceLanguage: language } : {}) });
    for (const message of file.messages) {
      const physicalLocation = { artifactLocation: { uri, uriBaseId: SRCROOT }, region: region(message) };
      if (!physicalLocation.region) delete physicalLocation.region;
      if (message.ruleId === null || message.fatal) {
        notifications.push({
          level: "error",
          message: { text: `${uri}: ${message.message} (the file was not scanned)` },
          locations: [{ physicalLocation }],
        });
        continue;
      }
      run.addResult(
        new SarifResultBuilder({
          ruleId: message.ruleId,
          level: message.severity === 2 ? "error" : "warning",
          message: { text: message.message },
          locations: [{ physicalLocation }],
        }),
      );
    }
  }
  run.run.artifacts = artifacts;
  run.run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  sarif.addRun(run);
  return sarif.buildSarifOutput();
}

/** Serialized SARIF log, two-space indented. */
export function formatSarif(results: readonly ESLint.LintResult[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarifLog(results, options), null, 2)}\n`;
}

/**
 * ESLint formatter (`eslint -f <path to this file>`): every rule that reported, with the metadata
 * ESLint hands over (`context.rulesMeta`), completed from this plugin's own rules.
 */
export default function sarifFormatter(results: ESLint.LintResult[], context?: { cwd?: string; rulesMeta?: Record<string, unknown> }): string {
  const rulesMeta: Record<string, SarifRuleMeta | undefined> = { ...pluginRulesMeta() };
  for (const [id, meta] of Object.entries(context?.rulesMeta ?? {})) rulesMeta[id] = meta as SarifRuleMeta;
  const ruleIds = new Set<string>();
  for (const result of results) for (const message of result.messages) if (message.ruleId) ruleIds.add(message.ruleId);
  return formatSarif(results, { cwd: context?.cwd ?? process.cwd(), rulesMeta, ruleIds: [...ruleIds] });
}
