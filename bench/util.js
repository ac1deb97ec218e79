/**
 * Small helpers shared by the benchmark scripts (run.js, typed.js, hotspots.js): order statistics,
 * ESLint's stats times, a seeded shuffle, number formats, a text table, the tool versions and the results blocks of bench/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { benchDir, repoRoot } from "./corpus.js";

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
export const percent = (value, digits = 2) => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : "n/a");

/**
 * One lint result's `stats: true` times, summed over its passes (a file linted with fixes has
 * several): the total, the parse time and each rule's time, in milliseconds.
 */
export function statsTimes(result) {
  let total = 0;
  let parse = 0;
  const rules = new Map();
  for (const pass of result.stats?.times.passes ?? []) {
    total += pass.total ?? 0;
    parse += pass.parse?.total ?? 0;
    for (const [rule, { total: ms }] of Object.entries(pass.rules ?? {})) rules.set(rule, (rules.get(rule) ?? 0) + ms);
  }
  return { total, parse, rules };
}

/** A small seeded PRNG (mulberry32), so the run order is random but reproducible. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Rows of cells as aligned columns (the first left-aligned). */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n");
}

/** Versions of Node and the linting tools, for the results. */
export function versions() {
  const read = (name) => {
    try {
      return JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "n/a";
    }
  };
  return {
    node: process.version,
    eslint: ESLint.version,
    "@typescript-eslint/parser": read("@typescript-eslint/parser"),
    espree: read("espree"),
    oxlint: read("oxlint"),
  };
}

/**
 * Replaces a results block of bench/README.md (between `<!-- bench:NAME:begin -->` and
 * `<!-- bench:NAME:end -->`) with `content`.
 */
export function replaceReadmeBlock(name, content) {
  const file = join(benchDir, "README.md");
  const text = readFileSync(file, "utf8");
  const beginMarker = `<!-- bench:${name}:begin -->`;
  const begin = text.indexOf(beginMarker);
  const end = text.indexOf(`<!-- bench:${name}:end -->`);
  if (begin === -1 || end < begin) throw new Error(`bench/README.md lacks the bench:${name} markers`);
  writeFileSync(file, `${text.slice(0, begin + beginMarker.length)}\n${content}\n${text.slice(end)}`);
  console.log(`updated bench/README.md (bench:${name})`);
}
