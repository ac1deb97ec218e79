/**
 * eslint-doc-generator: `npm run docs` rewrites the README rules list (between
 * `<!-- begin auto-generated rules list -->` and `<!-- end auto-generated rules list -->`) and the
 * header of every `docs/rules/<name>.md` (down to `<!-- end auto-generated rule header -->`) from
 * the built plugin (`main` → dist/src/index.js). `npm run lint:docs` (`--check`) fails on any diff.
 */
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
/** `https://github.com/<owner>/<repo>`, the same base `src/create-rule.ts` puts into `meta.docs.url`. */
const repositoryUrl = pkg.homepage.replace(/#readme$/, "");

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  // `all` turns on every rule; a column of ticks on every row tells the reader nothing.
  ignoreConfig: ["all"],
  ruleDocTitleFormat: "desc-parens-prefix-name",
  // The title already carries the description, so no separate description notice.
  ruleDocNotices: ["deprecated", "configs", "fixableAndHasSuggestions", "options"],
  ruleDocSectionInclude: ["Rule Details", "Examples", "When Not To Use It", "References"],
  // Every page has an `## Options` section, also rules without options ("This rule has no
  // options."), which the generator's own options check forbids. test/docs.test.ts checks the
  // section instead: present on every page, and naming every option of rules that have some.
  ruleDocSectionOptions: false,
  ruleListColumns: ["name", "description", "configsError", "hasSuggestions", "options"],
  // Absolute links in the README, so the rules table also works where the README is shown
  // outside the repository (npm); rule pages keep relative links between each other.
  urlRuleDoc(name, page) {
    if (page === "README.md") return `${repositoryUrl}/blob/main/docs/rules/${name}.md`;
    return undefined;
  },
};

export default config;
