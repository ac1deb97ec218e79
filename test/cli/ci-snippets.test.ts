/**
 * The README's copy-paste snippets ("Use in CI", "Oxlint") are the files in examples/ci/ that the
 * end-to-end tests run (test/e2e/ci-snippets.test.ts, test/e2e/oxlint.test.ts): the README must
 * quote each one verbatim, as a fenced block.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const ciDir = join(root, "examples", "ci");
const FENCE: Record<string, string> = { ".yml": "yaml", ".sh": "sh", ".json": "json" };

describe("README CI snippets", () => {
  const files = readdirSync(ciDir).sort();

  it("examples/ci/ holds the GitHub Actions workflow, the GitLab job, the --max-warnings commands and the Oxlint config", () => {
    expect(files).toEqual(["github-actions.yml", "gitlab-ci.yml", "max-warnings.sh", "oxlintrc.json"]);
  });

  it.each(readdirSync(ciDir).sort())("README quotes examples/ci/%s verbatim", (file) => {
    const text = readFileSync(join(ciDir, file), "utf8");
    const fence = FENCE[file.slice(file.lastIndexOf("."))];
    expect(readme).toContain(`\`\`\`${fence}\n${text}\`\`\`\n`);
  });

  it("the Oxlint snippet is valid JSON that extends the config the package ships", () => {
    const config = JSON.parse(readFileSync(join(ciDir, "oxlintrc.json"), "utf8")) as { extends: string[] };
    expect(config.extends).toEqual(["./node_modules/eslint-plugin-auth-security/dist/oxlint/recommended.json"]);
  });

  it("the README starts with the two commands a fresh clone runs", () => {
    expect(readme).toMatch(/^# eslint-plugin-auth-security\n\n```sh\nnpm ci && npm run demo {4}# .+\nnpm ci && npm test {8}# .+\n```\n/);
  });
});
