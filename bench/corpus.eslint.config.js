/**
 * ESLint CLI config for the corpus (the Oxlint comparison in bench/oxlint.js and the cache /
 * concurrency test in test/corpus/). Run from bench/.corpus/ with `--config ../corpus.eslint.config.js`
 * (the CLI then resolves file patterns against the working directory). The variant comes from
 * AUTH_SECURITY_BENCH_VARIANT: zero | noop | recommended | strict | all (default all).
 */
import { ensureCorpus } from "./corpus.js";
import { loadPlugin, variantConfigs } from "./setup.js";

const variant = process.env.AUTH_SECURITY_BENCH_VARIANT ?? "all";
const configs = variantConfigs(await loadPlugin(), ensureCorpus({ quiet: true }));
if (!Object.hasOwn(configs, variant)) throw new Error(`AUTH_SECURITY_BENCH_VARIANT: unknown variant "${variant}"`);

export default configs[variant];
