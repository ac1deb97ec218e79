/** Types of bench/eslint-cli.js, for the TypeScript tests that import it. */

export interface CliRun {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the ESLint CLI from the corpus folder with bench/corpus.eslint.config.js. */
export declare function runEslintCli(paths: string[], options?: { variant?: string; extraArgs?: string[] }): CliRun;
/** This plugin's findings in ESLint's `-f json` output, as `path:line:column rule`. */
export declare function eslintFindings(stdout: string): string[];
