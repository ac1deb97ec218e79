/**
 * `npm run demo`: lint the example app in examples/ with the plugin's `recommended` config and
 * print what it finds. Exits 0 whatever it finds (it is a demo); exits 1 if ESLint crashes or
 * an example file does not parse.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { styleText } from "node:util";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import authSecurity from "../dist/src/index.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const examples = resolve(root, "examples");

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const style = (format, text) => (useColor ? styleText(format, text) : text);
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

async function main() {
  const eslint = new ESLint({
    cwd: examples,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.{js,cjs,mjs,ts,tsx,jsx}"],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      authSecurity.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(["."]);
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));

  const ruleCount = Object.keys(authSecurity.configs.recommended.rules).length;
  console.log(
    `${style("bold", authSecurity.meta.name)} ${authSecurity.meta.version}: ` +
      `${plural(results.length, "file")} in examples/ checked with the recommended config (${plural(ruleCount, "rule")})\n`,
  );

  const perRule = new Map();
  let findings = 0;
  let filesWithFindings = 0;
  let parseErrors = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    console.log(style("underline", relative(root, result.filePath)));
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    let counted = false;
    for (const message of result.messages) {
      const position = `${message.line}:${message.column}`.padEnd(width);
      if (message.ruleId === null || message.fatal) {
        parseErrors++;
        console.log(`  ${style("dim", position)}  ${style("red", "parse error")}  ${message.message}`);
        continue;
      }
      findings++;
      counted = true;
      perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1);
      console.log(`  ${style("dim", position)}  ${style("yellow", message.ruleId)}  ${message.message}`);
    }
    if (counted) filesWithFindings++;
    console.log("");
  }

  if (findings === 0) {
    console.log("No findings.");
  } else {
    console.log(style("bold", `${plural(findings, "finding")} in ${plural(filesWithFindings, "file")}:`));
    const ranked = [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const width = Math.max(...ranked.map(([, count]) => String(count).length));
    for (const [ruleId, count] of ranked) console.log(`  ${String(count).padStart(width)}  ${ruleId}`);
  }
  console.log(
    `\nUse it in your project: npm install --save-dev eslint-plugin-auth-security, then add ` +
      `authSecurity.configs.recommended to eslint.config.js (import authSecurity from "eslint-plugin-auth-security").`,
  );

  if (parseErrors > 0) {
    console.error(style("red", `\n${plural(parseErrors, "example file")} could not be parsed: the demo is broken.`));
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
