/**
 * Part of `npm run build`: writes the Oxlint configs the package ships, dist/oxlint/<config>.json
 * for `recommended`, `strict` and `all`, from the built plugin. A project's .oxlintrc.json extends
 * one of them (README: Oxlint), so it gets new rules with each release without listing them:
 *
 *   { "extends": ["./node_modules/eslint-plugin-auth-security/dist/oxlint/recommended.json"] }
 *
 * `jsPlugins` paths are resolved relative to the config file that names them, so the plugin is
 * referenced as ../src/index.js (the built plugin next to this folder), whatever the install layout.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import authSecurity from "../dist/src/index.js";

const target = new URL("../dist/oxlint/", import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of ["recommended", "strict", "all"]) {
  // Oxlint rejects unknown top-level keys (no "$comment"): only what it reads.
  const config = { jsPlugins: ["../src/index.js"], rules: authSecurity.configs[name].rules };
  writeFileSync(new URL(`${name}.json`, target), `${JSON.stringify(config, null, 2)}\n`);
}
