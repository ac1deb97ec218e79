/**
 * Static values, read the way a reviewer reads them: property by property.
 *
 * `getStaticValue` gives up on a whole object when one property is dynamic; rules need
 * "is `algorithms` set, and to what?" even when `secret: process.env.X` sits next to it.
 * Every lookup answers one of three things: the property is present (with its value node,
 * and its static value when there is one), it is known to be absent, or it is unknown
 * (a spread of something unresolvable, a computed key, an options object from a call).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@eslint-community/eslint-utils";
import { memberName, staticKeyName, unwrap, variableAt, type AnyContext, type Node } from "./ast.js";

export interface StaticValue {
  value: unknown;
}

export type PropertyResult =
  | {
      kind: "present";
      /** The value expression (TypeScript wrappers removed, constants not followed). */
      node: TSESTree.Node;
      /** The `key: value` property when it is written in an object literal. */
      property?: TSESTree.Property;
      /** The static value, when it has one. */
      value?: StaticValue;
    }
  | {
      kind: "absent";
      /** The object literal that a suggestion could add the property to (when there is exactly one). */
      object?: TSESTree.ObjectExpression;
    }
  | { kind: "unknown" };

const MAX_DEPTH = 8;

export const UNKNOWN: PropertyResult = Object.freeze({ kind: "unknown" });

/** The initializer of a binding with one `const` / `let` / `var` declarator that is never re-assigned. */
export function variableInit(context: AnyContext, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = variableAt(context.sourceCode, identifier) as unknown as
    | { defs: { type: string; node: TSESTree.Node; parent?: TSESTree.Node }[]; references: { init?: boolean; isWrite(): boolean }[] }
    | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type !== "Variable") return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== "Identifier" || !declarator.init) return undefined;
  // Only values that are never re-assigned after their declaration.
  for (const reference of variable.references) {
    if (!reference.init && reference.isWrite()) return undefined;
  }
  return declarator.init;
}

/**
 * Follows constant identifiers and member paths of constant object literals to the
 * expression that defines the value; removes TypeScript wrappers. Returns the input
 * (unwrapped) when nothing can be followed.
 */
export function resolveNode(context: AnyContext, node: TSESTree.Node, depth = 0): TSESTree.Node {
  const current = unwrap(node);
  if (depth > MAX_DEPTH) return current;
  if (current.type === "Identifier") {
    const init = variableInit(context, current);
    return init ? resolveNode(context, init, depth + 1) : current;
  }
  if (current.type === "MemberExpression" && !current.optional) {
    const name = memberName(current);
    if (name === null) return current;
    const found = readProperty(context, current.object, name, depth + 1);
    return found.kind === "present" ? resolveNode(context, found.node, depth + 1) : current;
  }
  return current;
}

/** `getStaticValue` with the right scope, after following constants. */
export function staticValue(context: AnyContext, node: TSESTree.Node): StaticValue | null {
  const resolved = resolveNode(context, node);
  const scope = context.sourceCode.getScope(resolved);
  return getStaticValue(resolved as never, scope as never) as StaticValue | null;
}

export function staticString(context: AnyContext, node: TSESTree.Node): string | undefined {
  const result = staticValue(context, node);
  return result && typeof result.value === "string" ? result.value : undefined;
}

/**
 * Reads property `name` from the object that `node` evaluates to: object literals, constants,
 * spreads, `Object.assign(target, ...sources)`, member paths of constant objects.
 */
export function readProperty(context: AnyContext, node: TSESTree.Node, name: string, depth = 0): PropertyResult {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const resolved = resolveNode(context, node, depth + 1);
  if (resolved.type === "ObjectExpression") return readFromObject(context, resolved, name, depth);
  if (resolved.type === "CallExpression" && isObjectAssign(resolved)) {
    for (let i = resolved.arguments.length - 1; i >= 0; i--) {
      const argument = resolved.arguments[i];
      if (argument.type === "SpreadElement") return UNKNOWN;
      const found = readProperty(context, argument, name, depth + 1);
      if (found.kind !== "absent") return found;
    }
    return { kind: "absent" };
  }
  if (resolved.type === "Literal" && resolved.value === null) return UNKNOWN;
  if (resolved.type === "Identifier" && resolved.name === "undefined") return { kind: "absent" };
  return UNKNOWN;
}

function isObjectAssign(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return (
    callee.type === "MemberExpression" &&
    callee.object.type === "Identifier" &&
    callee.object.name === "Object" &&
    memberName(callee) === "assign"
  );
}

