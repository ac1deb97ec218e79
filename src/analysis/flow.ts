/**
 * Local data flow: "where does this value go?", within one function and a few variables.
 *
 * `traceValue` starts at an expression (a decode call, a token read) and follows the value
 * through TypeScript wrappers, `await`, optional chains, property reads (recorded as a path:
 * `decoded.payload.role` → `["payload", "role"]`), destructuring, variables (every read of a
 * variable the value is stored in, up to a few hops), object / array literals that contain it,
 * and derivations (comparisons, method calls, arithmetic, `!`). It stops at the places where
 * the value is *used* and reports each one: tested in a condition, assigned to a property,
 * returned, passed to a call, rendered in JSX, or something it cannot follow ("unknown").
 * Rules decide which uses matter (claims in conditions, tokens in storage, secrets in logs).
 *
 * The file also recognizes hand-written JWT decoding (`JSON.parse(atob(t.split(".")[1]))` and
 * its variants), and answers small questions the flow rules share: are two expressions the
 * same value, is a member target rooted at a function parameter, is this UI component code,
 * where is a named function called.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { textSearch } from "./text.js";
import { isFunction, memberName, staticKeyName, unwrap, variableAt, walk, type AnyContext, type Node, type Variable } from "./ast.js";
import { resolveNode, staticValue } from "./values.js";
import { splitWords } from "./names.js";

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export type UseKind =
  /** The value decides a branch: `if`, ternary test, loop test, `switch`, a short-circuit statement. */
  | "condition"
  /** The value is written to a property (`req.user = value`); see `target`. */
  | "assigned"
  /** The value is returned from `fn`. */
  | "returned"
  /** The value is passed to a call at `index`. */
  | "argument"
  /** The value is rendered in JSX (`{value}`). */
  | "rendered"
  /** The flow could not be followed further. */
  | "unknown";

export interface ValueUse {
  kind: UseKind;
  /**
   * Properties read from the traced value before the use: `decoded.role === "x"` → `["role"]`,
   * `const { payload: { sub } } = v` → `["payload", "sub"]`. `[]` for the value itself.
   */
  path: readonly string[];
  /** True when the value was transformed on the way (compared, called a method on, put in an object, ...). */
  derived: boolean;
  /** The expression that carries the value (or the value derived from it) at the use. */
  node: TSESTree.Node;
  /** Where the last property of `path` was read (the source for `[]`): uses are sorted by it. */
  readAt: TSESTree.Node;
  /** `assigned`: the assignment target. */
  target?: TSESTree.Node;
  /** `returned`: the function the value is returned from. */
  fn?: FunctionNode;
  /** `argument`: the call and the argument position. */
  call?: TSESTree.CallExpression | TSESTree.NewExpression;
  index?: number;
}

export interface TraceOptions {
  /** How many variables the value may pass through (`const d = decode(t); const r = d.role; if (r ...)` is two). Default 3. */
  maxVariableHops?: number;
}

const MAX_STEPS = 2000;

/** Methods whose argument is only looked up, so the result (a boolean or index) is derived from it: `allowed.includes(role)`. */
const LOOKUP_METHODS = new Set(["includes", "has", "indexOf", "lastIndexOf"]);

const CONDITION_PARENTS = new Set(["IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement"]);

interface Item {
  node: TSESTree.Node;
  path: readonly string[];
  derived: boolean;
  hops: number;
  readAt: TSESTree.Node;
}

