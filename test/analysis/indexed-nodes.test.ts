import { Linter, type Rule } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import type { AnyContext } from "../../src/analysis/ast.js";
import { collectIndexedNodes, indexedNodes, type IndexedType } from "../../src/analysis/indexed-nodes.js";

const CODE = [
  'import jwt from "jsonwebtoken";',
  "const a = jwt.sign(payload, key, { expiresIn: f(1) });",
  "obj.prop = new Client(g(2)).connect();",
  "function h() { return window.location.href = other.value; }",
].join("\n");

type Seen = { type: string; text: string }[];

/** Lints CODE with the given probe rules (in this order) and returns what each consumer saw. */
function run(rules: Record<string, Rule.RuleModule>): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    CODE,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tsParser as never },
        plugins: { probe: { rules } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`probe/${name}`, "error"])),
      },
    ],
    "file.ts",
  );
}

function describeNodes(context: AnyContext, types: readonly IndexedType[]): Seen {
  return indexedNodes(context, types).map((node) => ({ type: node.type, text: context.sourceCode.getText(node) }));
}

/** A rule that collects and, at Program:exit, records what indexedNodes returns. */
function consumer(sink: Seen[], options: { collect: boolean; when: "Program" | "Program:exit"; types: readonly IndexedType[] }): Rule.RuleModule {
  return {
    create(context) {
      const listener = {
        [options.when]() {
          sink.push(describeNodes(context as unknown as AnyContext, options.types));
        },
      };
      return (options.collect ? collectIndexedNodes(context as unknown as AnyContext, listener as never) : listener) as Rule.RuleListener;
    },
  };
}

const ALL: readonly IndexedType[] = ["AssignmentExpression", "CallExpression"];

describe("indexedNodes", () => {
  it("lists the nodes in traversal order, parents before children", () => {
    const seen: Seen[] = [];
    run({ walker: consumer(seen, { collect: false, when: "Program:exit", types: ALL }) });
    expect(seen[0]).toEqual([
      { type: "CallExpression", text: "jwt.sign(payload, key, { expiresIn: f(1) })" },
      { type: "CallExpression", text: "f(1)" },
      { type: "AssignmentExpression", text: "obj.prop = new Client(g(2)).connect()" },
      { type: "CallExpression", text: "new Client(g(2)).connect()" },
      { type: "CallExpression", text: "g(2)" },
      { type: "AssignmentExpression", text: "window.location.href = other.value" },
    ]);
  });

  it("gives the same list whether collected during traversal or walked, and to every rule", () => {
    const walked: Seen[] = [];
    run({ walker: consumer(walked, { collect: false, when: "Program:exit", types: ALL }) });
    const collected: Seen[] = [];
    run({
      collector: consumer(collected, { collect: true, when: "Program:exit", types: ALL }),
      second: consumer(collected, { collect: true, when: "Program:exit", types: ALL }),
      reader: consumer(collected, { collect: false, when: "Program:exit", types: ALL }),
    });
    expect(walked[0]).toHaveLength(6);
    expect(walked[0].map((node) => node.type)).toContain("AssignmentExpression");
    expect(collected).toEqual([walked[0], walked[0], walked[0]]);
  });

  it("never returns a partial list: before traversal ends it walks instead", () => {
    const early: Seen[] = [];
    const walked: Seen[] = [];
    run({
      collector: consumer([], { collect: true, when: "Program:exit", types: ALL }),
      early: consumer(early, { collect: false, when: "Program", types: ["CallExpression"] }),
    });
    run({ walker: consumer(walked, { collect: false, when: "Program:exit", types: ["CallExpression"] }) });
    expect(early[0]).toEqual(walked[0]);
    expect(early[0]).toHaveLength(4);
  });

  it("listens only to the types some model reads (each listener runs on every node of its type)", () => {
    let keys: string[] = [];
    run({
      collector: {
        create(context) {
          const listener = collectIndexedNodes(context as unknown as AnyContext, {} as never) as Rule.RuleListener;
          keys = Object.keys(listener).sort();
          return listener;
        },
      },
    });
    expect(keys).toEqual(["AssignmentExpression", "CallExpression", "Program:exit"]);
  });

  it("keeps the rule's own listeners for the collected types and Program:exit", () => {
    const calls: string[] = [];
    let exits = 0;
    const messages = run({
      own: {
        create(context) {
          return collectIndexedNodes(context as unknown as AnyContext, {
            CallExpression(node: { callee: { type: string } }) {
              calls.push(node.callee.type);
            },
            "Program:exit"() {
              exits++;
            },
          } as never) as Rule.RuleListener;
        },
      },
    });
    expect(messages).toEqual([]);
    expect(calls).toEqual(["MemberExpression", "Identifier", "MemberExpression", "Identifier"]);
    expect(exits).toBe(1);
  });
});
