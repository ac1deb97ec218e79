/**
 * Where the rules' time goes, file by file: the tool for cost work, not a measurement to record.
 *
 *   node bench/hotspots.js [--size release] [--config recommended] [--runs 3] [--top 20] [--reference]
 *
 * Lints every file `--runs` times with ESLint's `stats: true` (after one untimed warm-up pass) and
 * keeps, per file, the median of its rule time and of its total time, as `bench/run.js` does for its
 * per-rule figures. The files' runs follow each other here (run.js alternates two configurations
 * and runs after its timed rounds), so the total differs from the recorded one: read it for where
 * the time goes, and record what run.js prints. Prints:
 *   - the rule time over parse + traverse (total minus rule time), as in the results table;
 *   - how concentrated it is: the share of the rule time spent on the costliest 1%, 10% and 25% of
 *     the files, and on the files that pass the shared credential-word test (the files the rules
 *     analyse) against the others (the files where every rule stops in `create()`);
 *   - the `--top` costliest files, with their own share and the rules that cost most there.
 * `--reference` also lints the files with as many stand-in rules as the config has, each listening
 * to `CallExpression` and doing nothing: what ESLint's stats charge to rules that only listen.
 *
 * Reads the build (`npm run build`); `AUTH_SECURITY_BENCH_PLUGIN` points it at another build.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { absolutePath, corpusRoot, ensureCorpus, parseArgs, parseSize, readSource, selectFiles } from "./corpus.js";
import { languageConfigs, loadPlugin, pluginEntry, rulesOf } from "./setup.js";
import { median, percent, statsTimes, table } from "./util.js";

const args = parseArgs(process.argv.slice(2));
const files = selectFiles(ensureCorpus(), parseSize(args.size ?? "release"));
const texts = files.map(readSource);
const runs = Math.max(1, Number(args.runs ?? 3));
const top = Number(args.top ?? 20);
const configName = args.config ?? "recommended";

const plugin = await loadPlugin();
const config = plugin.configs[configName];
if (!config) throw new Error(`--config ${configName}: the plugin has no such config`);
const ruleCount = rulesOf(config).length;
const { mayNameCredential } = await import(pathToFileURL(join(dirname(pluginEntry), "analysis", "credential-words.js")).href);

/**
 * Per file: the median rule time, the median time without rules and each rule's median time (ms).
 * `probe` rules run first and are not counted: they record what the file's context answers.
 */
async function measure(extraConfig, probe) {
  const eslint = new ESLint({
    cwd: corpusRoot,
    overrideConfigFile: true,
    ignore: false,
    stats: true,
    overrideConfig: [...languageConfigs(files), ...(probe ? [probe.config] : []), extraConfig],
  });
  for (const [i, file] of files.entries()) await eslint.lintText(texts[i], { filePath: absolutePath(file) });
  const out = [];
  for (const [i, file] of files.entries()) {
    const ruleTimes = [];
    const baseTimes = [];
    const perRule = new Map();
    for (let run = 0; run < runs; run++) {
      const [result] = await eslint.lintText(texts[i], { filePath: absolutePath(file) });
      const times = statsTimes(result);
      let rules = 0;
      for (const [rule, ms] of times.rules) {
        if (probe?.ids.has(rule)) continue;
        rules += ms;
        perRule.set(rule, [...(perRule.get(rule) ?? []), ms]);
      }
      ruleTimes.push(rules);
      baseTimes.push(times.total - rules);
    }
    out.push({
      file,
      length: texts[i].length,
      rules: median(ruleTimes),
      base: median(baseTimes),
      perRule: [...perRule].map(([rule, times]) => [rule, median(times)]).sort((a, b) => b[1] - a[1]),
      analysed: probe?.answers.get(absolutePath(file)),
    });
  }
  return out;
}

/**
 * A rule that records the shared credential-word test per file. It asks in `Program:exit`, after
 * every rule's `create()`, so the rule that asks first still pays for the test, as in a real run;
 * the probe's own time is not counted.
 */
function credentialProbe() {
  const answers = new Map();
  const rule = {
    meta: { type: "problem", schema: [] },
    create(context) {
      return {
        "Program:exit"() {
          answers.set(context.filename, mayNameCredential(context));
        },
      };
    },
  };
  return {
    answers,
    ids: new Set(["hotspots/probe"]),
    config: { plugins: { hotspots: { meta: { name: "hotspots", version: "0.0.0" }, rules: { probe: rule } } }, rules: { "hotspots/probe": "error" } },
  };
}

const sum = (rows, pick) => rows.reduce((total, row) => total + pick(row), 0);
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;

const rows = await measure(config, credentialProbe());
const ruleTotal = sum(rows, (row) => row.rules);
const baseTotal = sum(rows, (row) => row.base);
console.log(`${files.length} files, ${configName} (${ruleCount} rules), median of ${runs} stats runs per file`);
console.log(`rule time ${us(ruleTotal / rows.length)} per file, parse + traverse ${us(baseTotal / rows.length)}: ${percent(ruleTotal / baseTotal)}`);

const byCost = [...rows].sort((a, b) => b.rules - a.rules);
const concentration = [0.01, 0.1, 0.25].map((fraction) => {
  const count = Math.max(1, Math.round(rows.length * fraction));
  return [`costliest ${percent(fraction, 0)} of files (${count})`, percent(sum(byCost.slice(0, count), (row) => row.rules) / ruleTotal, 1)];
});
const analysed = rows.filter((row) => row.analysed);
const skipped = rows.filter((row) => !row.analysed);
const groupLine = (label, group) => [
  `${label} (${group.length})`,
  percent(sum(group, (row) => row.rules) / ruleTotal, 1),
  us(sum(group, (row) => row.rules) / Math.max(1, group.length)),
  percent(sum(group, (row) => row.rules) / sum(group, (row) => row.base)),
];
console.log("");
console.log(table([["Files", "Share of rule time", "Rule time per file", "Rule time / parse + traverse"], ...concentration.map((row) => [...row, "", ""]), groupLine("with a credential word", analysed), groupLine("without one", skipped)]));

console.log("");
console.log(
  table([
    ["Costliest files", "Characters", "Rule time", "Own share", "Costliest rules there"],
    ...byCost.slice(0, top).map((row) => [
      row.file.path.replace(/^packages\//, ""),
      row.length,
      us(row.rules),
      percent(row.rules / row.base, 1),
      row.perRule
        .slice(0, 3)
        .map(([rule, ms]) => `${rule.replace(/^auth-security\//, "")} ${us(ms)}`)
        .join(", "),
    ]),
  ]),
);

if (args.reference) {
  const stand = { meta: { type: "problem", schema: [] }, create: () => ({ CallExpression() {} }) };
  const rules = Object.fromEntries(Array.from({ length: ruleCount }, (_, i) => [`listen${i}`, stand]));
  const reference = await measure({
    plugins: { reference: { meta: { name: "reference", version: "0.0.0" }, rules } },
    rules: Object.fromEntries(Object.keys(rules).map((name) => [`reference/${name}`, "error"])),
  });
  const referenceRules = sum(reference, (row) => row.rules);
  console.log("");
  console.log(
    `reference: ${ruleCount} rules that listen to CallExpression and do nothing: rule time ${us(referenceRules / reference.length)} per file, ${percent(referenceRules / sum(reference, (row) => row.base))} of parse + traverse`,
  );
}
