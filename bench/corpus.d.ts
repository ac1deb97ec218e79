/** Types of bench/corpus.js, for the TypeScript tests that import it. */

export interface ManifestEntry {
  /** `name@version`. */
  spec: string;
  /** The tarball's `sha512-…` integrity, checked after `npm pack`. */
  integrity?: string;
  /** An authentication library: its findings are listed for false-positive review. */
  auth?: boolean;
}

export interface Manifest {
  description: string;
  perPackageFiles: number;
  maxFileBytes: number;
  maxBytesPerLine: number;
  packages: ManifestEntry[];
}

export interface CorpusFile {
  /** Relative to the corpus folder, `/`-separated: `packages/<name>@<version>/package/…`. */
  path: string;
  /** `name@version`. */
  package: string;
  auth: boolean;
  typescript: boolean;
  sourceType: "module" | "commonjs";
  lines: number;
  bytes: number;
  /** Position in the fixed pseudo-random order that subsets are cut from. */
  rank: number;
}

export declare const benchDir: string;
export declare const repoRoot: string;
export declare const corpusRoot: string;
export declare const SIZES: Record<"small" | "medium" | "release" | "full", number>;

export declare function readManifest(): Manifest;
export declare function folderName(spec: string): string;
export declare function packageName(spec: string): string;
export declare function ensureCorpus(options?: { quiet?: boolean }): CorpusFile[];
export declare function parseSize(size: string | number | undefined): number;
export declare function selectFiles(files: CorpusFile[], size: string | number | undefined): CorpusFile[];
export declare function absolutePath(file: CorpusFile): string;
export declare function readSource(file: CorpusFile): string;
export declare function describeFiles(files: CorpusFile[]): {
  files: number;
  lines: number;
  bytes: number;
  typescriptFiles: number;
  packages: number;
};
export declare function parseArgs(argv: string[]): Record<string, string | true>;
