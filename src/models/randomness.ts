/**
 * Sources of values that look random but are guessable, as data: `Math.random()` (a fast PRNG whose
 * state can be recovered from a few outputs), clocks, uuid v1 (time + MAC address), and CSPRNG calls
 * asked for too few bytes (fewer than 16 = 128 bits, ASVS 5.0 11.5.1), nanoid with a short size.
 *
 * Sizes checked (2026-11): nanoid 5 `nanoid(size = 21)`, `customAlphabet(alphabet, size = 21)` returns
 * a generator; uuid 11 `v1()` is time-based, `v4()` / `v7()` use crypto (v7 has 74 random bits: fine
 * for ids, flagged nowhere here).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { argumentAt, memberName, unwrap, type AnyContext } from "../analysis/ast.js";
import { isGlobalMember, isGlobalRef, variableOf } from "../analysis/flow.js";
import { getModuleIndex, mentionsTrackedModule, RESULT, type TrackerConfig } from "../analysis/modules.js";
import { textSearch } from "../analysis/text.js";
import { resolveNode, staticValue } from "../analysis/values.js";

const NODE_CRYPTO = ["crypto", "node:crypto"] as const;

/** The fewest random bytes a session id, token or key may have (128 bits). */
export const MIN_RANDOM_BYTES = 16;
/** nanoid's default: 21 symbols of a 64-symbol alphabet, 126 bits. */
export const NANOID_MIN_SIZE = 21;

export type WeakKind = "math-random" | "clock" | "uuid-v1" | "short-random" | "short-nanoid" | "counter";

export interface WeakSource {
  kind: WeakKind;
  node: TSESTree.Node;
  /** For messages: `Math.random()`, `Date.now()`, `uuid v1`, `randomBytes(8)`. */
  label: string;
  /** The size argument that is too small (for a suggestion), with the minimum. */
  size?: { node: TSESTree.Node; minimum: number };
}

export const RANDOMNESS_TRACKER: TrackerConfig = {
  modules: new Set([...NODE_CRYPTO, "uuid", "nanoid", "node-uuid"]),
};

