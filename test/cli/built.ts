/**
 * The scanner modules from the build (dist/), for tests that need the plugin object: src/index.ts
 * reads package.json relative to dist/src/, so it only loads from there. `npm test` builds before
 * the unit tests; run `npm run build` after changing src/ when running these alone.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Main = typeof import("../../src/cli/main.js");
type Parsers = typeof import("../../src/cli/parsers.js");
type Sarif = typeof import("../../src/formatters/sarif.js");
type Index = typeof import("../../src/index.js");

const dist = new URL("../../dist/src/", import.meta.url);

async function load<T>(path: string): Promise<T> {
  const url = new URL(path, dist);
  if (!existsSync(fileURLToPath(url))) throw new Error(`${fileURLToPath(url)} is missing: run \`npm run build\` first.`);
  return (await import(/* @vite-ignore */ url.href)) as T;
}

export interface Built {
  runCli: Main["runCli"];
  projectLoader: Parsers["projectLoader"];
  sarif: Sarif;
  plugin: Index["default"];
}

export async function loadBuilt(): Promise<Built> {
  const [main, parsers, sarif, index] = await Promise.all([
    load<Main>("cli/main.js"),
    load<Parsers>("cli/parsers.js"),
    load<Sarif>("formatters/sarif.js"),
    load<Index>("index.js"),
  ]);
  return { runCli: main.runCli, projectLoader: parsers.projectLoader, sarif, plugin: index.default };
}
