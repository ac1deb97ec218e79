/**
 * Module-aware references: "which nodes in this file are `jsonwebtoken.verify`?"
 *
 * One index is built per file (per AST, in a WeakMap, so it is shared by every rule and
 * dropped with the AST) for the modules the library models name. Entry points:
 * ESM default / named / namespace imports, `require()` whenever `require` is not a local
 * binding (declared as a global or not), `import()` (awaited or `.then`), TypeScript
 * `import x = require()`. From each entry the value is followed through member access,
 * `.default` interop, aliases (`const s = jwt.sign`), destructuring, re-assignment,
 * TypeScript wrappers, call results (`()`), instances (`new`), `extends` (constructor
 * `super(...)` calls, also through mixins like `PassportStrategy(Strategy)`) and type
 * annotations of injected instances (`constructor(private jwt: JwtService)` → `this.jwt`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@eslint-community/eslint-utils";
import { commentAt, memberName, nodeAtIndex, perFile, staticKeyName, variableAt, walk, type AnyContext, type Node, type SourceCode, type Variable } from "./ast.js";
import { isIdentifierCode, textSearch } from "./text.js";

/** Path segment for "the value returned by calling this". */
export const RESULT = "()";
/** Path segment for "an instance constructed from this" (also `super()` in a subclass, and injected typed instances). */
export const INSTANCE = "new";

export type CallKind = "call" | "new" | "super";

export interface ModuleCall {
  module: string;
  path: readonly string[];
  kind: CallKind;
  /** The call; for `super(...)` the `super` call inside the subclass constructor. */
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The callee expression as written (`jwt.verify`, `verify`, `s`). */
  callee: TSESTree.Node;
}

export interface ModuleArgument {
  module: string;
  path: readonly string[];
  /** The call the tracked value is passed to, e.g. `app.register(fastifyJwt, …)`. */
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  index: number;
}

export interface ModuleIndex {
  /** Calls of `module` member `path` (e.g. `("jsonwebtoken", ["verify"])`). */
  calls(module: string, path: readonly string[]): readonly ModuleCall[];
  /** Every call into `module`, any path. */
  callsInto(module: string): readonly ModuleCall[];
  /** Places where `module` member `path` is passed as an argument. */
  argumentsOf(module: string, path: readonly string[]): readonly ModuleArgument[];
  /** True when the file imports / requires `module` at all. */
  imports(module: string): boolean;
  /** Which tracked module and path the expression refers to, if any. */
  resolve(node: TSESTree.Node): { module: string; path: readonly string[] } | undefined;
}

const MAX_DEPTH = 12;

/** What to track: module names, and builder classes whose methods return the instance. */
export interface TrackerConfig {
  modules: ReadonlySet<string>;
  /** `builderKey(module, [Class, INSTANCE])` → names of methods that return `this`. */
  builders?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function builderKey(module: string, path: readonly string[]): string {
  return key(module, path);
}

function key(module: string, path: readonly string[]): string {
  return `${module}\u0000${path.join("\u0000")}`;
}

const PASS_THROUGH = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
  "ChainExpression",
]);

