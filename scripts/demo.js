/**
 * `npm run demo`: the zero-config scanner (`auth-security-scan`, the package's bin) on the example
 * app in examples/, exactly what `npx auth-security-scan examples` prints. Exits 0 whatever it
 * finds (it is a demo); exits 1 if the scan fails or an example file does not parse.
 */
import { execute } from "../dist/src/cli/main.js";

const { code, result } = await execute(["examples", ...process.argv.slice(2)], {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

console.log(
  "\nThat was `npx auth-security-scan examples` (README: Zero-config scan). In your own project:\n" +
    "  npx eslint-plugin-auth-security    # scan the current directory, no ESLint config needed\n" +
    "  or add authSecurity.configs.recommended to your eslint.config.js (README: Configure)",
);

const unparsed = (result?.results ?? []).filter((file) => file.fatalErrorCount > 0).map((file) => file.filePath);
if (code === 2 || unparsed.length > 0) {
  console.error(unparsed.length > 0 ? `The demo is broken: example files that do not parse: ${unparsed.join(", ")}` : "The demo is broken: the scan failed.");
  process.exitCode = 1;
}
