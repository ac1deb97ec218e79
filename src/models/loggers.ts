/**
 * Loggers: which calls write a log line, and which parts of their arguments end up in it.
 * Used by `no-token-in-logs`.
 *
 * Checked against the libraries' documentation (2026-11):
 * - console: `log`, `info`, `warn`, `error`, `debug`, `trace`, `dir`, `dirxml`, `table`, `group`,
 *   `groupCollapsed`, `assert` (every argument is printed; objects are inspected in full).
 * - pino 9: `pino(options)` / `pino.pino(options)` → logger with `trace|debug|info|warn|error|fatal(obj?, msg?, ...args)`;
 *   `logger.child(bindings)` prints the bindings on every line; `redact: [paths]` or `{ paths }` censors
 *   those object paths (`a.b`, `a[*].b`, `*.password`). Fastify's `app.log` / `request.log` and
 *   pino-http's `req.log` are pino loggers.
 * - winston 3: `winston.createLogger(options)` and the default logger `winston.<level>()`; levels
 *   `error|warn|info|http|verbose|debug|silly` and `log(level, message, ...meta)`; `logger.child(meta)`;
 *   `winston.loggers.get(name)`.
 * - bunyan 1.8: `bunyan.createLogger(options)` → `trace|debug|info|warn|error|fatal(fields?, msg, ...)`, `child(fields)`.
 * - debug 4: `debug(namespace)` returns the log function; `log.extend(namespace)`.
 * - NestJS (@nestjs/common 11): `Logger` static methods and instances (`new Logger(context)`, injected
 *   `Logger`, `ConsoleLogger`): `log|error|warn|debug|verbose|fatal(message, ...optionalParams)`.
 *   nestjs-pino: `PinoLogger` (`trace|debug|info|warn|error|fatal`) and its `Logger`.
 * - log4js 6: `log4js.getLogger(category)` → `trace|debug|info|warn|error|fatal|mark|log`.
 * - loglevel 1.9: the default export is a logger (`trace|debug|info|warn|error|log`), `getLogger(name)`.
 * - consola 3: `consola.<level>()`, `createConsola()`; tslog 4: `new Logger()` and `getSubLogger()`.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, staticKeyName, unwrap, walk, type AnyContext } from "../analysis/ast.js";
import { isGlobalRef } from "../analysis/flow.js";
import { INSTANCE, RESULT, type ModuleIndex, type TrackerConfig } from "../analysis/modules.js";
import { mentionsTrackedModule, moduleIndexOf } from "../analysis/module-gate.js";
import { indexedNodes } from "../analysis/indexed-nodes.js";
import { assignedKeyBefore, splitWords } from "../analysis/names.js";
import { arrayElements, resolveNode, staticString } from "../analysis/values.js";
import { textSearch } from "../analysis/text.js";
import { httpRole, stringParts } from "./transport.js";

type Node = TSESTree.Node;

export interface LoggerApi {
  /** How messages name the library. */
  readonly name: string;
  readonly module: string;
  /** Paths (from the module) whose value is a logger. */
  readonly loggers: readonly (readonly string[])[];
  /** Logging methods of a logger; `""` when the logger is itself the log function (debug). */
  readonly methods: ReadonlySet<string>;
  /** Methods that return a child logger; their arguments are printed on every line of the child. */
  readonly children?: ReadonlySet<string>;
  /** The logger is a pino logger, so its creation options may `redact` paths. */
  readonly pino?: boolean;
}

const PINO_LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);
const WINSTON_LEVELS = new Set(["error", "warn", "info", "http", "verbose", "debug", "silly", "log"]);
const NEST_LEVELS = new Set(["log", "error", "warn", "debug", "verbose", "fatal"]);
const CHILD = new Set(["child"]);

