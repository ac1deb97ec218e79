/**
 * SARIF helpers for tests: validation against the official SARIF 2.1.0 JSON schema (vendored in
 * test/fixtures/sarif/, see its README) with Ajv, and the findings of a log in the shape the
 * end-to-end expectations use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import type { Log } from "sarif";

const schemaFile = fileURLToPath(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url));

// Both are CommonJS modules whose `exports.default` is the export (also `module.exports` itself).
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

let validator: ReturnType<InstanceType<typeof Ajv>["compile"]> | undefined;

/** Schema errors of a SARIF log (empty when it is valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    // `unicodeRegExp: false`: the schema's `language` pattern has a stray "]" (fixed in the
    // errata), valid for a non-unicode RegExp only.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
  }
  if (validator(log)) return [];
  const errors = (validator.errors ?? []) as { instancePath: string; message?: string; params?: unknown }[];
  return errors.map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}

export interface SarifFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

/** The results of a SARIF log as findings (uri relative to %SRCROOT%, start line and column). */
export function sarifFindings(log: Log): SarifFinding[] {
  const findings: SarifFinding[] = [];
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const location = result.locations?.[0]?.physicalLocation;
      findings.push({
        file: decodeURIComponent(location?.artifactLocation?.uri ?? ""),
        line: location?.region?.startLine ?? 0,
        column: location?.region?.startColumn ?? 0,
        ruleId: result.ruleId ?? "",
      });
    }
  }
  return findings;
}