function staticNumber(context: AnyContext, node: TSESTree.Node | undefined): number | undefined {
  if (!node || node.type === "SpreadElement") return undefined;
  const value = staticValue(context, node)?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** `new Uint8Array(n)` (through a constant) → n. */
function typedArrayLength(context: AnyContext, node: TSESTree.Node | undefined): { bytes: number; node: TSESTree.Node } | undefined {
  if (!node) return undefined;
  const created = unwrap(resolveNode(context, node));
  if (created.type !== "NewExpression") return undefined;
  const callee = unwrap(created.callee);
  if (callee.type !== "Identifier") return undefined;
  const width = callee.name === "Uint8Array" || callee.name === "Int8Array" ? 1 : callee.name === "Uint16Array" ? 2 : callee.name === "Uint32Array" ? 4 : 0;
  const length = staticNumber(context, created.arguments[0]);
  const argument = created.arguments[0];
  if (!width || length === undefined || !argument) return undefined;
  return { bytes: length * width, node: argument };
}

/**
 * A call or expression that produces a guessable "random" value, if it is one. `modules: false`
 * (from `importsRandomModule`) skips the module-based sources, which such a file cannot have.
 */
export function weakSource(context: AnyContext, node: TSESTree.Node, modules = true): WeakSource | undefined {
  const n = unwrap(node);
  if (n.type === "NewExpression") {
    // `new Date().getTime()` is handled from the call; a bare `+new Date()` here.
    return undefined;
  }
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrap(n.callee);
  // The method name first: most calls are none of the globals below.
  const method = callee.type === "MemberExpression" ? memberName(callee) : null;
  if (method === "random" && isGlobalMember(context, callee, "Math", "random")) return { kind: "math-random", node: n, label: "Math.random()" };
  if (method === "now") {
    if (isGlobalMember(context, callee, "Date", "now")) return { kind: "clock", node: n, label: "Date.now()" };
    if (isGlobalMember(context, callee, "performance", "now")) return { kind: "clock", node: n, label: "performance.now()" };
  }
  if (callee.type === "MemberExpression" && (method === "getTime" || method === "valueOf")) {
    const object = unwrap(callee.object);
    if (object.type === "NewExpression" && isGlobalRef(context, object.callee, "Date") && object.arguments.length === 0) {
      return { kind: "clock", node: n, label: "new Date().getTime()" };
    }
  }
  // Web Crypto `crypto.getRandomValues(new Uint8Array(n))` (global or node:crypto's webcrypto).
  if (callee.type === "MemberExpression" && method === "getRandomValues") {
    const receiver = unwrap(callee.object);
    const global = isGlobalRef(context, receiver, "crypto");
    const tracked = modules ? getModuleIndex(context, RANDOMNESS_TRACKER).resolve(receiver) : undefined;
    if (global || tracked?.module === "crypto" || tracked?.module === "node:crypto") {
      const length = typedArrayLength(context, n.arguments[0]);
      if (length && length.bytes < MIN_RANDOM_BYTES) {
        return { kind: "short-random", node: n, label: `getRandomValues() of ${length.bytes} bytes`, size: { node: length.node, minimum: MIN_RANDOM_BYTES } };
      }
    }
    return undefined;
  }
  if (!modules) return undefined;
  const target = getModuleIndex(context, RANDOMNESS_TRACKER).resolve(n.callee);
  if (!target) return undefined;
  const last = target.path[target.path.length - 1];
  if ((target.module === "uuid" || target.module === "node-uuid") && last === "v1" && target.path.length === 1) {
    return { kind: "uuid-v1", node: n, label: "uuid v1 (time and MAC address)" };
  }
  if ((target.module === "crypto" || target.module === "node:crypto") && (last === "randomBytes" || last === "pseudoRandomBytes") && target.path.length === 1) {
    const size = argumentAt(n, 0);
    const bytes = staticNumber(context, size);
    if (last === "pseudoRandomBytes") return { kind: "math-random", node: n, label: "pseudoRandomBytes()" };
    if (size && bytes !== undefined && bytes < MIN_RANDOM_BYTES) {
      return { kind: "short-random", node: n, label: `randomBytes(${bytes})`, size: { node: size, minimum: 32 } };
    }
    return undefined;
  }
  if (target.module === "nanoid") {
    // `nanoid(size)` and the generator returned by `customAlphabet(alphabet, size)` called without a size.
    if (target.path.length === 1 && last === "nanoid") {
      const size = argumentAt(n, 0);
      const count = staticNumber(context, size);
      if (size && count !== undefined && count < NANOID_MIN_SIZE) {
        return { kind: "short-nanoid", node: n, label: `nanoid(${count})`, size: { node: size, minimum: NANOID_MIN_SIZE } };
      }
      return undefined;
    }
    if (target.path.length === 2 && target.path[0] === "customAlphabet" && target.path[1] === RESULT) {
      const factory = customAlphabetCall(context, n.callee);
      if (!factory) return undefined;
      const alphabet = staticValue(context, factory.arguments[0] ?? factory)?.value;
      const size = staticNumber(context, n.arguments[0]) ?? staticNumber(context, factory.arguments[1]) ?? NANOID_MIN_SIZE;
      if (typeof alphabet !== "string" || alphabet.length < 2) return undefined;
      const bits = size * Math.log2(new Set(alphabet).size);
      if (bits < 8 * MIN_RANDOM_BYTES) return { kind: "short-nanoid", node: n, label: `customAlphabet() with ${Math.floor(bits)} bits` };
    }
  }
  return undefined;
}

/** Member callees that may be a weak source without a random module: `Math.random`, `Date.now`, `new Date().getTime`, Web Crypto. */
export const GLOBAL_SOURCE_METHODS: ReadonlySet<string> = new Set(["random", "now", "getTime", "valueOf", "getRandomValues"]);

/**
 * Text every global source spells: `Math.random` and `crypto.getRandomValues` (`andom`),
 * `Date.now` and `new Date().getTime` (`Date`), `performance.now`: `weakSource` asks for these
 * globals by name (`isGlobalMember`, `isGlobalRef`).
 */
const GLOBAL_SOURCE_TEXTS = [textSearch("andom"), textSearch("Date"), textSearch("performance")];

/** False when no call of the file can be one of the global sources of `weakSource` (a text test). */
export function mayCallGlobalSource(context: AnyContext): boolean {
  const text = context.sourceCode.text;
  return GLOBAL_SOURCE_TEXTS.some((search) => search.in(text));
}

function customAlphabetCall(context: AnyContext, callee: TSESTree.Node): TSESTree.CallExpression | undefined {
  const resolved = unwrap(resolveNode(context, callee));
  return resolved.type === "CallExpression" ? resolved : undefined;
}

const RANDOM_MODULES = [...RANDOMNESS_TRACKER.modules];

/** `randomBytes` / `pseudoRandomBytes`, `getRandomValues`, uuid's `v1`, and nanoid (named by its module). */
const MODULE_SOURCE_TEXTS = [textSearch("andomBytes"), textSearch("RandomValues"), textSearch("v1"), textSearch("nanoid")];

/**
 * False when no call of the file can be one of the module-based sources (`randomBytes(8)`, uuid
 * `v1()`, `nanoid(10)`, node:crypto's `getRandomValues`): the file imports none of the modules
 * above, or never names the members those sources are reached through (an import specifier, a
 * destructured key or a member name always spells them). The module index is built only then.
 */
export function importsRandomModule(context: AnyContext): boolean {
  if (!mentionsTrackedModule(context, RANDOMNESS_TRACKER)) return false;
  const text = context.sourceCode.text;
  if (!MODULE_SOURCE_TEXTS.some((search) => search.in(text))) return false;
  const index = getModuleIndex(context, RANDOMNESS_TRACKER);
  for (const module of RANDOM_MODULES) if (index.imports(module)) return true;
  return false;
}

/**
 * `++counter`, `nextId++`, `this.seq += …`-style counters: an `++` / `--` of a variable that lives
 * outside the current function (module state, a closure, `this.field`), so every call gets the
 * next, guessable number.
 */
export function counterSource(context: AnyContext, node: TSESTree.UpdateExpression): WeakSource | undefined {
  const argument = unwrap(node.argument);
  if (argument.type === "MemberExpression") {
    return unwrap(argument.object).type === "ThisExpression" ? { kind: "counter", node, label: "a counter" } : undefined;
  }
  if (argument.type !== "Identifier") return undefined;
  const variable = variableOf(context, argument);
  const def = variable?.defs[0];
  if (!variable || def?.type !== "Variable") return undefined;
  // Declared outside the function that increments it.
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && fn.type !== "FunctionDeclaration" && fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression") fn = fn.parent;
  if (fn && def.node.range[0] >= fn.range[0] && def.node.range[1] <= fn.range[1]) return undefined;
  return { kind: "counter", node, label: "a counter" };
}
