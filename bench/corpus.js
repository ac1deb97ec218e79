/**
 * The corpus: real JavaScript and TypeScript that nobody on this project wrote, rebuilt on any
 * machine from the npm registry.
 *
 * `bench/corpus-packages.json` pins package versions (and their tarball integrity). `ensureCorpus()`
 * fetches the missing ones with `npm pack` into `bench/.corpus/` (git-ignored), unpacks them, and
 * indexes their source files: `.js .mjs .cjs .jsx .ts .mts .cts .tsx`, no `.d.ts`, nothing under a
 * nested `node_modules/`, no file over `maxFileBytes`, and no minified bundle (more than
 * `maxBytesPerLine` bytes per line). Each package contributes at most `perPackageFiles` files,
 * TypeScript sources first, then in a fixed pseudo-random order, so no single package dominates.
 * Everything is cached: a second call reads `bench/.corpus/index.json` and touches no network.
 *
 * The whole corpus is listed in a fixed pseudo-random order (`file.rank`), so `selectFiles(files,
 * size)` — the first N — is a deterministic subset that mixes every package.
 *
 *   node bench/corpus.js            fetch (if needed) and print the corpus statistics
 *   node bench/corpus.js --size small   statistics of a subset
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = dirname(benchDir);
/** Where the corpus lives (git-ignored). Everything under it can be deleted and rebuilt. */
export const corpusRoot = join(benchDir, ".corpus");
const packagesDir = join(corpusRoot, "packages");
const tarballDir = join(corpusRoot, "tarballs");
const indexFile = join(corpusRoot, "index.json");
const manifestFile = join(benchDir, "corpus-packages.json");

/** Bump when the file selection logic changes, so cached indexes are rebuilt. */
const INDEX_FORMAT = 2;

/** Named subset sizes (number of files). Any positive integer works too. */
export const SIZES = { small: 120, medium: 250, release: 1000, full: Infinity };

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;

/** @returns {import("./corpus.d.ts").Manifest} */
export function readManifest() {
  return JSON.parse(readFileSync(manifestFile, "utf8"));
}

/** `@auth/core@0.41.3` → `auth__core@0.41.3`: a folder name on every OS. */
export function folderName(spec) {
  return spec.replace(/^@/, "").replace("/", "__");
}

/** `@auth/core@0.41.3` → `@auth/core`. */
export function packageName(spec) {
  return spec.slice(0, spec.lastIndexOf("@"));
}

function sha1(text) {
  return createHash("sha1").update(text).digest("hex");
}

function log(quiet, message) {
  if (!quiet) process.stderr.write(`${message}\n`);
}

/** Runs npm (the one running this script when started by `npm run`, else the one on PATH). */
function npm(args, cwd) {
  const execPath = process.env.npm_execpath;
  const viaNode = execPath && /\.[cm]?js$/.test(execPath);
  const result = spawnSync(viaNode ? process.execPath : "npm", viaNode ? [execPath, ...args] : args, {
    cwd,
    encoding: "utf8",
    shell: !viaNode && process.platform === "win32",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`npm ${args.slice(0, 2).join(" ")} … failed (exit ${result.status}):\n${result.stderr || result.error}`);
  }
  return result.stdout;
}

function integrityOf(file) {
  return `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
}

/** Fetches (npm pack) and unpacks every pinned package that is not in the corpus folder yet. */
function fetchMissing(manifest, quiet) {
  const missing = manifest.packages.filter((entry) => !existsSync(join(packagesDir, folderName(entry.spec), ".complete")));
  if (missing.length === 0) return;
  mkdirSync(tarballDir, { recursive: true });
  mkdirSync(packagesDir, { recursive: true });
  const toFetch = missing.filter((entry) => !existsSync(join(tarballDir, `${folderName(entry.spec)}.tgz`)));
  if (toFetch.length > 0) {
    log(quiet, `corpus: fetching ${toFetch.length} package(s) with npm pack…`);
    const staging = mkdtempSync(join(corpusRoot, "fetch-"));
    try {
      const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", staging, ...toFetch.map((entry) => entry.spec)], staging));
      for (const [i, entry] of toFetch.entries()) {
        const info = packed.find((item) => item.id === entry.spec) ?? packed[i];
        renameSync(join(staging, info.filename), join(tarballDir, `${folderName(entry.spec)}.tgz`));
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  for (const entry of missing) {
    const tarball = join(tarballDir, `${folderName(entry.spec)}.tgz`);
    const actual = integrityOf(tarball);
    if (entry.integrity && actual !== entry.integrity) {
      rmSync(tarball, { force: true });
      throw new Error(`corpus: ${entry.spec} does not match its pinned integrity (got ${actual}); deleted the tarball`);
    }
    const target = join(packagesDir, folderName(entry.spec));
    const staging = `${target}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const untar = spawnSync("tar", ["-xzf", tarball, "-C", staging], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`corpus: tar failed on ${tarball}: ${untar.stderr || untar.error}`);
    writeFileSync(join(staging, ".complete"), `${entry.spec}\n`);
    rmSync(target, { recursive: true, force: true });
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another process (a parallel test file) unpacked the same package first: keep its copy.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(join(target, ".complete"))) throw error;
    }
  }
  log(quiet, `corpus: ${missing.length} package(s) unpacked into ${relative(repoRoot, packagesDir)}`);
}

/**
 * The `type` of the nearest package.json at or above `dir` inside the package, cached per folder:
 * `"module"`, `"commonjs"`, or undefined when the nearest package.json says nothing.
 */