export const LOGGER_APIS: readonly LoggerApi[] = [
  { name: "pino", module: "pino", loggers: [[RESULT], ["pino", RESULT], ["default", RESULT]], methods: PINO_LEVELS, children: CHILD, pino: true },
  { name: "Fastify's logger", module: "fastify", loggers: [[RESULT, "log"], ["fastify", RESULT, "log"], ["default", RESULT, "log"]], methods: PINO_LEVELS, children: CHILD, pino: true },
  { name: "winston", module: "winston", loggers: [[], ["createLogger", RESULT], ["loggers", "get", RESULT]], methods: WINSTON_LEVELS, children: CHILD },
  { name: "bunyan", module: "bunyan", loggers: [["createLogger", RESULT]], methods: PINO_LEVELS, children: CHILD },
  { name: "debug", module: "debug", loggers: [[RESULT]], methods: new Set([""]), children: new Set(["extend"]) },
  { name: "the NestJS Logger", module: "@nestjs/common", loggers: [["Logger"], ["Logger", INSTANCE], ["ConsoleLogger", INSTANCE]], methods: NEST_LEVELS },
  { name: "nestjs-pino", module: "nestjs-pino", loggers: [["PinoLogger", INSTANCE], ["Logger", INSTANCE]], methods: new Set([...PINO_LEVELS, ...NEST_LEVELS]) },
  { name: "log4js", module: "log4js", loggers: [["getLogger", RESULT]], methods: new Set([...PINO_LEVELS, "mark", "log"]) },
  { name: "loglevel", module: "loglevel", loggers: [[], ["getLogger", RESULT]], methods: new Set(["trace", "debug", "info", "warn", "error", "log"]) },
  {
    name: "consola",
    module: "consola",
    loggers: [[], ["consola"], ["createConsola", RESULT]],
    methods: new Set(["log", "info", "warn", "error", "debug", "trace", "success", "fail", "fatal", "ready", "start", "box"]),
    children: new Set(["withTag", "create"]),
  },
  { name: "tslog", module: "tslog", loggers: [["Logger", INSTANCE]], methods: new Set(["silly", "trace", "debug", "info", "warn", "error", "fatal"]), children: new Set(["getSubLogger"]) },
];

export const LOGGER_TRACKER: TrackerConfig = { modules: new Set(LOGGER_APIS.map((api) => api.module)) };

const CONSOLE_METHODS = new Set(["log", "info", "warn", "error", "debug", "trace", "dir", "dirxml", "table", "group", "groupCollapsed", "assert"]);

/** Methods of a logger we do not know by its import, when its name says it is one (`logger.info`, `this.log.error`). */
const GENERIC_LEVELS = new Set(["log", "info", "warn", "warning", "error", "debug", "trace", "fatal", "verbose", "silly", "notice", "critical", "crit", "alert", "emerg"]);

export interface LogCall {
  node: TSESTree.CallExpression;
  /** How messages name the logger: `console.log`, `logger.info`. */
  api: string;
  /** Arguments whose contents are printed. */
  args: Node[];
  /** Object paths censored by the logger's configuration (pino `redact`), split on dots. */
  redact: readonly (readonly string[])[];
}

