/** Types of bench/sweep.js, for the TypeScript tests that import it. */
import type { CorpusFile } from "./corpus.js";

export interface SweepCrash {
  path: string;
  ruleId: string | null;
  message: string;
  stack: string;
}

export interface SweepFinding {
  package: string;
  path: string;
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

export interface SweepReport {
  files: number;
  lines: number;
  bytes: number;
  typescriptFiles: number;
  packages: number;
  rules: number;
  perRule: Record<string, { findings: number; files: number }>;
  crashes: SweepCrash[];
  parseFailures: { path: string; message: string }[];
  /** Findings in the authentication libraries (corpus-packages.json `auth: true`). */
  authFindings: SweepFinding[];
  /** Every finding. */
  findings: SweepFinding[];
}

export declare function sweep(files: CorpusFile[], options?: { workers?: number; project?: string }): Promise<SweepReport>;
export declare function formatReport(report: SweepReport): string;
export declare function findingsMarkdown(report: SweepReport): string;