class Builder {
  readonly callMap = new Map<string, ModuleCall[]>();
  readonly moduleCalls = new Map<string, ModuleCall[]>();
  readonly argMap = new Map<string, ModuleArgument[]>();
  readonly importedModules = new Set<string>();
  readonly nodeMap = new Map<TSESTree.Node, { module: string; path: readonly string[] }>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly config: TrackerConfig,
  ) {}

  isTracked(name: unknown): name is string {
    return typeof name === "string" && this.config.modules.has(name);
  }

  /** The path of a call's result: builders (`new SignJWT(p).setIssuer(…)`) return the instance itself. */
  private resultPath(module: string, path: readonly string[]): readonly string[] {
    if (path.length >= 2) {
      const owner = path.slice(0, -1);
      const methods = this.config.builders?.get(key(module, owner));
      if (methods?.has(path[path.length - 1])) return owner;
    }
    return [...path, RESULT];
  }

  build(): void {
    const found = entryPoints(this.sourceCode);
    for (const statement of found.imports) this.fromImportDeclaration(statement);
    for (const statement of found.importEquals) this.fromImportEquals(statement);
    for (const { node, name } of found.calls) {
      if (!this.isTracked(name)) continue;
      this.importedModules.add(name);
      this.follow(node, name, [], 0);
    }
  }

  private fromImportDeclaration(node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    if (!this.isTracked(source)) return;
    this.importedModules.add(source);
    for (const specifier of node.specifiers) {
      let path: string[];
      if (specifier.type === "ImportSpecifier") {
        const imported =
          specifier.imported.type === "Identifier" ? specifier.imported.name : String(specifier.imported.value);
        path = imported === "default" ? [] : [imported];
      } else {
        path = [];
      }
      for (const variable of this.sourceCode.getDeclaredVariables(specifier)) {
        this.followVariable(variable, source, path, 0);
      }
    }
  }

  private fromImportEquals(node: TSESTree.TSImportEqualsDeclaration): void {
    const expression = (node.moduleReference as TSESTree.TSExternalModuleReference).expression;
    if (expression.type !== "Literal" || !this.isTracked(expression.value)) return;
    this.importedModules.add(expression.value);
    for (const variable of this.sourceCode.getDeclaredVariables(node)) {
      this.followVariable(variable, expression.value, [], 0);
    }
  }

  private followVariable(variable: Variable, module: string, path: readonly string[], depth: number): void {
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      if (identifier.parent?.type === "TSTypeReference" || identifier.parent?.type === "TSQualifiedName") {
        this.fromTypeAnnotation(identifier, module, path, depth);
        continue;
      }
      this.follow(identifier, module, path, depth);
    }
  }

  /**
   * Expression `node` evaluates to `module` member `path`; record what happens to it.
   */
  follow(start: TSESTree.Node, module: string, path: readonly string[], depth: number): void {
    if (depth > MAX_DEPTH) return;
    const seenKey = `${start.range[0]}:${start.range[1]}:${start.type}:${key(module, path)}`;
    if (this.seen.has(seenKey)) return;
    this.seen.add(seenKey);

    let node: TSESTree.Node = start;
    this.nodeMap.set(node, { module, path });
    // Climb through wrappers that keep the value: `x as T`, `x!`, `a?.b` chains, `await`.
    while (node.parent && (PASS_THROUGH.has(node.parent.type) || node.parent.type === "AwaitExpression")) {
      node = node.parent;
      this.nodeMap.set(node, { module, path });
    }
    const parent = node.parent;
    if (!parent) return;

    switch (parent.type) {
      case "MemberExpression": {
        if (parent.object !== node) return;
        const name = memberName(parent);
        if (name === null) return;
        if (name === "default" && (path.length === 0 || path[path.length - 1] === RESULT)) {
          // CommonJS / ESM interop: `(await import("m")).default`, `require("m").default`.
          this.follow(parent, module, path, depth + 1);
          return;
        }
        if (name === "then" && start.type === "ImportExpression") {
          this.followThen(parent, module, path, depth);
          return;
        }
        if (name === "call" || name === "apply") {
          const call = parent.parent;
          if (call?.type === "CallExpression" && call.callee === parent) {
            this.record({ module, path, kind: "call", node: call, callee: node });
          }
          return;
        }
        if (name === "bind") {
          const call = parent.parent;
          if (call?.type === "CallExpression" && call.callee === parent) this.follow(call, module, path, depth + 1);
          return;
        }
        this.follow(parent, module, [...path, name], depth + 1);
        return;
      }
      case "CallExpression": {
        if (parent.callee === node) {
          this.record({ module, path, kind: "call", node: parent, callee: node });
          this.follow(parent, module, this.resultPath(module, path), depth + 1);
        } else {
          this.recordArgument(parent, node, module, path, depth);
        }
        return;
      }
      case "NewExpression": {
        if (parent.callee === node) {
          this.record({ module, path, kind: "new", node: parent, callee: node });
          this.follow(parent, module, [...path, INSTANCE], depth + 1);
        } else {
          this.recordArgument(parent, node, module, path, depth);
        }
        return;
      }
      case "VariableDeclarator": {
        if (parent.init !== node) return;
        this.followPattern(parent, parent.id, module, path, depth);
        return;
      }
      case "AssignmentExpression": {
        if (parent.right !== node || parent.operator !== "=") return;
        if (parent.left.type === "Identifier") {
          const variable = this.variableOf(parent.left);
          if (variable) this.followVariable(variable, module, path, depth + 1);
        } else if (parent.left.type === "ObjectPattern") {
          this.followPattern(parent, parent.left, module, path, depth);
        }
        return;
      }
      case "ClassDeclaration":
      case "ClassExpression": {
        if (parent.superClass === node) this.followSubclass(parent, module, path, depth);
        return;
      }
      case "ConditionalExpression": {
        if (parent.test !== node) this.follow(parent, module, path, depth + 1);
        return;
      }
      case "LogicalExpression": {
        // `jwtLib || fallback` keeps the value on the right side only as a fallback; follow the left.
        if (parent.left === node) this.follow(parent, module, path, depth + 1);
        return;
      }
      default:
        return;
    }
  }

  private recordArgument(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    node: TSESTree.Node,
    module: string,
    path: readonly string[],
    depth: number,
  ): void {
    const index = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (index < 0) return;
    const entry: ModuleArgument = { module, path, call, index };
    const k = key(module, path);
    const list = this.argMap.get(k);
    if (list) list.push(entry);
    else this.argMap.set(k, [entry]);
    // Mixins: `class S extends PassportStrategy(Strategy) { constructor() { super({...}) } }`.
    const owner = call.parent;
    if ((owner?.type === "ClassDeclaration" || owner?.type === "ClassExpression") && owner.superClass === call) {
      this.followSubclass(owner, module, path, depth);
    }
  }

  private followThen(member: TSESTree.MemberExpression, module: string, path: readonly string[], depth: number): void {
    const call = member.parent;
    if (call?.type !== "CallExpression" || call.callee !== member) return;
    const callback = call.arguments[0];
    if (!callback || (callback.type !== "ArrowFunctionExpression" && callback.type !== "FunctionExpression")) return;
    const param = callback.params[0];
    if (param) this.followPattern(callback, param, module, path, depth);
  }

  private followSubclass(
    cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
    module: string,
    path: readonly string[],
    depth: number,
  ): void {
    for (const member of cls.body.body) {
      if (member.type !== "MethodDefinition" || member.kind !== "constructor") continue;
      walk(this.sourceCode, member.value.body ?? member.value, (inner) => {
        if (inner !== member.value && (inner.type === "FunctionExpression" || inner.type === "FunctionDeclaration" || inner.type === "ClassBody")) {
          return false;
        }
        if (inner.type === "CallExpression" && inner.callee.type === "Super") {
          this.record({ module, path, kind: "super", node: inner, callee: inner.callee });
        }
        return true;
      });
    }
    // `this.method()` inside the subclass refers to inherited members.
    this.followThisMembers(cls, module, [...path, INSTANCE], depth);
  }

  /** Every `this.<name>` inside the class body is `module` member `[...path, name]`. */
  private followThisMembers(
    cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
    module: string,
    path: readonly string[],
    depth: number,
    only?: string,
  ): void {
    walk(this.sourceCode, cls.body, (inner) => {
      if (inner.type === "ClassDeclaration" || inner.type === "ClassExpression" || inner.type === "FunctionDeclaration" || inner.type === "FunctionExpression") {
        // Nested classes and plain functions rebind `this`; methods are FunctionExpressions directly under MethodDefinition.
        if (inner.parent?.type !== "MethodDefinition" && inner.parent?.type !== "PropertyDefinition") return false;
      }
      if (inner.type === "MemberExpression" && inner.object.type === "ThisExpression") {
        const name = memberName(inner);
        if (name !== null && (only === undefined || name === only)) {
          if (only === undefined) this.follow(inner, module, [...path, name], depth + 1);
          else this.follow(inner, module, path, depth + 1);
        }
      }
      return true;
    });
  }

  /** `svc: JwtService` in a parameter, parameter property or class property: an injected instance. */
  private fromTypeAnnotation(identifier: TSESTree.Identifier, module: string, path: readonly string[], depth: number): void {
    let typeRef: TSESTree.Node = identifier.parent!;
    while (typeRef.parent?.type === "TSQualifiedName") typeRef = typeRef.parent;
    if (typeRef.type === "TSQualifiedName") {
      // `jwt.JwtService` with a namespace import: extend the path by the qualified name.
      const name = typeRef.right.name;
      path = [...path, name];
      typeRef = typeRef.parent!;
    }
    if (typeRef.type !== "TSTypeReference") return;
    const annotation = typeRef.parent;
    if (annotation?.type !== "TSTypeAnnotation") return;
    const owner = annotation.parent;
    const instancePath = [...path, INSTANCE];
    if (!owner) return;
    if (owner.type === "Identifier") {
      const holder = owner.parent;
      if (holder?.type === "TSParameterProperty") {
        // TSParameterProperty → constructor FunctionExpression → MethodDefinition → ClassBody → class
        const body = holder.parent?.parent?.parent;
        const classNode = body?.type === "ClassBody" ? body.parent : undefined;
        if (classNode && (classNode.type === "ClassDeclaration" || classNode.type === "ClassExpression")) {
          this.followThisMembers(classNode, module, instancePath, depth, owner.name);
        }
        const fn = holder.parent;
        if (fn) this.followDeclaredByName(fn, owner.name, module, instancePath, depth);
        return;
      }
      if (holder && (holder.type === "FunctionExpression" || holder.type === "FunctionDeclaration" || holder.type === "ArrowFunctionExpression")) {
        this.followDeclaredByName(holder, owner.name, module, instancePath, depth);
        return;
      }
      if (holder?.type === "VariableDeclarator" && holder.id === owner) {
        this.followDeclaredByName(holder, owner.name, module, instancePath, depth);
      }
      return;
    }
    if (owner.type === "PropertyDefinition" && !owner.static) {
      const name = staticKeyName(owner.key, owner.computed);
      const classNode = owner.parent?.parent;
      if (name && classNode && (classNode.type === "ClassDeclaration" || classNode.type === "ClassExpression")) {
        this.followThisMembers(classNode, module, instancePath, depth, name);
      }
    }
  }

  private followDeclaredByName(declarer: TSESTree.Node, name: string, module: string, path: readonly string[], depth: number): void {
    for (const variable of this.sourceCode.getDeclaredVariables(declarer)) {
      if (variable.name === name) this.followVariable(variable, module, path, depth + 1);
    }
  }

  private followPattern(
    declarer: TSESTree.Node,
    pattern: TSESTree.Node,
    module: string,
    path: readonly string[],
    depth: number,
  ): void {
    switch (pattern.type) {
      case "Identifier": {
        const variable = this.variableOf(pattern, declarer);
        if (variable) this.followVariable(variable, module, path, depth + 1);
        return;
      }
      case "ObjectPattern": {
        for (const property of pattern.properties) {
          if (property.type !== "Property") continue;
          const name = staticKeyName(property.key, property.computed);
          if (name === null) continue;
          const nextPath = name === "default" && path.length === 0 ? path : [...path, name];
          this.followPattern(declarer, property.value, module, nextPath, depth);
        }
        return;
      }
      case "AssignmentPattern":
        this.followPattern(declarer, pattern.left, module, path, depth);
        return;
      default:
        return;
    }
  }

  private variableOf(identifier: TSESTree.Identifier, declarer?: TSESTree.Node): Variable | undefined {
    if (declarer) {
      for (const variable of this.sourceCode.getDeclaredVariables(declarer)) {
        if (variable.identifiers.includes(identifier)) return variable;
      }
    }
    let scope: ReturnType<SourceCode["getScope"]> | null = this.sourceCode.getScope(identifier);
    while (scope) {
      const variable = scope.set.get(identifier.name);
      if (variable) return variable;
      scope = scope.upper;
    }
    return undefined;
  }

  private record(call: ModuleCall): void {
    const k = key(call.module, call.path);
    const list = this.callMap.get(k);
    if (list) {
      if (list.some((existing) => existing.node === call.node && existing.kind === call.kind)) return;
      list.push(call);
    } else {
      this.callMap.set(k, [call]);
    }
    const all = this.moduleCalls.get(call.module);
    if (all) all.push(call);
    else this.moduleCalls.set(call.module, [call]);
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Where modules enter a file, found once per AST and shared by every tracker config: static
 * `import` declarations, TypeScript `import x = require("m")`, `require("m")` where `require` is
 * not a local binding (a declared global or undeclared), and `import("m")` (looked for only when
 * the text contains `import(`). Module names are static strings (constants included).
 */
interface EntryPoints {
  imports: readonly TSESTree.ImportDeclaration[];
  importEquals: readonly TSESTree.TSImportEqualsDeclaration[];
  /** `require(…)` calls and `import(…)` expressions with the module they name. */
  calls: readonly { node: TSESTree.CallExpression | TSESTree.ImportExpression; name: string }[];
  /** Every module named by one of the above. */
  names: ReadonlySet<string>;
  /** `mentionsTrackedModule` per tracker, for this file. */
  verdicts: Map<TrackerConfig, boolean>;
}

const entryCache = new WeakMap<object, EntryPoints>();

function staticModuleName(sourceCode: SourceCode, node: TSESTree.Node): string | undefined {
  if (node.type === "Literal") return typeof node.value === "string" ? node.value : undefined;
  const value = getStaticValue(node as never, sourceCode.getScope(node) as never);
  return value && typeof value.value === "string" ? value.value : undefined;
}

/**
 * Offsets of every `import` keyword followed by optional white space and `(` (`indexOf` and char
 * codes, not a regex over the whole text). The search looks for `mport` and checks the `i` before
 * it: `indexOf` stops at every occurrence of a pattern's first character, and `m` is about half as
 * frequent as `i` in source text (1.4 instead of 2.6 µs per file on the benchmark corpus).
 * `declarations`, the file's static import declarations in source order, are skipped whole: the
 * `import` they start with is never a call, and a file with many of them would otherwise cost one
 * search per declaration.
 */
export function dynamicImportOffsets(text: string, declarations: readonly TSESTree.Node[] = []): number[] {
  const out: number[] = [];
  let next = 0;
  for (let m = text.indexOf("mport", 1); m !== -1; m = text.indexOf("mport", m + 5)) {
    // 105: `i`.
    if (text.charCodeAt(m - 1) !== 105) continue;
    const at = m - 1;
    while (next < declarations.length && declarations[next].range[1] <= at) next++;
    if (next < declarations.length && declarations[next].range[0] <= at) {
      // Go on after the declaration (the loop adds the 5 back).
      m = declarations[next].range[1] - 5;
      continue;
    }
    if (at > 0 && isIdentifierCode(text.charCodeAt(at - 1))) continue;
    let end = at + 6;
    let code = text.charCodeAt(end);
    // space, tab, line feed, carriage return
    while (code === 32 || code === 9 || code === 10 || code === 13) code = text.charCodeAt(++end);
    if (code === 40) out.push(at);
  }
  return out;
}

/** True when `require` here is the global one: not declared in the file, or a declared global without a definition (`globals`). */
function isGlobalRequire(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const variable = variableAt(sourceCode, identifier) as { defs: readonly unknown[] } | null;
  return variable === null || variable.defs.length === 0;
}

/** `require`, found from its `q`. */
const REQUIRE_TEXT = textSearch("require");

function entryPoints(sourceCode: SourceCode): EntryPoints {
  const ast = sourceCode.ast as object;
  const cached = entryCache.get(ast);
  if (cached) return cached;
  const imports: TSESTree.ImportDeclaration[] = [];
  const importEquals: TSESTree.TSImportEqualsDeclaration[] = [];
  const calls: { node: TSESTree.CallExpression | TSESTree.ImportExpression; name: string }[] = [];
  const names = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    let equals: TSESTree.Node | null | undefined = statement;
    if (statement.type === "ImportDeclaration") {
      imports.push(statement);
      names.add(statement.source.value);
      continue;
    }
    if (statement.type === "ExportNamedDeclaration") equals = statement.declaration;
    if (equals?.type === "TSImportEqualsDeclaration" && equals.moduleReference.type === "TSExternalModuleReference") {
      const expression = equals.moduleReference.expression;
      if (expression.type === "Literal" && typeof expression.value === "string") {
        importEquals.push(equals);
        names.add(expression.value);
      }
    }
  }
  // `require(…)` calls of the global `require`: found where the text spells the name outside
  // comments (one path down the tree each), not by reading every global reference of the file.
  const text = sourceCode.text;
  for (let at = REQUIRE_TEXT.indexIn(text); at !== -1; at = REQUIRE_TEXT.indexIn(text, at + 7)) {
    if ((at > 0 && isIdentifierCode(text.charCodeAt(at - 1))) || isIdentifierCode(text.charCodeAt(at + 7)) || commentAt(sourceCode, at)) continue;
    const identifier = nodeAtIndex(sourceCode, at);
    if (identifier.type !== "Identifier" || identifier.name !== "require" || identifier.range[0] !== at) continue;
    const call = identifier.parent;
    if (call?.type !== "CallExpression" || call.callee !== identifier || call.arguments.length < 1) continue;
    const argument = call.arguments[0];
    if (argument.type === "SpreadElement" || !isGlobalRequire(sourceCode, identifier)) continue;
    const name = staticModuleName(sourceCode, argument);
    if (name === undefined) continue;
    calls.push({ node: call, name });
    names.add(name);
  }
  // `import(…)`: the node that starts at each `import (` of the text (one path down the tree each,
  // not a walk of the file); the others are comments, strings and `import("x").T` types.
  for (const at of dynamicImportOffsets(sourceCode.text, imports)) {
    if (commentAt(sourceCode, at)) continue;
    const node = nodeAtIndex(sourceCode, at);
    if (node.type !== "ImportExpression" || node.range[0] !== at) continue;
    const name = staticModuleName(sourceCode, node.source);
    if (name === undefined) continue;
    calls.push({ node, name });
    names.add(name);
  }
  const found: EntryPoints = { imports, importEquals, calls, names, verdicts: new Map() };
  entryCache.set(ast, found);
  return found;
}

