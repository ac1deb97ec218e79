/**
 * Regular expressions and long inputs.
 *
 * 1. Every regular expression in the plugin's source (regex literals, `RegExp("…")` with static
 *    arguments, JSON-schema `pattern` strings in src/ and rules/, and the patterns in every rule's
 *    `meta.schema`) is analysed by recheck (a ReDoS checker: automaton analysis with a fuzzing
 *    fallback, run offline here) and must be `safe` — no exponential or polynomial backtracking.
 *    `RegExp` built from non-static text must be listed below with the reason it is acceptable.
 * 2. Long adversarial inputs — 100k-character identifiers, strings, template literals, comments,
 *    JSX text, keys and credential-looking names — go through every rule: no rule throws, and a
 *    super-linear regex or scan would hang the test into its timeout.
 */
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { allRules, plugin, rules } from "./plugin.js";
import { moduleMentionPattern } from "../../src/analysis/handlers.js";
import { modelVocabulary, sourceRegexes, type SourceRegex } from "./source.js";

/**
 * `new RegExp(<computed>)` sites and why they are fine. Keyed by file and code, not line.
 * cookieNames: the user's own patterns from the rule options (documented: JavaScript regex source,
 * anchored by the rule); the user controls both the pattern and the code it runs on.
 */
const DYNAMIC_ALLOWED: Record<string, string> = {
  "src/models/cookies.ts new RegExp(`^(?:${source})$`, \"iu\")": "user-supplied cookieNames option patterns",
  // Checked below with every module name the models know.
  'src/analysis/handlers.ts new RegExp(`["\'\\`](?:${names.join("|")})["\'\\`]`, "u")': "alternation of escaped module names",
};

