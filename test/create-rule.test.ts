import { describe, expect, it } from "vitest";
import { applyDefaults } from "../src/create-rule.js";

describe("applyDefaults", () => {
  const defaults = [{ lifetime: "1h", nested: { a: 1, b: [1] }, list: ["x"] }] as const;

  it("reuses options that ESLint has already merged with meta.defaultOptions", () => {
    const merged = [{ lifetime: "2h", nested: { a: 2, b: [] }, list: [], extra: true }];
    expect(applyDefaults(defaults, merged)).toBe(merged);
  });

  it("fills missing keys at every level when the runtime did not merge (Oxlint, old testers)", () => {
    expect(applyDefaults(defaults, [])).toEqual(defaults);
    expect(applyDefaults(defaults, [{ lifetime: "5m" }])).toEqual([{ lifetime: "5m", nested: { a: 1, b: [1] }, list: ["x"] }]);
    expect(applyDefaults(defaults, [{ lifetime: "5m", nested: { a: 3 }, list: ["y"] }])).toEqual([
      { lifetime: "5m", nested: { a: 3, b: [1] }, list: ["y"] },
    ]);
  });

  it("replaces arrays and non-object values instead of merging them", () => {
    expect(applyDefaults(["a", [1, 2]] as const, ["b", [3]])).toEqual(["b", [3]]);
    expect(applyDefaults(["a", [1, 2]] as const, [undefined, [3]])).toEqual(["a", [3]]);
  });
});
