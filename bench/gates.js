/**
 * Per-file cost of the shared pre-checks the rules run in `create()` (the part of rule time that
 * every file pays, whatever it contains):
 *
 *   node bench/gates.js [--size medium] [--rounds 3]
 *
 * Each check runs alone on ASTs that no check has touched yet (the files are parsed again before
 * every round, untimed, with ESLint's `Linter`), so it pays for everything it computes, shared
 * caches included, and for reading cold memory, as the first rule to ask does in a real run. The
 * best round is reported, in microseconds per file. Reads the build (`npm run build`), like run.js;
 * `AUTH_SECURITY_BENCH_PLUGIN` points it at another build's `dist/src/index.js`.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { Linter } from "eslint";
import { absolutePath, ensureCorpus, parseArgs, parseSize, readSource, selectFiles } from "./corpus.js";
import { languageConfigs, pluginEntry } from "./setup.js";

const args = parseArgs(process.argv.slice(2));
const files = selectFiles(ensureCorpus(), parseSize(args.size ?? "medium"));
const texts = files.map(readSource);
const rounds = Number(args.rounds ?? 3);

const srcDir = dirname(pluginEntry);
const load = async (path) => import(pathToFileURL(join(srcDir, path)).href);
const [modules, words, transport, loggers, cookies, cors, jwt] = await Promise.all(
  ["analysis/modules.js", "analysis/credential-words.js", "models/transport.js", "models/loggers.js", "models/cookies.js", "models/cors.js", "models/jwt.js"].map(load),
);

/** Fresh rule contexts (the parts the checks read) for every file: a rule that only records them. */
function freshContexts() {
  const contexts = [];
  const grab = { meta: { name: "gates", version: "0.0.0" }, rules: { grab: { create: (context) => (contexts.push({ sourceCode: context.sourceCode, filename: context.filename }), {}) } } };
  const config = [...languageConfigs(files), { plugins: { gates: grab }, rules: { "gates/grab": "error" } }];
  const linter = new Linter({ configType: "flat" });
  for (const [i, file] of files.entries()) linter.verify(texts[i], config, { filename: absolutePath(file) });
  return contexts;
}

/** A tracker no file imports: the module entry points are computed, then nothing more. */
const NO_MODULE = { modules: new Set(["\0none"]) };

const checks = {
  "module entry points": (context) => modules.mentionsTrackedModule(context, NO_MODULE),
  "credential words": (context) => words.mayNameCredential(context),
  "credential or secret words": (context) => words.mayNameSecretOrCredential(context),
  "transport words": (context) => transport.mayUseTransport(context),
  "URL-parameter text": (context) => transport.mayHaveUrlParamText(context),
  "scheme text (or node:http)": (context) => transport.mayHaveCleartextText(context),
  "logger names": (context) => loggers.mayLogByName(context),
  "cookie APIs or session modules": (context) => cookies.mayWriteCookies(context),
  "CORS headers": (context) => cors.mentionsCorsHeader(context),
  "CORS configuration": (context) => cors.mayConfigureCors(context),
  "JWT library": (context) => jwt.mayUseJwtLibrary(context),
};

console.log(`${files.length} files, best of ${rounds} rounds; checks that read the word tests or the module entry points include their cost`);
for (const [name, check] of Object.entries(checks)) {
  let best = Infinity;
  let passed = 0;
  for (let round = 0; round < rounds; round++) {
    const contexts = freshContexts();
    const started = performance.now();
    let count = 0;
    for (const context of contexts) if (check(context)) count++;
    best = Math.min(best, performance.now() - started);
    passed = count;
  }
  console.log(`${name.padEnd(32)} ${((best / files.length) * 1000).toFixed(1).padStart(6)} µs/file   true for ${passed} of ${files.length} files`);
}