function schemaPatterns(): SourceRegex[] {
  const out: SourceRegex[] = [];
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${where}[${i}]`));
      return;
    }
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") out.push({ where, kind: "schema-pattern", source: value, flags: "u" });
      else visit(value, `${where}.${key}`);
    }
  };
  for (const [name, rule] of Object.entries(rules)) visit(rule.meta.schema, `${name} meta.schema`);
  return out;
}

describe("ReDoS: every regular expression in the plugin", () => {
  const { regexes, dynamic } = sourceRegexes();
  const all = [...regexes, ...schemaPatterns()];
  const unique = [...new Map(all.map((regex) => [`/${regex.source}/${regex.flags}`, regex])).values()];

  it("finds the plugin's regular expressions", () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it.each(unique.map((regex) => [`/${regex.source.length > 60 ? `${regex.source.slice(0, 60)}…` : regex.source}/${regex.flags} (${regex.where})`, regex] as const))(
    "%s is safe",
    (_label, regex) => {
      const result = checkSync(regex.source, regex.flags, { timeout: 20_000 });
      const detail =
        result.status === "vulnerable"
          ? `${result.complexity.type} backtracking, attack ${result.attack.pattern}`
          : result.status === "unknown"
            ? `analysis gave up: ${JSON.stringify(result.error)}`
            : "";
      expect(result.status, `${regex.where}: /${regex.source}/${regex.flags} — ${detail}`).toBe("safe");
    },
  );

  it("the module-mention pattern built from every module the models name is safe", () => {
    const pattern = moduleMentionPattern(modelVocabulary().modules);
    const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
    expect(result.status, pattern.source.slice(0, 200)).toBe("safe");
  });

  it("builds no RegExp from computed text except the reviewed sites", () => {
    const unexpected = dynamic
      .map((site) => `${site.where.replace(/:\d+:\d+$/, "")} ${site.code}`)
      .filter((key) => !Object.hasOwn(DYNAMIC_ALLOWED, key));
    expect(unexpected).toEqual([]);
  });
});

const N = 100_000;
const linter = new Linter({ configType: "flat" });

function lint(code: string, filename: string): Linter.LintMessage[] {
  try {
    return linter.verify(
      code,
      [
        {
          files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.jsx"],
          plugins: { "auth-security": plugin },
          rules: allRules,
          languageOptions: /\.tsx?$/.test(filename)
            ? { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: filename.endsWith(".tsx") } } }
            : { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: filename.endsWith(".jsx") } } },
        },
      ],
      { filename },
    );
  } catch (error) {
    const { ruleId, message } = error as Error & { ruleId?: string };
    throw new Error(`${ruleId ?? "ESLint"} threw: ${message.split("\n")[0]}`);
  }
}

/** Long inputs shaped like what the rules' regexes and scanners look at (names, secrets, JWTs, PEM, durations, URLs). */
const ADVERSARIAL: [string, string][] = [
  ["a 100k-character identifier", `const ${"a".repeat(N)} = jwt.sign(payload, ${"b".repeat(N)});`],
  ["a 100k-character camelCase credential name", `const ${"secretToken".repeat(N / 11)}Key = "value"; jwt.verify(token, ${"apiKey".repeat(N / 6)});`],
  ["a 100k-character snake/kebab name in a key", `const options = { ${JSON.stringify(`${"access_token-".repeat(N / 13)}x`)}: "s3cr3t" }; session(options);`],
  ["a 100k-character string secret", `import jwt from "jsonwebtoken"; jwt.sign(payload, ${JSON.stringify("s".repeat(N))});`],
  ["a near-JWT of 100k characters", `const token = ${JSON.stringify(`eyJ${"A".repeat(N)}.eyJ${"B".repeat(N)}.`)}; fetch(url, { headers: { Authorization: token } });`],
  ["many dots (JWT segments)", `const token = ${JSON.stringify("eyJa.".repeat(N / 5))};`],
  ["a PEM-looking 100k string", `const key = ${JSON.stringify(`-----BEGIN PRIVATE KEY-----\n${"MIIE".repeat(N / 4)}`)};`],
  ["a 100k duration-looking string", `import jwt from "jsonwebtoken"; jwt.sign(p, k, { expiresIn: ${JSON.stringify("1".repeat(N) + " ")} });`],
  ["a duration of 100k spaces", `import jwt from "jsonwebtoken"; jwt.sign(p, k, { expiresIn: ${JSON.stringify(`1${" ".repeat(N)}x`)} });`],
  ["a 100k template literal", `localStorage.setItem("token", \`${"${token}".repeat(N / 8)}\`);`],
  ["a 100k URL with query string", `fetch(${JSON.stringify(`https://example.com/?${"access_token=x&".repeat(N / 15)}`)});`],
  ["a 100k cookie name", `res.cookie(${JSON.stringify(`__Host-${"session".repeat(N / 7)}`)}, token, { httpOnly: true });`],
  ["a 100k cookie string", `document.cookie = ${JSON.stringify(`token=${"a".repeat(N)}; ${"Secure; ".repeat(1000)}`)};`],
  ["a 100k comment", `/* ${"eslint-disable ".repeat(N / 15)} */\n// ${"secret ".repeat(N / 7)}\nconst x = 1;`],
  ["a 100k regex literal", `const re = /${"a".repeat(N)}/;`],
  ["a 100k number-like string", `bcrypt.hash(password, ${JSON.stringify("9".repeat(N))});`],
  ["a 100k header name", `app.use((req, res) => res.set(${JSON.stringify(`x-${"auth-token-".repeat(N / 11)}`)}, req.query.token));`],
  ["a 100k log message", `console.log(${JSON.stringify(`token ${"password: ".repeat(N / 10)}`)}, token);`],
  // Shapes of the attack strings recheck reports for super-linear patterns (PascalCase-then-fail, runs of key characters).
  ["a 100k PascalCase name ending in _", `if (token === tokenTypes.A${"a".repeat(N)}_) {}\nconst A${"a1".repeat(N / 2)}_ = apiKey === TokenKind.B${"b".repeat(N)}$;`],
  ["a 100k run of key characters before a template value", `console.log(\`${"-".repeat(N)}\\t-:\${token}\`); fetch(\`/x?${"a.".repeat(N / 2)} = \${token}\`);`],
  ["a 300-deep member chain", `const v = ${"a.".repeat(300)}token; jwt.verify(v, key);`],
  ["a 300-term logical chain", `const secret = ${"process.env.X || ".repeat(300)}"fallback"; session({ secret });`],
];

/**
 * Deeply nested code (generated bundles look like this), as `depth => code` with a target depth.
 * The parsers and ESLint's own traversal have stack limits too (the TypeScript parser overflows near
 * 1,000 levels, espree and eslint-scope a few thousand, less inside a test worker), so each case
 * first finds the deepest version ESLint handles with no rule at all, then requires every rule to
 * handle it as well: a rule that recurses once per level must not overflow where ESLint did not.
 */
const DEEP: [string, number, (depth: number) => string][] = [
  ["member chain", 4000, (n) => `import jwt from "jsonwebtoken";\nconst v = ${"a.".repeat(n)}token; jwt.verify(v, key);`],
  ["string concatenation (left-deep)", 3000, (n) => `import jwt from "jsonwebtoken";\njwt.sign(payload, ${Array(n).fill('"s3cr3t"').join(" + ")});`],
  // 1,000 terms: no-hardcoded-auth-secret reads a || chain once (linear: 1,000 / 2,000 / 4,000 terms
  // take about 0.1 / 0.2 / 0.26 s), so more terms would only test the parser.
  ["|| fallback chain", 1000, (n) => `import session from "express-session";\nconst secret = ${"process.env.X || ".repeat(n)}"fallback"; app.use(session({ secret }));`],
  ["?? chain into a cookie option", 1000, (n) => `res.cookie("session", token, { secure: ${"a ?? ".repeat(n)}false });`],
  ["nested calls", 1000, (n) => `import jwt from "jsonwebtoken";\njwt.verify(${"wrap(".repeat(n)}token${")".repeat(n)}, key);`],
  ["nested ternaries", 1000, (n) => `const alg = ${"c ? x : ".repeat(n)}"none"; jwt.verify(t, k, { algorithms: [alg] });`],
  ["nested objects", 1000, (n) => `import jwt from "jsonwebtoken";\njwt.sign(${"{ a: ".repeat(n)}1${" }".repeat(n)}, "s3cr3t", ${"{ b: ".repeat(n)}2${" }".repeat(n)});`],
  ["nested arrays as algorithms", 1000, (n) => `jwt.verify(t, k, { algorithms: ${"[".repeat(n)}"none"${"]".repeat(n)} });`],
  ["nested functions", 300, (n) => `${"function f() { ".repeat(n)}localStorage.setItem("token", jwt.sign(p, "s3cr3t"));${" }".repeat(n)}`],
  ["assignment chain", 2000, (n) => `let ${Array.from({ length: n }, (_, i) => `t${i}`).join(", ")};\n${Array.from({ length: n }, (_, i) => `t${i} = `).join("")}jwt.sign(p, "s3cr3t");\nlocalStorage.setItem("token", t${n - 1});`],
  ["aliases of a secret", 2000, (n) => `const s0 = "s3cr3t";\n${Array.from({ length: n }, (_, i) => `const s${i + 1} = s${i};`).join("\n")}\napp.use(session({ secret: s${n} }));`],
];

/** True when ESLint with no rule at all parses and traverses the code. */
function eslintAloneHandles(code: string): boolean {
  try {
    return !linter.verify(code, [{ files: ["**/*.js"] }], { filename: "file.js" }).some((message) => message.fatal);
  } catch {
    return false;
  }
}

describe("long adversarial inputs through every rule", () => {
  it.each(ADVERSARIAL)("%s (TypeScript)", { timeout: 120_000 }, (_what, code) => {
    const messages = lint(code, "file.ts");
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it.each(DEEP)("%s, up to %i levels (JavaScript)", { timeout: 120_000 }, (_what, target, build) => {
    let depth = target;
    while (depth > 10 && !eslintAloneHandles(build(depth))) depth = Math.floor(depth * 0.7);
    expect(depth, "ESLint alone cannot lint even a shallow version of this case").toBeGreaterThanOrEqual(target / 10);
    const messages = lint(build(depth), "file.js");
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it.each([
    ["a 100k JSX text", `const view = <div title={token}>${"token secret ".repeat(N / 13)}</div>;`],
    ["a 100k JSX attribute", `const view = <input name=${JSON.stringify("password".repeat(N / 8))} value={token} />;`],
  ])("%s (TSX)", { timeout: 120_000 }, (_what, code) => {
    const messages = lint(code, "file.tsx");
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });
});
