import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles, findGitRoot, languageOf, PathError } from "../../src/cli/files.js";

let repo: string;

function write(path: string, text = "export {};\n"): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function collect(paths: string[], cwd = repo): string[] {
  return collectFiles(paths, cwd).files.map((file) => relative(repo, file).split("\\").join("/"));
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "auth-security-files-"));
  mkdirSync(join(repo, ".git", "info"), { recursive: true });
  writeFileSync(join(repo, ".git", "info", "exclude"), "secret-local/\n");
  write(".gitignore", "dist/\n*.generated.js\n!keep.generated.js\nlogs\n");
  for (const file of ["src/a.ts", "src/b.jsx", "src/c.mjs", "src/d.cjs", "src/e.vue", "src/f.svelte", "src/g.astro", "src/h.tsx", "src/i.mts", "src/j.cts", "src/k.js"]) {
    write(file);
  }
  write("src/readme.md", "# not code\n");
  write("src/x.generated.js");
  write("src/keep.generated.js");
  write("src/app/[id]/page.tsx");
  write("dist/bundle.js");
  write("logs/today.js");
  write("node_modules/pkg/index.js");
  write("packages/app/node_modules/dep/index.js");
  write("packages/app/.gitignore", "local.js\n");
  write("packages/app/local.js");
  write("packages/app/main.js");
  write("packages/app/dist/out.js");
  write("packages/lib/.gitignore", "!important.generated.js\n");
  write("packages/lib/important.generated.js");
  write("packages/lib/other.generated.js");
  write("secret-local/s.js");
  write(".hidden/config.js");
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("collectFiles", () => {
  it("lists every supported file, skipping node_modules/, .gitignore'd paths at every level and .git/info/exclude", () => {
    expect(collect(["."])).toEqual([
      ".hidden/config.js",
      "packages/app/main.js",
      "packages/lib/important.generated.js",
      "src/a.ts",
      "src/app/[id]/page.tsx",
      "src/b.jsx",
      "src/c.mjs",
      "src/d.cjs",
      "src/e.vue",
      "src/f.svelte",
      "src/g.astro",
      "src/h.tsx",
      "src/i.mts",
      "src/j.cts",
      "src/k.js",
      "src/keep.generated.js",
    ]);
  });

  it("applies the .gitignore files above a scanned sub-folder", () => {
    expect(collect(["packages/app"])).toEqual(["packages/app/main.js"]);
    expect(collect(["."], join(repo, "packages", "app"))).toEqual(["packages/app/main.js"]);
  });

  it("scans an explicitly given path even when .gitignore lists it", () => {
    expect(collect(["dist"])).toEqual(["dist/bundle.js"]);
    expect(collect(["src/x.generated.js"])).toEqual(["src/x.generated.js"]);
  });

  it("reports explicit files of an unsupported kind, and throws PathError for a missing path", () => {
    expect(collectFiles(["src/readme.md", "src/a.ts"], repo)).toEqual({ files: [join(repo, "src", "a.ts")], unsupported: ["src/readme.md"] });
    expect(() => collectFiles(["nope"], repo)).toThrow(PathError);
    expect(() => collectFiles(["nope"], repo)).toThrow("no such file or directory: nope");
  });

  it("lists a file once when paths overlap", () => {
    expect(collect(["src/a.ts", "src", "src/a.ts"]).filter((file) => file === "src/a.ts")).toEqual(["src/a.ts"]);
  });

  it("honours .gitignore outside a git repository too", () => {
    const plain = mkdtempSync(join(tmpdir(), "auth-security-nogit-"));
    try {
      writeFileSync(join(plain, ".gitignore"), "build/\n");
      mkdirSync(join(plain, "build"));
      writeFileSync(join(plain, "build", "b.js"), "");
      writeFileSync(join(plain, "a.js"), "");
      expect(findGitRoot(plain)).toBeUndefined();
      expect(collectFiles(["."], plain).files).toEqual([join(plain, "a.js")]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe("languageOf", () => {
  it("maps extensions (any case) to the parser they need", () => {
    expect(["a.js", "a.JSX", "a.mjs", "a.cjs"].map(languageOf)).toEqual(["javascript", "javascript", "javascript", "javascript"]);
    expect(["a.ts", "a.tsx", "a.mts", "a.cts"].map(languageOf)).toEqual(["typescript", "typescript", "typescript", "typescript"]);
    expect(["a.vue", "a.svelte", "a.astro"].map(languageOf)).toEqual(["vue", "svelte", "astro"]);
    expect(["a.json", "a.md", "Makefile", "a.d"].map(languageOf)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