function shortText(context: AnyContext, node: Node): string {
  const text = context.sourceCode.getText(node).replace(/\s+/gu, "");
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `pino({ redact: ["password", "req.headers.authorization"] })` / `redact: { paths: [...] }`. */
function pinoRedactions(context: AnyContext, creation: Node | undefined): string[][] {
  if (creation?.type !== "CallExpression") return [];
  const options = creation.arguments[0];
  if (!options || options.type === "SpreadElement") return [];
  const object = resolveNode(context, options);
  if (object.type !== "ObjectExpression") return [];
  let redact: Node | undefined;
  for (const property of object.properties) {
    if (property.type === "Property" && staticKeyName(property.key, property.computed) === "redact") redact = property.value;
  }
  if (!redact) return [];
  let list = resolveNode(context, redact);
  if (list.type === "ObjectExpression") {
    const paths = list.properties.find((p): p is TSESTree.Property => p.type === "Property" && staticKeyName(p.key, p.computed) === "paths");
    if (!paths) return [];
    list = resolveNode(context, paths.value);
  }
  const elements = arrayElements(context, list);
  if (!elements) return [];
  const out: string[][] = [];
  for (const element of elements.elements) {
    if (typeof element.value?.value !== "string") continue;
    out.push(redactPath(element.value.value));
  }
  return out;
}

/** `a.b`, `a["b-c"]`, `a[*].b` → segments. */
function redactPath(path: string): string[] {
  return path
    .replace(/\[\s*["']([^"']*)["']\s*\]/gu, ".$1")
    .replace(/\[\s*\*\s*\]/gu, ".*")
    .split(".")
    .filter((segment) => segment !== "");
}

/** True when the printed object path is censored by one of the redaction paths. */
export function isRedacted(redact: readonly (readonly string[])[], path: readonly string[]): boolean {
  if (path.length === 0) return false;
  return redact.some((censored) => censored.length === path.length && censored.every((segment, i) => segment === "*" || segment === path[i]));
}

/** `this.x` → `x`; the class that owns it. */
function classFieldHolder(node: Node): { name: string; cls: TSESTree.ClassBody } | undefined {
  let current: Node = node;
  while (current.parent && (current.parent.type === "TSAsExpression" || current.parent.type === "TSNonNullExpression" || current.parent.type === "AwaitExpression")) current = current.parent;
  const parent = current.parent;
  if (parent?.type === "PropertyDefinition" && parent.value === current && !parent.static) {
    const name = staticKeyName(parent.key, parent.computed);
    return name !== null && parent.parent?.type === "ClassBody" ? { name, cls: parent.parent } : undefined;
  }
  if (parent?.type === "AssignmentExpression" && parent.right === current) {
    const left = unwrap(parent.left);
    if (left.type !== "MemberExpression" || unwrap(left.object).type !== "ThisExpression") return undefined;
    const name = memberName(left);
    let owner: Node | undefined = parent.parent;
    while (owner && owner.type !== "ClassBody") owner = owner.parent;
    return name !== null && owner ? { name, cls: owner } : undefined;
  }
  return undefined;
}

/** Matches a call path against a logger API: the remaining path after the logger (and any child loggers) is a logging method. */
function matchPath(api: LoggerApi, path: readonly string[]): boolean {
  for (const base of api.loggers) {
    if (path.length < base.length || !base.every((segment, i) => path[i] === segment)) continue;
    let rest = path.slice(base.length);
    while (rest.length >= 2 && api.children?.has(rest[0]) && rest[1] === RESULT) rest = rest.slice(2);
    if (rest.length === 0 && api.methods.has("")) return true;
    if (rest.length === 1 && (api.methods.has(rest[0]) || api.children?.has(rest[0]))) return true;
  }
  return false;
}

/** True when a value path is a logger of the API (for class fields holding one). */
function isLoggerValue(api: LoggerApi, path: readonly string[]): boolean {
  for (const base of api.loggers) {
    if (path.length < base.length || !base.every((segment, i) => path[i] === segment)) continue;
    let rest = path.slice(base.length);
    while (rest.length >= 2 && api.children?.has(rest[0]) && rest[1] === RESULT) rest = rest.slice(2);
    if (rest.length === 0) return true;
  }
  return false;
}

/** The pino creation call behind a logger expression (`logger.info` → `pino({...})`), for its `redact` option. */
function creationOf(context: AnyContext, modules: ModuleIndex, callee: Node): Node | undefined {
  let current = unwrap(callee);
  for (let i = 0; i < 6; i++) {
    if (current.type === "MemberExpression") current = unwrap(current.object);
    else break;
  }
  const resolved = resolveNode(context, current);
  if (resolved.type === "CallExpression") {
    const tracked = modules.resolve(unwrap(resolved.callee));
    if (tracked?.module === "pino") return resolved;
  }
  return undefined;
}

function loggerName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0) return false;
  if (words.length === 1 && (words[0] === "log" || words[0] === "logger" || words[0] === "logging")) return true;
  return words[words.length - 1] === "logger" || words[words.length - 1] === "log" && words.length === 2 && words[0] !== "change" && words[0] !== "audit";
}

/**
 * A logger known by its name only: `logger.info(…)`, `log.error(…)`, `this.logger.warn(…)`,
 * `authLogger.debug(…)`, and the pino loggers frameworks hang on objects: `request.log.info(…)`,
 * `app.log.error(…)`, `ctx.logger.info(…)`.
 */
function isNamedLogger(receiver: Node): boolean {
  const n = unwrap(receiver);
  if (n.type === "Identifier") return loggerName(n.name) && n.name !== "console";
  if (n.type === "MemberExpression") {
    const name = memberName(n);
    if (name === null) return false;
    if (name === "log" || name === "logger") return true;
    return unwrap(n.object).type === "ThisExpression" && loggerName(name);
  }
  return false;
}

/**
 * `console`, or `logger.info(`, `this.log?.warn(`, `authLogger["debug"](`, `this["logger"].warn(`,
 * `LOGGER!.error(`: a receiver named …log / …logger / logging (one pass for both).
 */