function moduleTypeFinder(packageRoot) {
  const cache = new Map();
  function typeOf(dir) {
    if (cache.has(dir)) return cache.get(dir);
    let type;
    let found = false;
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        const declared = JSON.parse(readFileSync(manifest, "utf8")).type;
        found = true;
        type = declared === "module" || declared === "commonjs" ? declared : undefined;
      } catch {
        found = false;
      }
    }
    if (!found) type = dir === packageRoot || !dir.startsWith(packageRoot) ? undefined : typeOf(dirname(dir));
    cache.set(dir, type);
    return type;
  }
  return typeOf;
}

/** Top-level `import …` / `export …` statements (not `import(`): what bundlers use to tell ESM from CommonJS. */
const ESM_SYNTAX = /^(?:import\s*[\w{*"']|export\s*[\w{*])/m;

/**
 * How a file is parsed: by extension; for `.js` / `.jsx` by the nearest package.json `type` as Node
 * does, and when no package.json declares one, by whether the file has ESM syntax (as bundlers do:
 * packages often ship ESM builds without declaring `"type": "module"`).
 */
function sourceTypeOf(file, text, typeOf) {
  if (/\.c[jt]s$/.test(file)) return "commonjs";
  if (/\.m[jt]s$/.test(file) || /\.tsx?$/.test(file)) return "module";
  return typeOf(dirname(file)) ?? (ESM_SYNTAX.test(text) ? "module" : "commonjs");
}

function listSources(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") listSources(full, out);
    } else if (entry.isFile() && SOURCE.test(entry.name) && !DECLARATION.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

function buildIndex(manifest) {
  const files = [];
  for (const entry of manifest.packages) {
    const packageRoot = join(packagesDir, folderName(entry.spec));
    const typeOf = moduleTypeFinder(packageRoot);
    const candidates = [];
    for (const full of listSources(packageRoot, [])) {
      const bytes = statSync(full).size;
      if (bytes > manifest.maxFileBytes || bytes === 0) continue;
      const text = readFileSync(full, "utf8");
      let lines = 1;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
      if (bytes / lines > manifest.maxBytesPerLine) continue;
      const path = relative(corpusRoot, full).split(sep).join("/");
      candidates.push({
        path,
        package: entry.spec,
        auth: entry.auth === true,
        typescript: /\.[cm]?tsx?$/.test(full),
        sourceType: sourceTypeOf(full, text, typeOf),
        lines,
        bytes,
        order: sha1(path),
      });
    }
    candidates.sort((a, b) => Number(b.typescript) - Number(a.typescript) || (a.order < b.order ? -1 : 1));
    files.push(...candidates.slice(0, manifest.perPackageFiles));
  }
  files.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return files.map((file, rank) => {
    const entry = { ...file, rank };
    delete entry.order;
    return entry;
  });
}

function indexKey(manifest) {
  return sha1(JSON.stringify({ INDEX_FORMAT, manifest }));
}

/**
 * Makes sure the corpus is on disk and returns every selected file, in rank order.
 * @param {{ quiet?: boolean }} [options]
 * @returns {import("./corpus.d.ts").CorpusFile[]}
 */
export function ensureCorpus({ quiet = false } = {}) {
  const manifest = readManifest();
  const key = indexKey(manifest);
  if (existsSync(indexFile)) {
    try {
      const cached = JSON.parse(readFileSync(indexFile, "utf8"));
      if (cached.key === key && cached.files.every((file) => existsSync(join(corpusRoot, file.path)))) return cached.files;
    } catch {
      // A torn or old index: rebuild it.
    }
  }
  mkdirSync(corpusRoot, { recursive: true });
  fetchMissing(manifest, quiet);
  const files = buildIndex(manifest);
  const staging = `${indexFile}.tmp-${process.pid}`;
  writeFileSync(staging, JSON.stringify({ key, files }));
  renameSync(staging, indexFile);
  log(quiet, `corpus: indexed ${files.length} files`);
  return files;
}

/** Parses `small | medium | release | full | <number>` into a file count. */
export function parseSize(size) {
  if (size === undefined || size === null || size === "") return SIZES.medium;
  if (typeof size === "number") return size;
  if (Object.hasOwn(SIZES, size)) return SIZES[size];
  const count = Number(size);
  if (Number.isInteger(count) && count > 0) return count;
  throw new Error(`unknown corpus size "${size}": use ${Object.keys(SIZES).join(", ")} or a number of files`);
}

/** The first `size` files of the corpus in rank order (deterministic, mixes all packages). */
export function selectFiles(files, size) {
  const count = parseSize(size);
  return files.slice(0, Math.min(count, files.length));
}

export function absolutePath(file) {
  return join(corpusRoot, ...file.path.split("/"));
}

export function readSource(file) {
  return readFileSync(absolutePath(file), "utf8");
}

/** Files, lines, TypeScript share and packages of a list of corpus files. */
export function describeFiles(files) {
  const packages = new Set(files.map((file) => file.package));
  return {
    files: files.length,
    lines: files.reduce((sum, file) => sum + file.lines, 0),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    typescriptFiles: files.filter((file) => file.typescript).length,
    packages: packages.size,
  };
}

/** `--name value` / `--name=value` / `--flag` from an argv array. */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) continue;
    const eq = arg.indexOf("=");
    if (eq !== -1) {
      args[arg.slice(2, eq)] = arg.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
      args[arg.slice(2)] = argv[++i];
    } else {
      args[arg.slice(2)] = true;
    }
  }
  return args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  const all = ensureCorpus();
  const files = selectFiles(all, args.size ?? "full");
  const stats = describeFiles(files);
  console.log(
    `corpus: ${stats.files} files, ${stats.lines} lines (${stats.typescriptFiles} TypeScript) from ${stats.packages} packages` +
      ` — full corpus ${all.length} files, ${describeFiles(all).lines} lines`,
  );
}