/** Every use of the value of `source` in the code that follows it (see the file comment). */
export function traceValue(context: AnyContext, source: TSESTree.Node, options: TraceOptions = {}): ValueUse[] {
  const maxHops = options.maxVariableHops ?? 3;
  const uses: ValueUse[] = [];
  const seen = new Set<string>();
  const queue: Item[] = [{ node: source, path: [], derived: false, hops: 0, readAt: source }];
  let steps = 0;

  const push = (item: Item): void => {
    const key = `${item.node.range[0]}:${item.node.range[1]}:${item.node.type}:${item.derived ? 1 : 0}:${item.path.join("\u0000")}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(item);
  };
  const use = (item: Item, kind: UseKind, extra: Partial<ValueUse> = {}): void => {
    uses.push({ kind, path: item.path, derived: item.derived, node: item.node, readAt: item.readAt, ...extra });
  };

  /** Every read of `variable` carries the value. */
  const followVariable = (variable: Variable | null | undefined, item: Omit<Item, "node">): void => {
    if (!variable || item.hops >= maxHops) return;
    for (const reference of variable.references) {
      if (!reference.isRead() || reference.init) continue;
      const identifier = reference.identifier as TSESTree.Node;
      push({ node: identifier, path: item.path, derived: item.derived, hops: item.hops + 1, readAt: item.readAt });
    }
  };

  /** The value is stored into a binding pattern. */
  const bind = (declarer: TSESTree.Node, pattern: TSESTree.Node, item: Omit<Item, "node">): void => {
    switch (pattern.type) {
      case "Identifier": {
        const declared = context.sourceCode.getDeclaredVariables(declarer).find((v) => v.identifiers.includes(pattern as never));
        followVariable(declared ?? variableOf(context, pattern), item);
        return;
      }
      case "ObjectPattern":
        for (const property of pattern.properties) {
          if (property.type === "RestElement") {
            // `const { iat, ...claims } = value`: the rest object still holds the other properties.
            bind(declarer, property.argument, item);
            continue;
          }
          const name = staticKeyName(property.key, property.computed);
          if (name === null) continue;
          if (item.derived) bind(declarer, property.value, item);
          else bind(declarer, property.value, { ...item, path: [...item.path, name], readAt: property });
        }
        return;
      case "ArrayPattern":
        pattern.elements.forEach((element, index) => {
          if (!element) return;
          if (element.type === "RestElement") bind(declarer, element.argument, { ...item, derived: true });
          else if (item.derived) bind(declarer, element, item);
          else bind(declarer, element, { ...item, path: [...item.path, String(index)], readAt: element });
        });
        return;
      case "AssignmentPattern":
        bind(declarer, pattern.left, item);
        return;
      case "MemberExpression":
        uses.push({ kind: "assigned", path: item.path, derived: item.derived, node: pattern, readAt: item.readAt, target: pattern });
        return;
      default:
        return;
    }
  };

  while (queue.length > 0 && steps++ < MAX_STEPS) {
    const item = queue.pop()!;
    const { node } = item;
    const parent = node.parent;
    if (!parent) continue;
    const next = (to: TSESTree.Node, changes: Partial<Item> = {}): void => push({ ...item, ...changes, node: to });

    switch (parent.type) {
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
      case "AwaitExpression":
      case "ChainExpression":
        next(parent);
        break;
      case "MemberExpression": {
        if (parent.object !== node) {
          // `table[value]`: a lookup keyed by the value.
          next(parent, { derived: true });
          break;
        }
        const call = calleeOf(parent);
        if (call) {
          // `value.toLowerCase()`, `roles.includes("admin")`: the result is derived from the value.
          next(call, { derived: true });
          break;
        }
        const name = memberName(parent);
        if (name === null) {
          next(parent, { derived: true });
          break;
        }
        next(parent, item.derived ? {} : { path: [...item.path, name], readAt: parent });
        break;
      }
      case "CallExpression":
      case "NewExpression": {
        if (parent.callee === node) {
          use(item, "unknown");
          break;
        }
        const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
        const callee = unwrap(parent.callee);
        if (
          parent.type === "CallExpression" &&
          callee.type === "MemberExpression" &&
          LOOKUP_METHODS.has(memberName(callee) ?? "")
        ) {
          next(parent, { derived: true });
          break;
        }
        use(item, "argument", { call: parent, index });
        break;
      }
      case "SpreadElement": {
        const owner = parent.parent;
        if (owner?.type === "CallExpression" || owner?.type === "NewExpression") {
          use({ ...item, node: parent }, "argument", { call: owner, index: owner.arguments.indexOf(parent) });
        } else if (owner) {
          next(owner, { derived: true });
        }
        break;
      }
      case "BinaryExpression":
      case "UnaryExpression":
      case "TemplateLiteral":
      case "ArrayExpression":
        if (parent.type === "UnaryExpression" && (parent.operator === "delete" || parent.operator === "void")) break;
        next(parent, { derived: true });
        break;
      case "TaggedTemplateExpression":
        use(item, "argument", {});
        break;
      case "Property": {
        const owner = parent.parent;
        if (parent.value === node && owner?.type === "ObjectExpression") next(owner, { derived: true });
        else if (parent.value !== node) use(item, "unknown");
        break;
      }
      case "LogicalExpression": {
        if (parent.left === node && parent.parent?.type === "ExpressionStatement") {
          // `role !== "admin" && deny()`: the left side decides whether the right side runs.
          use(item, "condition");
          break;
        }
        next(parent);
        break;
      }
      case "ConditionalExpression":
        if (parent.test === node) use(item, "condition");
        else next(parent);
        break;
      case "SwitchStatement":
        if (parent.discriminant === node) use(item, "condition");
        break;
      case "SwitchCase":
        if (parent.test === node) use(item, "condition");
        break;
      case "SequenceExpression":
        if (parent.expressions[parent.expressions.length - 1] === node) next(parent);
        break;
      case "VariableDeclarator":
        if (parent.init === node) bind(parent, parent.id, item);
        break;
      case "AssignmentExpression": {
        if (parent.right !== node) break;
        if (parent.operator !== "=" && parent.operator !== "||=" && parent.operator !== "??=" && parent.operator !== "&&=") {
          break;
        }
        const left = unwrap(parent.left);
        if (left.type === "Identifier") followVariable(variableOf(context, left), item);
        else if (left.type === "MemberExpression") use(item, "assigned", { target: left });
        else bind(parent, left, item);
        // `a = b = value` and `(x = value).y`: the assignment expression has the value too.
        if (parent.parent?.type !== "ExpressionStatement") next(parent);
        break;
      }
      case "ForOfStatement":
        if (parent.right === node) {
          const left = parent.left;
          const pattern = left.type === "VariableDeclaration" ? left.declarations[0]?.id : left;
          if (pattern) bind(left.type === "VariableDeclaration" ? left.declarations[0] : parent, pattern, { ...item, derived: true });
        }
        break;
      case "ReturnStatement": {
        const fn = enclosingFunctionNode(parent);
        if (fn) use(item, "returned", { fn });
        break;
      }
      case "ArrowFunctionExpression":
        if (parent.body === node) use(item, "returned", { fn: parent });
        break;
      case "JSXExpressionContainer":
        use(item, "rendered");
        break;
      case "ExpressionStatement":
        break;
      default:
        if (CONDITION_PARENTS.has(parent.type) && (parent as { test?: unknown }).test === node) use(item, "condition");
        else use(item, "unknown");
        break;
    }
  }
  return uses.sort((a, b) => a.readAt.range[0] - b.readAt.range[0] || a.node.range[0] - b.node.range[0]);
}

/** The call whose callee is `member` (through `a?.b()` chains), if any. */
function calleeOf(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  let current: TSESTree.Node = member;
  while (current.parent && (current.parent.type === "TSNonNullExpression" || current.parent.type === "TSAsExpression")) current = current.parent;
  const parent = current.parent;
  return parent?.type === "CallExpression" && parent.callee === current ? parent : undefined;
}

function enclosingFunctionNode(node: TSESTree.Node): FunctionNode | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunction(current)) return current as FunctionNode;
    current = current.parent;
  }
  return undefined;
}

/** The variable an identifier refers to (or declares), searching outward from its scope. */
export function variableOf(context: AnyContext, identifier: TSESTree.Identifier): Variable | null {
  return variableAt(context.sourceCode, identifier) as unknown as Variable | null;
}

// ---------------------------------------------------------------------------------------------
// Hand-written JWT decoding
// ---------------------------------------------------------------------------------------------

export interface ManualJwtDecode {
  /** The `JSON.parse(...)` call. */
  call: TSESTree.CallExpression;
  /** Which segment is parsed: 0 is the JOSE header, 1 the claims. */
  part: "header" | "payload";
  /** The token expression that is split on `.`. */
  token: TSESTree.Expression;
}

const MAX_MANUAL_DEPTH = 10;

/** String methods that keep "this is the text of the segment" (base64url → base64, padding, trimming). */
const SEGMENT_STRING_METHODS = new Set(["replace", "replaceAll", "padEnd", "padStart", "trim", "trimEnd", "toString", "concat", "normalize"]);
/** Methods applied to decoded text (`atob(s).split("").map(...).join("")`, the percent-decoding idiom). */
const DECODED_STRING_METHODS = new Set([...SEGMENT_STRING_METHODS, "split", "map", "join", "toString"]);
/** Global functions that keep decoded text decoded: `decodeURIComponent(escape(atob(s)))`. */
const TEXT_FUNCTIONS = new Set(["decodeURIComponent", "decodeURI", "escape", "unescape", "String"]);
const BASE64_ENCODINGS = new Set(["base64", "base64url"]);
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self", "global"]);

/** True when `name` refers to the global (no local binding shadows it). */
/** True when the identifier is not a local binding (a declared or undeclared global). */
export function isGlobal(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const variable = variableOf(context, identifier);
  return !variable || variable.defs.length === 0;
}

/** `name` or `window.name` / `globalThis.name`, as a global. */
export function isGlobalRef(context: AnyContext, node: TSESTree.Node, name: string): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier") return n.name === name && isGlobal(context, n);
  if (n.type === "MemberExpression" && memberName(n) === name) {
    const object = unwrap(n.object);
    return object.type === "Identifier" && GLOBAL_OBJECTS.has(object.name) && isGlobal(context, object);
  }
  return false;
}

/** `Global.method` (e.g. `JSON.parse`, `Buffer.from`, `Uint8Array.from`) with an unshadowed global. */
export function isGlobalMember(context: AnyContext, node: TSESTree.Node, object: string, method: string): boolean {
  const n = unwrap(node);
  return n.type === "MemberExpression" && memberName(n) === method && isGlobalRef(context, n.object, object);
}

/** The method name and receiver of `receiver.name(...)`. */
function methodCall(node: TSESTree.Node): { name: string; receiver: TSESTree.Node; call: TSESTree.CallExpression } | undefined {
  const n = unwrap(node);
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrap(n.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const name = memberName(callee);
  return name === null ? undefined : { name, receiver: callee.object, call: n };
}

interface Segment {
  index: number;
  token: TSESTree.Expression;
}

/**
 * Recognizes `JSON.parse` of a base64-decoded segment of a token split on `.`:
 * `JSON.parse(atob(t.split(".")[1]))`, `JSON.parse(Buffer.from(p, "base64url").toString("utf8"))`,
 * `JSON.parse(decodeURIComponent(escape(atob(...))))`, the `atob(s).split("").map(...).join("")`
 * percent-decoding idiom, `new TextDecoder().decode(Uint8Array.from(atob(s), ...))`, destructured
 * `const [, payload] = t.split(".")`, and an unknown decoder applied to the segment
 * (`JSON.parse(base64UrlDecode(parts[1]))`). Only segments 0 (header) and 1 (claims) count.
 */
export function manualJwtDecode(context: AnyContext, node: TSESTree.Node): ManualJwtDecode | undefined {
  const call = unwrap(node);
  if (call.type !== "CallExpression" || !isGlobalMember(context, call.callee, "JSON", "parse")) return undefined;
  const argument = call.arguments[0];
  if (!argument || argument.type === "SpreadElement") return undefined;
  const segment = decodedText(context, argument, 0);
  if (!segment || segment.index > 1) return undefined;
  return { call, part: segment.index === 0 ? "header" : "payload", token: segment.token };
}

/** True when `node` hand-decodes a JWT segment (see `manualJwtDecode`). */
export function isManualJwtDecode(context: AnyContext, node: TSESTree.Node): boolean {
  return manualJwtDecode(context, node) !== undefined;
}

/**
 * False when the text cannot hold a hand-written decode: it needs `JSON` `parse`, a `split` and a
 * decoder (`atob`, a `"base64"` encoding or a decoder name with `64` / `decode` in it).
 */
export function mayHaveManualJwtDecode(text: string): boolean {
  return JSON_TEXT.in(text) && PARSE_TEXT.in(text) && SPLIT_TEXT.in(text) && DECODER_TEXTS.some((search) => search.in(text));
}

// Each searched from its rarest character (`textSearch`).
const JSON_TEXT = textSearch("JSON");
const PARSE_TEXT = textSearch("parse");
const SPLIT_TEXT = textSearch("split");
const DECODER_TEXTS = [textSearch("atob"), textSearch("64"), textSearch("ecode"), textSearch("ECODE")];

/** A cheap pre-filter for `manualJwtDecode`: a call of a method named `parse` (`JSON.parse(...)`). */
export function isParseCall(node: TSESTree.CallExpression): boolean {
  if (node.arguments.length === 0) return false;
  const callee = unwrap(node.callee);
  return callee.type === "MemberExpression" && memberName(callee) === "parse";
}

/**
 * Every hand-written JWT decode in the file, among `calls` (the file's calls in traversal order,
 * e.g. collected by a `CallExpression` listener; by default a walk of the file).
 */
export function findManualJwtDecodes(context: AnyContext, calls?: readonly TSESTree.CallExpression[]): ManualJwtDecode[] {
  const sourceCode = context.sourceCode;
  if (!mayHaveManualJwtDecode(sourceCode.text)) return [];
  const out: ManualJwtDecode[] = [];
  const check = (node: TSESTree.CallExpression): void => {
    if (!isParseCall(node)) return;
    const found = manualJwtDecode(context, node);
    if (found) out.push(found);
  };
  if (calls) {
    for (const node of calls) check(node);
    return out;
  }
  walk(sourceCode, sourceCode.ast, (node) => {
    if (node.type === "CallExpression") check(node);
  });
  return out;
}

/** A variable's only definition when it is a `const`/`let` declarator without later writes. */
function singleDeclarator(context: AnyContext, identifier: TSESTree.Identifier): TSESTree.VariableDeclarator | undefined {
  const variable = variableOf(context, identifier);
  if (!variable || variable.defs.length !== 1 || variable.defs[0].type !== "Variable") return undefined;
  for (const reference of variable.references) if (!reference.init && reference.isWrite()) return undefined;
  return variable.defs[0].node as TSESTree.VariableDeclarator;
}

/** Follows a constant identifier to its initializer (also `const [, p] = t.split(".")` → the element). */
function follow(context: AnyContext, node: TSESTree.Node): { node: TSESTree.Node; element?: number } {
  const n = unwrap(node);
  if (n.type !== "Identifier") return { node: n };
  const declarator = singleDeclarator(context, n);
  if (!declarator?.init) return { node: n };
  if (declarator.id.type === "Identifier") return { node: unwrap(declarator.init) };
  if (declarator.id.type === "ArrayPattern") {
    const declared = variableOf(context, n)?.identifiers ?? [];
    const index = declarator.id.elements.findIndex(
      (element) => !!element && declared.includes((element.type === "AssignmentPattern" ? element.left : element) as never),
    );
    if (index >= 0) return { node: unwrap(declarator.init), element: index };
  }
  return { node: n };
}

/** `node` evaluates to base64-decoded text (or bytes) of a token segment. */
function decodedText(context: AnyContext, node: TSESTree.Node, depth: number): Segment | undefined {
  if (depth > MAX_MANUAL_DEPTH) return undefined;
  const { node: n, element } = follow(context, node);
  if (element !== undefined || n.type === "Identifier") return undefined;
  if (n.type === "AwaitExpression") return decodedText(context, n.argument, depth + 1);
  if (n.type === "NewExpression") return undefined;
  if (n.type !== "CallExpression") return undefined;
  const first = n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? n.arguments[0] : undefined;
  // atob(segment)
  if (isGlobalRef(context, n.callee, "atob")) return first ? segmentOf(context, first, depth + 1) : undefined;
  // decodeURIComponent(escape(...)), String(...)
  const callee = unwrap(n.callee);
  if (callee.type === "Identifier" && TEXT_FUNCTIONS.has(callee.name) && isGlobal(context, callee)) {
    return first ? decodedText(context, first, depth + 1) : undefined;
  }
  // Buffer.from(segment, "base64") — JSON.parse and template strings coerce a Buffer to text.
  const bytes = base64Bytes(context, n, depth + 1);
  if (bytes) return bytes;
  const method = methodCall(n);
  if (method) {
    // new TextDecoder().decode(bytes)
    if (method.name === "decode") {
      const receiver = unwrap(method.receiver);
      if (receiver.type === "NewExpression" && isGlobalRef(context, receiver.callee, "TextDecoder")) {
        return first ? decodedBytes(context, first, depth + 1) : undefined;
      }
    }
    // Buffer.from(s, "base64").toString("utf8"), atob(s).split("").map(...).join("")
    if (DECODED_STRING_METHODS.has(method.name)) {
      const inner = decodedText(context, method.receiver, depth + 1) ?? (method.name === "toString" ? decodedBytes(context, method.receiver, depth + 1) : undefined);
      if (inner) return inner;
    }
  }
  // A decoder from elsewhere applied to the segment: `base64UrlDecode(parts[1])`, `Base64.decode(p)`.
  if (first && n.arguments.length <= 2 && isDecoderName(callee)) {
    const segment = segmentOf(context, first, depth + 1);
    if (segment) return segment;
  }
  return undefined;
}

const DECODER_WORDS = new Set(["decode", "base64", "b64", "base64url", "b64url", "unbase64"]);

/** A callee named like a base64 decoder: `base64UrlDecode`, `b64DecodeUnicode`, `Base64.decode`, `fromBase64`. */
function isDecoderName(callee: TSESTree.Node): boolean {
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
  if (!name) return false;
  const words = splitWords(name);
  if (words.includes("encode")) return false;
  if (words.some((word) => DECODER_WORDS.has(word))) return true;
  // `Base64.decode`: the object names the encoding
  if (callee.type === "MemberExpression") {
    const object = unwrap(callee.object);
    return object.type === "Identifier" && splitWords(object.name).some((word) => DECODER_WORDS.has(word)) && words[0] !== "encode";
  }
  return false;
}

/** `Buffer.from(segment, "base64" | "base64url")`. */
function base64Bytes(context: AnyContext, node: TSESTree.Node, depth: number): Segment | undefined {
  const n = unwrap(node);
  if (n.type !== "CallExpression" || !isGlobalMember(context, n.callee, "Buffer", "from")) return undefined;
  const [input, encoding] = n.arguments;
  if (!input || input.type === "SpreadElement" || !encoding || encoding.type === "SpreadElement") return undefined;
  const value = staticValue(context, encoding);
  if (!value || typeof value.value !== "string" || !BASE64_ENCODINGS.has(value.value.toLowerCase())) return undefined;
  return segmentOf(context, input, depth + 1);
}

/** Bytes of a decoded segment: `Buffer.from(s, "base64")`, `Uint8Array.from(atob(s), c => c.charCodeAt(0))`. */
function decodedBytes(context: AnyContext, node: TSESTree.Node, depth: number): Segment | undefined {
  if (depth > MAX_MANUAL_DEPTH) return undefined;
  const { node: n } = follow(context, node);
  const buffer = base64Bytes(context, n, depth + 1);
  if (buffer) return buffer;
  if (n.type === "CallExpression" && isGlobalMember(context, n.callee, "Uint8Array", "from")) {
    const input = n.arguments[0];
    return input && input.type !== "SpreadElement" ? decodedText(context, input, depth + 1) : undefined;
  }
  return undefined;
}

/** `node` is the (possibly re-padded) text of segment `index` of `token.split(".")`. */
function segmentOf(context: AnyContext, node: TSESTree.Node, depth: number): Segment | undefined {
  if (depth > MAX_MANUAL_DEPTH) return undefined;
  const { node: n, element } = follow(context, node);
  if (element !== undefined) {
    const token = splitOnDot(context, n);
    return token ? { index: element, token } : undefined;
  }
  if (n.type === "MemberExpression" && n.computed) {
    const index = staticValue(context, n.property);
    if (!index || typeof index.value !== "number") return undefined;
    const { node: object } = follow(context, n.object);
    const token = splitOnDot(context, object);
    return token ? { index: index.value, token } : undefined;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    // padding: `segment + "=".repeat(...)`
    return segmentOf(context, n.left, depth + 1);
  }
  if (n.type === "LogicalExpression" && n.operator !== "&&") {
    // a fallback for a missing segment: `parts[1] ?? ""`
    return segmentOf(context, n.left, depth + 1);
  }
  if (n.type === "TemplateLiteral" && n.expressions.length >= 1 && n.quasis[0].value.cooked === "") {
    return segmentOf(context, n.expressions[0], depth + 1);
  }
  const method = methodCall(n);
  if (!method) return undefined;
  if (method.name === "at") {
    const argument = method.call.arguments[0];
    const index = argument && argument.type !== "SpreadElement" ? staticValue(context, argument) : null;
    if (!index || typeof index.value !== "number") return undefined;
    const token = splitOnDot(context, follow(context, method.receiver).node);
    return token ? { index: index.value, token } : undefined;
  }
  if (SEGMENT_STRING_METHODS.has(method.name)) return segmentOf(context, method.receiver, depth + 1);
  return undefined;
}

/** `token.split(".")` (or `/\./`) → `token`. */
function splitOnDot(context: AnyContext, node: TSESTree.Node): TSESTree.Expression | undefined {
  const method = methodCall(node);
  if (!method || method.name !== "split") return undefined;
  const separator = method.call.arguments[0];
  if (!separator || separator.type === "SpreadElement") return undefined;
  const unwrapped = unwrap(separator);
  if (unwrapped.type === "Literal" && "regex" in unwrapped && unwrapped.regex) {
    if (unwrapped.regex.pattern !== "\\." && unwrapped.regex.pattern !== "[.]") return undefined;
  } else {
    const value = staticValue(context, separator);
    if (!value || value.value !== ".") return undefined;
  }
  return method.receiver as TSESTree.Expression;
}

// ---------------------------------------------------------------------------------------------
// Small shared questions
// ---------------------------------------------------------------------------------------------

function normalizedText(context: AnyContext, node: TSESTree.Node): string {
  return context.sourceCode.getText(unwrap(node)).replace(/\s+/gu, "");
}

/**
 * True when two expressions denote the same value as far as a reader can tell: the same
 * variable, the same source text, or constants initialized with the same source text.
 */
export function sameValue(context: AnyContext, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = unwrap(a);
  const right = unwrap(b);
  if (left.type === "Identifier" && right.type === "Identifier") {
    const lv = variableOf(context, left);
    const rv = variableOf(context, right);
    if (lv && rv) return lv === rv;
  }
  if (normalizedText(context, left) === normalizedText(context, right)) return true;
  return normalizedText(context, resolveNode(context, left)) === normalizedText(context, resolveNode(context, right));
}

/**
 * Where a value was read from when it is a property read: `tokens.id_token`, a constant holding
 * one, or a destructured binding `const { id_token } = tokens` (object = `tokens`).
 */
export function memberOrigin(context: AnyContext, node: TSESTree.Node): { object: TSESTree.Node; property: string } | undefined {
  const n = unwrap(node);
  if (n.type === "ChainExpression") return memberOrigin(context, n.expression);
  if (n.type === "MemberExpression") {
    const property = memberName(n);
    return property === null ? undefined : { object: n.object, property };
  }
  if (n.type !== "Identifier") return undefined;
  const declarator = singleDeclarator(context, n);
  if (!declarator?.init) return undefined;
  if (declarator.id.type === "Identifier") {
    const init = unwrap(declarator.init);
    return init.type === "MemberExpression" || init.type === "ChainExpression" ? memberOrigin(context, init) : undefined;
  }
  if (declarator.id.type === "ObjectPattern") {
    const declared = variableOf(context, n)?.identifiers ?? [];
    for (const property of declarator.id.properties) {
      if (property.type !== "Property") continue;
      const value = property.value.type === "AssignmentPattern" ? property.value.left : property.value;
      if (!declared.includes(value as never)) continue;
      const name = staticKeyName(property.key, property.computed);
      return name === null ? undefined : { object: declarator.init, property: name };
    }
  }
  return undefined;
}

/** Names in a member chain, outermost object first: `req.headers.authorization` → `["req", "headers", "authorization"]`. */
export function chainNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = unwrap(node);
  for (let i = 0; i < 32; i++) {
    if (current.type === "ChainExpression") current = unwrap(current.expression);
    else if (current.type === "MemberExpression") {
      const name = memberName(current);
      if (name !== null) names.unshift(name);
      current = unwrap(current.object);
    } else if (current.type === "CallExpression") {
      current = unwrap(current.callee);
    } else if (current.type === "AwaitExpression") {
      current = unwrap(current.argument);
    } else {
      if (current.type === "Identifier") names.unshift(current.name);
      break;
    }
  }
  return names;
}

/** The identifier (or `this`) a member / call chain starts from. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = unwrap(node);
  for (let i = 0; i < 32; i++) {
    if (current.type === "ChainExpression") current = unwrap(current.expression);
    else if (current.type === "MemberExpression") current = unwrap(current.object);
    else if (current.type === "CallExpression") current = unwrap(current.callee);
    else if (current.type === "AwaitExpression") current = unwrap(current.argument);
    else break;
  }
  return current;
}

/**
 * True when a member / call chain starts at a function parameter (`req.user`, `res.locals.user`,
 * `ctx.state.user`), or at a local variable initialized from one
 * (`const request = context.switchToHttp().getRequest(); request.user`). `this.x` is not.
 */
export function isParameterRooted(context: AnyContext, node: TSESTree.Node, depth = 0): boolean {
  const root = chainRoot(node);
  if (root.type !== "Identifier") return false;
  const variable = variableOf(context, root);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return false;
  if (def.type === "Parameter") return true;
  if (def.type === "Variable" && depth < 2) {
    const declarator = def.node as TSESTree.VariableDeclarator;
    return !!declarator.init && isParameterRooted(context, declarator.init, depth + 1);
  }
  return false;
}

/** The name a function is known by: its id, the variable / property / method it is assigned to. */
export function functionName(fn: TSESTree.Node): string | undefined {
  if ((fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression") && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (!parent) return undefined;
  if (parent.type === "VariableDeclarator" && parent.init === fn && parent.id.type === "Identifier") return parent.id.name;
  if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && parent.value === fn) {
    return staticKeyName(parent.key, parent.computed) ?? undefined;
  }
  if (parent.type === "AssignmentExpression" && parent.right === fn) {
    const left = unwrap(parent.left);
    if (left.type === "Identifier") return left.name;
    if (left.type === "MemberExpression") return memberName(left) ?? undefined;
  }
  return undefined;
}

/** The functions enclosing `node`, innermost first. */
export function enclosingFunctions(node: TSESTree.Node): FunctionNode[] {
  const out: FunctionNode[] = [];
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunction(current)) out.push(current as FunctionNode);
    current = current.parent;
  }
  return out;
}

const JSX_FILE = /\.[jt]sx$/u;
const HOOK_NAME = /^use[A-Z0-9]/u;

function containsJsx(context: AnyContext, fn: Node): boolean {
  let found = false;
  walk(context.sourceCode, fn, (inner) => {
    if (found) return false;
    if (inner.type === "JSXElement" || inner.type === "JSXFragment") found = true;
    return !found;
  });
  return found;
}

/**
 * Browser UI code: a `.tsx` / `.jsx` file, or code inside a React component (a function that
 * renders JSX) or hook (`useSomething`).
 */
export function isUiComponentCode(context: AnyContext & { readonly filename?: string }, node: TSESTree.Node): boolean {
  const filename = context.filename ?? "";
  if (JSX_FILE.test(filename)) return true;
  for (const fn of enclosingFunctions(node)) {
    const name = functionName(fn);
    if (name && HOOK_NAME.test(name)) return true;
    if (containsJsx(context, fn)) return true;
  }
  return false;
}

const BROWSER_STORAGE = new Set(["localStorage", "sessionStorage"]);

/**
 * True when the value is read from browser storage: `localStorage.getItem(k)`, `sessionStorage.token`,
 * `window.localStorage[k]`, `document.cookie` (through constants, `?? ""`, `!` and `as`), with the
 * globals not shadowed by a local binding. Only browsers have these, so the code is client code.
 */
export function readsBrowserStorage(context: AnyContext, node: TSESTree.Node, depth = 0): boolean {
  if (depth > 8) return false;
  const n = resolveNode(context, node);
  if (n.type === "LogicalExpression") return readsBrowserStorage(context, n.left, depth + 1);
  if (n.type === "ChainExpression") return readsBrowserStorage(context, n.expression, depth + 1);
  const isStorage = (receiver: TSESTree.Node): boolean => [...BROWSER_STORAGE].some((name) => isGlobalRef(context, receiver, name));
  if (n.type === "CallExpression") {
    const callee = unwrap(n.callee);
    if (callee.type !== "MemberExpression") return false;
    if (memberName(callee) === "getItem" && isStorage(callee.object)) return true;
    // `JSON.parse(localStorage.getItem("auth"))`, `document.cookie.split("; ").find(...)`
    if (isGlobalMember(context, callee, "JSON", "parse")) {
      const argument = n.arguments[0];
      return !!argument && argument.type !== "SpreadElement" && readsBrowserStorage(context, argument, depth + 1);
    }
    return readsBrowserStorage(context, callee.object, depth + 1);
  }
  if (n.type === "MemberExpression") {
    if (memberName(n) === "cookie" && isGlobalRef(context, n.object, "document")) return true;
    if (isStorage(n.object)) return true;
    return readsBrowserStorage(context, n.object, depth + 1);
  }
  return false;
}

/** The position of parameter `node` (an identifier) in `fn`'s parameter list, if it is one. */
export function parameterIndex(context: AnyContext, fn: FunctionNode, node: TSESTree.Node): number | undefined {
  const n = unwrap(node);
  if (n.type !== "Identifier") return undefined;
  const variable = variableOf(context, n);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def || def.type !== "Parameter" || def.node !== fn) return undefined;
  const index = fn.params.findIndex((param) => {
    const inner = param.type === "AssignmentPattern" ? param.left : param.type === "TSParameterProperty" ? param.parameter : param;
    const id = inner.type === "AssignmentPattern" ? inner.left : inner;
    return id.type === "Identifier" && variable!.identifiers.includes(id as never);
  });
  return index >= 0 ? index : undefined;
}

/** Calls of a function by the name it is declared with in this file (`function f` / `const f = () => …`). */
export function callSitesOf(context: AnyContext, fn: FunctionNode): TSESTree.CallExpression[] {
  let declarer: TSESTree.Node | undefined;
  let name: string | undefined;
  if (fn.type === "FunctionDeclaration" && fn.id) {
    declarer = fn;
    name = fn.id.name;
  } else if (fn.parent?.type === "VariableDeclarator" && fn.parent.init === fn && fn.parent.id.type === "Identifier") {
    declarer = fn.parent;
    name = fn.parent.id.name;
  }
  if (!declarer || !name) return [];
  const variable = context.sourceCode.getDeclaredVariables(declarer).find((v) => v.name === name);
  if (!variable) return [];
  const out: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead()) continue;
    let callee: TSESTree.Node = reference.identifier as TSESTree.Node;
    while (callee.parent && (callee.parent.type === "TSNonNullExpression" || callee.parent.type === "TSInstantiationExpression")) callee = callee.parent;
    const call = callee.parent;
    if (call?.type === "CallExpression" && call.callee === callee) out.push(call);
  }
  return out;
}