function buildIndex(sourceCode: SourceCode, tracked: TrackerConfig): ModuleIndex {
  const builder = new Builder(sourceCode, tracked);
  builder.build();
  return {
    calls: (module, path) => builder.callMap.get(key(module, path)) ?? EMPTY,
    callsInto: (module) => builder.moduleCalls.get(module) ?? EMPTY,
    argumentsOf: (module, path) => builder.argMap.get(key(module, path)) ?? EMPTY,
    imports: (module) => builder.importedModules.has(module),
    resolve: (node) => builder.nodeMap.get(node),
  };
}

/**
 * True when the file imports or requires at least one module the tracker follows, from the entry
 * points alone (cheap, shared by all trackers): a file that names none of them has an empty index.
 */
export function mentionsTrackedModule(context: AnyContext, tracked: TrackerConfig): boolean {
  const entries = entryPoints(context.sourceCode);
  const names = entries.names;
  if (names.size === 0) return false;
  let found = entries.verdicts.get(tracked);
  if (found === undefined) {
    found = names.size < tracked.modules.size ? someIn(names, tracked.modules) : someIn(tracked.modules, names);
    entries.verdicts.set(tracked, found);
  }
  return found;
}

/** True when some member of `items` is in `set`. */
function someIn(items: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const item of items) if (set.has(item)) return true;
  return false;
}

