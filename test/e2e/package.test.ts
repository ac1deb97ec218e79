/**
 * The packed tarball as npm users get it: what it contains, and its `bin` in a project that has
 * nothing but the tarball (ESLint arrives as the peer dependency; no TypeScript).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { isJavaScriptFile, readExpected, root, run, stylishFindings } from "./findings.js";

const workspace = inject("workspace");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; main: string; bin: Record<string, string> };

describe("the packed tarball", () => {
  it("ships only the build, the bin, the SARIF formatter shim, the Oxlint configs, docs and package files", () => {
    for (const file of workspace.packedFiles) {
      expect(file, "unexpected file in the tarball").toMatch(
        /^(dist\/src\/|dist\/rules\/|dist\/oxlint\/(recommended|strict|all)\.json$|docs\/|bin\/auth-security-scan\.js$|sarif\.js$|package\.json$|README\.md$|LICENSE$)/,
      );
      expect(file).not.toMatch(/\.map$/);
    }
    expect(workspace.packedFiles).toContain(pkg.main.replace(/^\.\//, ""));
    expect(workspace.packedFiles).toContain("dist/src/index.d.ts");
    expect(workspace.packedFiles).toContain("dist/src/cli/main.js");
    expect(workspace.packedFiles).toContain("dist/src/formatters/sarif.js");
    expect(workspace.packedFiles).toContain("dist/oxlint/recommended.json");
    expect(workspace.packedFiles).toContain(pkg.bin["auth-security-scan"]);
  });

  it("installs without TypeScript in a plain JavaScript project (ESLint comes in as the peer dependency)", () => {
    const { plain } = workspace.projects;
    expect(existsSync(join(plain, "node_modules", "eslint", "package.json"))).toBe(true);
    expect(existsSync(join(plain, "node_modules", "typescript"))).toBe(false);
    expect(existsSync(join(plain, "node_modules", "@typescript-eslint", "parser"))).toBe(false);
  });
});

describe.each([
  ["npx auth-security-scan", ["--no-install", "auth-security-scan"]],
  ["npx eslint-plugin-auth-security", ["--no-install", "eslint-plugin-auth-security"]],
])("%s in the plain project", (_name, command) => {
  const exec = (...args: string[]) => run("npx", [...command, ...args], workspace.projects.plain);

  it("--version prints the package version and exits 0", () => {
    const result = exec("--version");
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe(pkg.version);
    expect(result.status).toBe(0);
  });

  it("scans examples/ with no other option: stylish findings for the JavaScript files, exit 1", () => {
    const result = exec("examples");
    expect(result.status).toBe(1);
    expect(stylishFindings(result.stdout)).toEqual(readExpected().filter((finding) => isJavaScriptFile(finding.file)));
  });

  it("--help prints the usage and exits 0", () => {
    const result = exec("--help");
    expect(result.stdout).toMatch(/^Usage: auth-security-scan \[options\] \[paths\.\.\.\]/);
    expect(result.status).toBe(0);
  });

  it("a bad option or a missing path exits 2 with one line, no stack trace", () => {
    for (const [args, message] of [
      [["--format", "xml"], 'auth-security-scan: invalid --format "xml": use one of stylish, json, sarif\n'],
      [["--frobnicate"], "auth-security-scan: unknown option --frobnicate (see --help)\n"],
      [["no/such/dir"], "auth-security-scan: no such file or directory: no/such/dir\n"],
    ] as const) {
      const result = exec(...args);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe("");
      expect(result.status).toBe(2);
    }
  });
});
