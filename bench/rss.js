/**
 * Peak memory of one configuration, in a process of its own (run by bench/run.js; also usable alone):
 *
 *   node bench/rss.js --variant recommended --size medium
 *
 * Lints the subset once (`--passes N` for more) with ESLint and the given variant (see setup.js),
 * then prints one JSON line: `{ "variant", "files", "maxRssMB", "retainedHeapMB" }`. Peak RSS is
 * the process's resident-set high-water mark (`process.resourceUsage().maxRSS`): compare variants
 * by their difference. `retainedHeapMB` is the heap still used after a full GC once linting is done
 * (run with `node --expose-gc`): memory a rule would leak across files.
 */
import { ESLint } from "eslint";
import { absolutePath, corpusRoot, ensureCorpus, parseArgs, readSource, selectFiles } from "./corpus.js";
import { loadPlugin, variantConfigs } from "./setup.js";

const args = parseArgs(process.argv.slice(2));
const variant = String(args.variant ?? "zero");
const files = selectFiles(ensureCorpus({ quiet: true }), args.size);
const configs = variantConfigs(await loadPlugin(), files);
if (!Object.hasOwn(configs, variant)) throw new Error(`unknown variant "${variant}": ${Object.keys(configs).join(", ")}`);

const eslint = new ESLint({ cwd: corpusRoot, overrideConfigFile: true, overrideConfig: configs[variant], ignore: false });
const texts = files.map((file) => readSource(file));
const passes = Number(args.passes ?? 1);
for (let pass = 0; pass < passes; pass++) {
  for (const [i, file] of files.entries()) {
    try {
      await eslint.lintText(texts[i], { filePath: absolutePath(file) });
    } catch {
      // A crash is the sweep's business (test:corpus); memory is measured on the rest.
    }
  }
}
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const maxRssMB = mb(process.resourceUsage().maxRSS * 1024);
globalThis.gc?.();
console.log(
  JSON.stringify({
    variant,
    files: files.length,
    maxRssMB,
    retainedHeapMB: globalThis.gc ? mb(process.memoryUsage().heapUsed) : undefined,
  }),
);