/** True when the file imports or requires one of `modules` by a static name (from the shared entry points). */
export function importsAnyOf(context: AnyContext, modules: readonly string[]): boolean {
  const { names } = entryPoints(context.sourceCode);
  return names.size > 0 && modules.some((module) => names.has(module));
}

/** The index of a file that imports none of the tracked modules (one shared object: compare with `===`). */
export const EMPTY_MODULE_INDEX: ModuleIndex = Object.freeze({
  calls: () => EMPTY,
  callsInto: () => EMPTY,
  argumentsOf: () => EMPTY,
  imports: () => false,
  resolve: () => undefined,
});

/**
 * Per-AST cache. It holds no state across files: an entry lives exactly as long as the
 * AST it was computed from, so it is safe under `--concurrency` (each worker has its own
 * module instance) and `--cache` (nothing outside the file influences the result).
 */
const indexes = perFile((): Map<TrackerConfig, ModuleIndex> => new Map());

/** The module index of the current file for the given tracker configuration (keep the config a module constant). */
export function getModuleIndex(context: AnyContext, tracked: TrackerConfig): ModuleIndex {
  const perAst = indexes(context);
  let index = perAst.get(tracked);
  if (!index) {
    index = mentionsTrackedModule(context, tracked) ? buildIndex(context.sourceCode, tracked) : EMPTY_MODULE_INDEX;
    perAst.set(tracked, index);
  }
  return index;
}

export type { Node };