const CONSOLE_OR_NAMED_LEVEL_CALL = /console|(?:log|Log|LOG)(?:ger|GER|ging|GING)?[\s!?)\]"'`]*(?:\.|\[|\.\[)\s*["'`]?(?:log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|critical|crit|alert|emerg)\b/u;
/** `(logger as Pino).info(`: a wrapped receiver; matched right after each `)` (sticky), which is faster than a search. */
const AFTER_WRAPPED_RECEIVER = /[\s!?]*(?:\.|\[|\.\[)\s*["'`]?(?:log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|critical|crit|alert|emerg)\b/uy;

function wrappedLevelCall(text: string): boolean {
  for (let at = text.indexOf(")"); at >= 0; at = text.indexOf(")", at + 1)) {
    AFTER_WRAPPED_RECEIVER.lastIndex = at + 1;
    if (AFTER_WRAPPED_RECEIVER.test(text)) return true;
  }
  return false;
}

const CONSOLE_OR_LOG = /console|[Ll]og|LOG/u;

/**
 * Cheap pre-check: `console`, or a level method called on a logger-named or wrapped receiver.
 * A receiver is a logger by a name with the word log / logger / logging, which `splitWords`
 * only reads from `log`, `Log` or `LOG`: without them (and without `console`) nothing can match.
 */
function mayLog(text: string): boolean {
  // One scan rules out most files; after it, a file without `console` spells log / Log / LOG.
  if (!CONSOLE_OR_LOG.test(text)) return false;
  return CONSOLE_OR_NAMED_LEVEL_CALL.test(text) || wrappedLevelCall(text);
}

/** True when the file may call `console` or a logger known by its name (see `findLogCalls`). */
export function mayLogByName(context: AnyContext): boolean {
  return mayLog(context.sourceCode.text);
}

/** True when the file may import or require a modelled logger library. */
export function mayImportLogger(context: AnyContext): boolean {
  return mentionsTrackedModule(context, LOGGER_TRACKER);
}

/** A call `x.m(…)` whose method is a console or logger level method (candidates for `findLogCalls`). */
export function isLogCallCandidate(node: TSESTree.CallExpression): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== "MemberExpression") return false;
  const method = memberName(callee);
  return method !== null && (CONSOLE_METHODS.has(method) || GENERIC_LEVELS.has(method));
}

const callCache = new WeakMap<object, Map<TSESTree.CallExpression, LogCall>>();

/**
 * Every call in the file that writes a log line. `candidates`: when the caller collected them,
 * the file's calls that pass `isLogCallCandidate`, in traversal order (empty when `mayLogByName`
 * is false); otherwise the indexed calls of the file are scanned.
 */
export function findLogCalls(context: AnyContext, candidates?: readonly TSESTree.CallExpression[]): Map<TSESTree.CallExpression, LogCall> {
  const ast = context.sourceCode.ast as object;
  const cached = callCache.get(ast);
  if (cached) return cached;
  const out = new Map<TSESTree.CallExpression, LogCall>();
  callCache.set(ast, out);
  const modules = moduleIndexOf(context, LOGGER_TRACKER);
  const add = (call: TSESTree.CallExpression, redact: readonly (readonly string[])[] = []): void => {
    if (out.has(call)) return;
    const args = call.arguments.map((argument) => (argument.type === "SpreadElement" ? argument.argument : argument));
    // The callee text is only needed for a report: computed on first read.
    let api: string | undefined;
    out.set(call, {
      node: call,
      get api() {
        return (api ??= shortText(context, call.callee));
      },
      args,
      redact,
    });
  };
  for (const api of LOGGER_APIS) {
    for (const call of modules.callsInto(api.module)) {
      if (call.kind === "call" && call.node.type === "CallExpression" && matchPath(api, call.path)) {
        add(call.node, api.pino ? pinoRedactions(context, creationOf(context, modules, call.callee)) : []);
      }
      // A logger kept in a class field: `private readonly logger = new Logger(X.name)`, `this.log = pino()`.
      const valuePath = call.kind === "new" ? [...call.path, INSTANCE] : [...call.path, RESULT];
      if (call.kind === "super" || !isLoggerValue(api, valuePath)) continue;
      const holder = classFieldHolder(call.node);
      if (!holder) continue;
      const redact = api.pino ? pinoRedactions(context, call.node) : [];
      walk(context.sourceCode, holder.cls, (node) => {
        if (node.type !== "CallExpression") return;
        const callee = unwrap(node.callee);
        if (callee.type !== "MemberExpression") return;
        const object = unwrap(callee.object);
        if (object.type !== "MemberExpression" || unwrap(object.object).type !== "ThisExpression" || memberName(object) !== holder.name) return;
        const method = memberName(callee);
        if (method !== null && (api.methods.has(method) || api.children?.has(method))) add(node, redact);
      });
    }
  }
  // console.* and loggers known by a name with "log" in it (`logger`, `this.log`, `authLogger`).
  const scanned = candidates ?? (mayLog(context.sourceCode.text) ? indexedNodes(context, ["CallExpression"]) : []);
  for (const node of scanned) {
    if (node.type !== "CallExpression" || out.has(node)) continue;
    const callee = unwrap(node.callee);
    if (callee.type !== "MemberExpression") continue;
    const method = memberName(callee);
    if (method === null) continue;
    if (CONSOLE_METHODS.has(method) && isGlobalRef(context, callee.object, "console")) {
      add(node);
      continue;
    }
    if (GENERIC_LEVELS.has(method) && isNamedLogger(callee.object) && !modules.resolve(unwrap(callee.object))) add(node);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a log call prints
// ---------------------------------------------------------------------------------------------

export interface PrintedValue {
  /** The expression whose value is printed. */
  node: Node;
  /** The name it is printed under: the object key (`{ token: t }`) or the `key=` before it in a message. */
  key?: string;
  /** Where the key comes from: an object property, or the text of a message (`"token=" + t`, `` `Token: ${t}` ``). */
  keySource?: "property" | "message";
  /** Object keys from the argument down to the value (for pino `redact`). */
  path: readonly string[];
}

/** Calls that print a masked or partial form: `mask(token)`, `redact(x)`, `hash(x)`, `token.slice(0, 6)`. */
const MASKING_WORDS = new Set(["mask", "masked", "redact", "redacted", "obfuscate", "censor", "anonymize", "anonymise", "hash", "sha256", "digest", "truncate", "fingerprint", "hide", "scrub", "sanitize", "sanitise"]);
const PARTIAL_METHODS = new Set(["slice", "substring", "substr", "at", "charAt", "startsWith", "endsWith", "includes", "indexOf", "split", "match", "test"]);
/** Calls that print their argument as it is. */
const PRINTING_METHODS = new Set(["toString", "trim", "trimStart", "trimEnd", "toUpperCase", "toLowerCase", "valueOf", "normalize", "concat"]);
const PRINTING_FUNCTIONS = new Set(["String", "inspect", "format", "encodeURIComponent", "encodeURI"]);
/** Properties that describe a value without printing it. */
const DESCRIPTIVE_PROPERTIES = new Set(["length", "size", "byteLength", "constructor", "name"]);


function calleeWords(callee: Node): string[] {
  const n = unwrap(callee);
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" ? memberName(n) : null;
  return name ? splitWords(name) : [];
}

/**
 * The values a logged argument prints: the argument itself, the values interpolated into a
 * message, object properties (at any depth), array elements, both branches of `a ? b : c` and
 * `a ?? b`, the argument of `JSON.stringify` / `String` / `util.inspect`. Values that only
 * describe a credential are not printed values: `token.length`, `typeof token`, `!!token`,
 * comparisons, and masked or partial forms (`mask(token)`, `token.slice(0, 4)`).
 */
export function printedValues(context: AnyContext, node: Node, path: readonly string[] = [], key?: string, depth = 0, keySource: "property" | "message" = "property"): PrintedValue[] {
  if (depth > 10) return [];
  const n = unwrap(node);
  const leaf = (): PrintedValue[] => [{ node: n, key, path, ...(key !== undefined ? { keySource } : {}) }];
  switch (n.type) {
    case "ChainExpression":
      return printedValues(context, n.expression, path, key, depth + 1);
    case "AwaitExpression":
      return printedValues(context, n.argument, path, key, depth + 1);
    case "Literal":
    case "UnaryExpression":
    case "UpdateExpression":
    case "ArrowFunctionExpression":
    case "FunctionExpression":
    case "ClassExpression":
    case "JSXElement":
    case "JSXFragment":
    case "TaggedTemplateExpression":
    case "ThisExpression":
    case "MetaProperty":
      return [];
    case "TemplateLiteral":
    case "BinaryExpression": {
      if (n.type === "BinaryExpression" && n.operator !== "+") return [];
      const out: PrintedValue[] = [];
      let before = "";
      for (const part of stringParts(context, n)) {
        if (part.kind === "text") {
          before += part.text;
          continue;
        }
        const tail = before.slice(-80);
        const key = /\bbearer\s+$/iu.test(tail) ? "bearer" : assignedKeyBefore(tail);
        out.push(...printedValues(context, part.node, path, key, depth + 1, "message"));
        before = "";
      }
      return out;
    }
    case "LogicalExpression":
      if (n.operator === "&&") return printedValues(context, n.right, path, key, depth + 1);
      return [...printedValues(context, n.left, path, key, depth + 1), ...printedValues(context, n.right, path, key, depth + 1)];
    case "ConditionalExpression":
      return [...printedValues(context, n.consequent, path, key, depth + 1), ...printedValues(context, n.alternate, path, key, depth + 1)];
    case "SequenceExpression":
      return printedValues(context, n.expressions[n.expressions.length - 1], path, key, depth + 1);
    case "ObjectExpression": {
      const out: PrintedValue[] = [];
      for (const property of n.properties) {
        if (property.type === "SpreadElement") {
          out.push(...printedValues(context, property.argument, path, undefined, depth + 1));
          continue;
        }
        if (property.kind !== "init" || property.method) continue;
        let name = staticKeyName(property.key, property.computed);
        if (name === null && property.computed) name = staticString(context, property.key) ?? null;
        out.push(...printedValues(context, property.value, name === null ? path : [...path, name], name ?? undefined, depth + 1));
      }
      return out;
    }
    case "ArrayExpression":
      return n.elements.flatMap((element) => (element ? printedValues(context, element.type === "SpreadElement" ? element.argument : element, path, key, depth + 1) : []));
    case "CallExpression": {
      const callee = unwrap(n.callee);
      const words = calleeWords(callee);
      if (words.some((word) => MASKING_WORDS.has(word))) return [];
      const first = n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? n.arguments[0] : undefined;
      if (callee.type === "MemberExpression") {
        const method = memberName(callee);
        if (method === "stringify" && isGlobalRef(context, callee.object, "JSON")) return first ? printedValues(context, first, path, key, depth + 1) : [];
        if (method !== null && PARTIAL_METHODS.has(method)) return [];
        if (method !== null && PRINTING_METHODS.has(method)) return printedValues(context, callee.object, path, key, depth + 1);
        if (method === "inspect" || method === "format") return n.arguments.flatMap((arg) => (arg.type === "SpreadElement" ? [] : printedValues(context, arg, path, key, depth + 1)));
      } else if (callee.type === "Identifier" && PRINTING_FUNCTIONS.has(callee.name)) {
        return n.arguments.flatMap((arg) => (arg.type === "SpreadElement" ? [] : printedValues(context, arg, path, key, depth + 1)));
      }
      return leaf();
    }
    case "MemberExpression": {
      const name = memberName(n);
      if (name !== null && DESCRIPTIVE_PROPERTIES.has(name)) return [];
      return leaf();
    }
    case "Identifier":
      if (n.name === "undefined") return [];
      return leaf();
    case "NewExpression": {
      // `new Error(\`bad token ${token}\`)`: the message is printed with the error.
      const callee = unwrap(n.callee);
      if (callee.type === "Identifier" && /Error$/u.test(callee.name)) {
        return n.arguments.flatMap((arg) => (arg.type === "SpreadElement" ? [] : printedValues(context, arg, path, key, depth + 1)));
      }
      return [];
    }
    default:
      return [];
  }
}

/**
 * False when no member of the text can be a `requestSecretHolder`: its `cookies` /
 * `signedCookies` spell a credential word (`mayNameCredential`), so only `headers` is looked for.
 */
export function mayNameRequestHeaders(text: string): boolean {
  return HEADERS_TEXT.in(text);
}

const HEADERS_TEXT = textSearch("headers");

/** Request objects whose whole headers / cookies are printed: `req.headers`, `ctx.request.headers`, `ctx.headers`, `req.cookies`. */
export function requestSecretHolder(context: AnyContext, node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== "MemberExpression") return undefined;
  const name = memberName(n);
  if (name !== "headers" && name !== "cookies" && name !== "signedCookies") return undefined;
  const owner = unwrap(n.object);
  const role = httpRole(context, owner);
  const isRequest =
    role === "request" ||
    (role === "context" && name === "headers") ||
    (owner.type === "MemberExpression" && memberName(owner) === "request" && httpRole(context, owner.object) === "context");
  if (!isRequest) return undefined;
  return name === "headers" ? "the request headers (with Authorization and Cookie)" : "the request cookies";
}