function readFromObject(
  context: AnyContext,
  object: TSESTree.ObjectExpression,
  name: string,
  depth: number,
): PropertyResult {
  // Later properties win, so read from the end.
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    if (property.type === "SpreadElement") {
      const found = readProperty(context, property.argument, name, depth + 1);
      if (found.kind === "absent") continue;
      return found;
    }
    const key = propertyKey(context, property);
    if (key === undefined) return UNKNOWN;
    if (key !== name) continue;
    if (property.kind !== "init" || property.method) {
      return { kind: "present", node: property.value, property };
    }
    const valueNode = unwrap(property.value as TSESTree.Node);
    const value = staticValue(context, valueNode);
    return { kind: "present", node: valueNode, property, ...(value ? { value } : {}) };
  }
  return { kind: "absent", object };
}

function propertyKey(context: AnyContext, property: TSESTree.Property): string | undefined {
  const direct = staticKeyName(property.key, property.computed);
  if (direct !== null) return direct;
  if (!property.computed) return undefined;
  const value = staticValue(context, property.key);
  return value && (typeof value.value === "string" || typeof value.value === "number") ? String(value.value) : undefined;
}

/** Reads a nested property: `readPath(ctx, opts, ["verifyOptions", "algorithms"])`. */
export function readPath(context: AnyContext, node: TSESTree.Node, path: readonly string[]): PropertyResult {
  let current: PropertyResult = { kind: "present", node };
  for (const name of path) {
    if (current.kind !== "present") return current.kind === "absent" ? { kind: "absent" } : UNKNOWN;
    current = readProperty(context, current.node, name);
  }
  return current;
}

/** Like `readProperty`, for an optional argument: an absent argument means an absent property. */
export function readOption(context: AnyContext, options: TSESTree.Node | undefined, name: string): PropertyResult {
  if (!options) return { kind: "absent" };
  return readProperty(context, options, name);
}

export interface ArrayElements {
  /** Element value nodes with their static value, when known. */
  elements: { node: TSESTree.Node; value?: StaticValue }[];
  /** False when a spread or hole could not be resolved: absence of a value cannot be proven. */
  complete: boolean;
}

/** The elements of an array (literal, constant, spreads of constant arrays). `undefined` when not an array. */
export function arrayElements(context: AnyContext, node: TSESTree.Node, depth = 0): ArrayElements | undefined {
  const resolved = resolveNode(context, node, depth);
  if (resolved.type !== "ArrayExpression") {
    const value = staticValue(context, resolved);
    if (value && Array.isArray(value.value)) {
      return { elements: value.value.map((item) => ({ node: resolved, value: { value: item } })), complete: true };
    }
    return undefined;
  }
  const out: ArrayElements = { elements: [], complete: true };
  for (const element of resolved.elements) {
    if (!element) continue;
    if (element.type === "SpreadElement") {
      const inner = depth < MAX_DEPTH ? arrayElements(context, element.argument, depth + 1) : undefined;
      if (!inner) out.complete = false;
      else {
        out.elements.push(...inner.elements);
        if (!inner.complete) out.complete = false;
      }
      continue;
    }
    const value = staticValue(context, element);
    out.elements.push({ node: unwrap(element), ...(value ? { value } : {}) });
    if (!value) out.complete = false;
  }
  return out;
}

/** True when the expression is certainly falsy at run time (`null`, `undefined`, `""`, `false`, `0`). */
export function isKnownFalsy(context: AnyContext, node: TSESTree.Node): boolean {
  const value = staticValue(context, node);
  return value !== null && !value.value;
}

/** A function or arrow expression the node evaluates to (through constants), if any. */
export function resolveFunction(
  context: AnyContext,
  node: TSESTree.Node,
): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | undefined {
  const resolved = resolveNode(context, node);
  if (resolved.type === "FunctionExpression" || resolved.type === "ArrowFunctionExpression") return resolved;
  if (resolved.type === "Identifier") {
    const variable = variableAt(context.sourceCode, resolved) as unknown as
      | { defs: { type: string; node: TSESTree.Node }[] }
      | null;
    const def = variable?.defs[0];
    if (variable?.defs.length === 1 && def?.type === "FunctionName" && def.node.type === "FunctionDeclaration") return def.node;
  }
  return undefined;
}

/** Source text of a node, for messages and suggestions. */
export function textOf(context: AnyContext, node: Node): string {
  return context.sourceCode.getText(node);
}
