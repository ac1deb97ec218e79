/**
 * Anything in `localStorage` / `sessionStorage` (and IndexedDB) is readable by every script that
 * runs on the origin, so one XSS bug or one compromised dependency takes the session with it.
 * This rule reports credentials written there: directly (`setItem`, property and index
 * assignment, `Object.assign`), through storage libraries and hooks, through persisted state
 * (redux-persist, zustand `persist`), and through a same-file wrapper function. A write is a
 * credential write when its key names a credential or its value is one (see
 * `src/analysis/credentials.ts`); CSRF tokens, expiry times and preferences are left alone.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentAt, isFunction, memberName, staticKeyName, unwrap, walk } from "../src/analysis/ast.js";
import { credentialIn, credentialWrite, storesNothing } from "../src/analysis/credentials.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { callSitesOf, functionName, isGlobalMember, variableOf, type FunctionNode } from "../src/analysis/flow.js";
import { mentionsTrackedModule, moduleIndexOf } from "../src/analysis/module-gate.js";
import { credentialNameVerdict, splitWords } from "../src/analysis/names.js";
import { arrayElements, readProperty, resolveFunction, staticString } from "../src/analysis/values.js";
import { returnedExpression } from "../src/models/jwt.js";
import {
  COMBINE_REDUCERS,
  DEXIE_MODULE,
  DEXIE_TRACKER,
  DEXIE_WRITE_METHODS,
  INDEXED_DB_WRITE_METHODS,
  REDUX_PERSIST,
  REDUX_PERSIST_STORAGE_MODULES,
  REDUX_PERSIST_WEB_STORAGE_FACTORIES,
  STORAGE_METHODS,
  STORAGE_ENTRY_TRACKER,
  STORAGE_TRACKER,
  ZUSTAND_JSON_STORAGE,
  ZUSTAND_PERSIST,
  findStorageHooks,
  findStorageWrites,
  readArgument,
  webStorageArea,
  type StorageHookApi,
  type WebStorageArea,
} from "../src/models/storage.js";

export type Options = [];
export type MessageIds = "storage";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Node = TSESTree.Node;

/** One write into client storage. */
interface Write {
  /** Where to report. */
  report: Node;
  /** Where it goes, for the message. */
  area: string;
  /** The key expression, or the key spelled as a property name (`localStorage.token`). */
  key?: Node;
  keyName?: string;
  /** The stored value. */
  value?: Node;
  /** An IndexedDB store / Dexie table name: only evidence for, never against, a credential. */
  container?: Node | string;
}

/** Words around a reducer's name that do not change what it holds: `authReducer`, `authSlice.reducer`. */
const REDUCER_WORDS = new Set(["reducer", "reducers", "slice", "state", "persisted", "persist", "root"]);

export default createRule<MessageIds, Options>({
  name: "no-token-in-web-storage",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing access tokens, session ids and other credentials to localStorage, sessionStorage or IndexedDB",
      recommended: "recommended",
      owasp: ["session#the-localstorage-api", "session#html5-web-storage-api", "session#web-workers", "html5#local-storage"],
      cwe: [922],
      asvs: ["v5.0.0-14.3.3", "v5.0.0-10.1.1", "v4.0.3-8.2.2"],
      securitySeverity: 6.5,
    },
    schema: [],
    messages: {
      storage:
        "{{credential}} is written to {{storage}}, where any script on the page can read it: keep it in memory or let the server set an HttpOnly cookie.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report names a credential (`credentialIn` / `credentialWrite`), which a file that
    // spells no credential word cannot hold: the shared per-file test first.
    if (!mayNameCredential(context)) return {};
    const reported = new Set<Node>();

    function report(node: Node, description: string, area: string): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId: "storage", data: { credential: capitalize(description), storage: area } });
    }

    function check(write: Write): void {
      const description = assess(context, write);
      if (description) {
        report(write.report, description, write.area);
        return;
      }
      viaWrapper(context, write, report);
    }

    // Cheap file-level pre-checks: Web Storage is reached through a `localStorage` /
    // `sessionStorage` name, IndexedDB stores through `objectStore(…)`, the libraries through an
    // import of a modelled module, Dexie tables through `dexie` or a database imported from a local module.
    const text = context.sourceCode.text;
    const { webStorage: mayUseWebStorage, indexedDb: mayUseIndexedDb } = storageNames(text);
    const mayUseLibrary = mentionsTrackedModule(context, STORAGE_ENTRY_TRACKER);
    const importsLocalDb = mayImportLocalDatabase(context);
    const mayUseDexie = importsLocalDb || (mayUseLibrary && mentionsTrackedModule(context, DEXIE_TRACKER));
    if (!mayUseWebStorage && !mayUseIndexedDb && !mayUseLibrary && !mayUseDexie) return {};
    /** Dexie table write candidates (`x.y.put(…)`, `x.table(…).add(…)`), in traversal order. */
    const dexieCalls: TSESTree.CallExpression[] = [];

    const listeners: TSESLint.RuleListener = {
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (callee.type !== "MemberExpression") return;
        if (mayUseDexie && DEXIE_WRITE_METHODS.has(memberName(callee) ?? "")) dexieCalls.push(node);
        if (!mayUseWebStorage && !mayUseIndexedDb) return;
        // localStorage.setItem(key, value)
        if (memberName(callee) === "setItem") {
          const area = webStorageArea(context, callee.object);
          if (area) check({ report: callee, area, key: argumentAt(node, 0), value: argumentAt(node, 1) });
          return;
        }
        // Object.assign(localStorage, { token })
        if (isGlobalMember(context, callee, "Object", "assign")) {
          const target = argumentAt(node, 0);
          const area = target ? webStorageArea(context, target) : undefined;
          if (!area) return;
          for (const source of node.arguments.slice(1)) {
            const object = unwrap(source.type === "SpreadElement" ? source.argument : source);
            if (object.type === "ObjectExpression") {
              for (const property of object.properties) {
                if (property.type === "SpreadElement") {
                  check({ report: callee, area, value: property.argument });
                  continue;
                }
                const keyName = staticKeyName(property.key, property.computed) ?? undefined;
                check({ report: callee, area, ...(keyName === undefined ? { key: property.key } : { keyName }), value: property.value });
              }
            } else {
              check({ report: callee, area, value: object });
            }
          }
          return;
        }
        // IndexedDB: tx.objectStore("auth").put(value, key)
        const method = memberName(callee);
        if (method && INDEXED_DB_WRITE_METHODS.has(method)) {
          const store = objectStoreName(context, callee.object);
          if (store) check({ report: callee, area: "IndexedDB", value: argumentAt(node, 0), key: argumentAt(node, 1), container: store });
        }
      },
      AssignmentExpression(node) {
        if (node.operator !== "=" && node.operator !== "||=" && node.operator !== "??=") return;
        const left = unwrap(node.left);
        if (left.type !== "MemberExpression") return;
        const area = webStorageArea(context, left.object);
        if (!area) return;
        const name = memberName(left);
        if (name !== null && STORAGE_METHODS.has(name)) return;
        if (!left.computed) check({ report: left, area, keyName: name ?? undefined, value: node.right });
        else check({ report: left, area, key: left.property, value: node.right });
      },
      "Program:exit"() {
        if (!mayUseLibrary) {
          checkDexie(context, dexieCalls, false, importsLocalDb, check);
          return;
        }
        for (const { api, call } of findStorageWrites(context)) {
          const node = call.node;
          if (api.record) {
            const record = readArgument(context, node, api.record);
            if (record) check({ report: call.callee, area: api.area, value: record });
            continue;
          }
          if (api.entries) {
            const list = readArgument(context, node, api.entries);
            const pairs = list ? arrayElements(context, list) : undefined;
            for (const pair of pairs?.elements ?? []) {
              const tuple = unwrap(pair.node);
              if (tuple.type !== "ArrayExpression") continue;
              const [key, value] = tuple.elements;
              check({
                report: call.callee,
                area: api.area,
                ...(key && key.type !== "SpreadElement" ? { key } : {}),
                ...(value && value.type !== "SpreadElement" ? { value } : {}),
              });
            }
            continue;
          }
          const key = api.key ? readArgument(context, node, api.key) : undefined;
          const value = api.value ? readArgument(context, node, api.value) : undefined;
          if (api.module === "idb") check({ report: call.callee, area: api.area, container: key, value, key: argumentAt(node, 2) });
          else check({ report: call.callee, area: api.area, key, value });
        }
        for (const hook of findStorageHooks(context)) checkHook(context, hook.api, hook.call.node, hook.call.callee, report);
        if (mayUseDexie) checkDexie(context, dexieCalls, true, importsLocalDb, check);
        checkReduxPersist(context, report);
        checkZustandPersist(context, report);
      },
    };
    if (!mayUseWebStorage) delete listeners.AssignmentExpression;
    if (!mayUseWebStorage && !mayUseIndexedDb && !mayUseDexie) delete listeners.CallExpression;
    if (!mayUseLibrary && !mayUseDexie) delete listeners["Program:exit"];
    return listeners;
  },
});

/**
 * Whether the text spells `localStorage` / `sessionStorage`, and `objectStore`. Found through the
 * occurrences of `Stor`: a short pattern with a rare first letter is searched far faster than the
 * names themselves.
 */
function storageNames(text: string): { webStorage: boolean; indexedDb: boolean } {
  let webStorage = false;
  let indexedDb = false;
  for (let at = text.indexOf("Stor"); at >= 0 && !(webStorage && indexedDb); at = text.indexOf("Stor", at + 4)) {
    if (text.startsWith("Storage", at) && ((at >= 5 && text.startsWith("local", at - 5)) || (at >= 7 && text.startsWith("session", at - 7)))) webStorage = true;
    else if (at >= 6 && text.startsWith("objectStore", at - 6)) indexedDb = true;
  }
  return { webStorage, indexedDb };
}

function capitalize(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Deciding whether a write stores a credential
// ---------------------------------------------------------------------------------------------

/** The credential description of a write, or undefined when it stores none. */
function assess(context: Context, write: Write): string | undefined {
  const found = credentialWrite(context, {
    ...(write.key ? { key: write.key } : {}),
    ...(write.keyName !== undefined ? { keyName: write.keyName } : {}),
    ...(write.value ? { value: write.value } : {}),
  });
  if (found) return found.description;
  if (write.container === undefined) return undefined;
  // An IndexedDB store / Dexie table named for credentials, with a value that is not known to be empty.
  if (write.value && storesNothing(context, write.value)) return undefined;
  const container = credentialWrite(context, typeof write.container === "string" ? { keyName: write.container } : { key: write.container });
  return container?.origin === "name" ? container.description : undefined;
}

// ---------------------------------------------------------------------------------------------
// One level of same-file wrapper: saveToken(t) { localStorage.setItem(KEY, t) } … saveToken(res.data.token)
// ---------------------------------------------------------------------------------------------

function viaWrapper(context: Context, write: Write, report: (node: Node, description: string, area: string) => void): void {
  const fn = innermostFunction(write.report);
  if (!fn) return;
  const valueParam = write.value ? parameterCarried(context, fn, write.value) : undefined;
  const keyParam = write.key ? parameterCarried(context, fn, write.key) : undefined;
  if (valueParam === undefined && keyParam === undefined) return;
  for (const call of wrapperCalls(context, fn)) {
    const key = keyParam !== undefined ? argumentAt(call, keyParam) : write.key;
    const value = valueParam !== undefined ? argumentAt(call, valueParam) : write.value;
    const description = assess(context, { ...write, report: call.callee, ...(key ? { key } : {}), ...(value ? { value } : {}) });
    if (description) report(call.callee, description, write.area);
  }
}

function innermostFunction(node: Node): FunctionNode | undefined {
  let current: Node | undefined = node.parent;
  while (current) {
    if (isFunction(current)) return current as FunctionNode;
    current = current.parent;
  }
  return undefined;
}

/** The index of the parameter whose value the expression stores: `t`, `JSON.stringify(t)`, `String(t)`, `` `${t}` ``. */
function parameterCarried(context: Context, fn: FunctionNode, node: Node, depth = 0): number | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  if (n.type === "Identifier") {
    const variable = variableOf(context, n);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def || def.type !== "Parameter" || def.node !== fn) return undefined;
    const index = fn.params.findIndex((param) => {
      const inner = param.type === "TSParameterProperty" ? param.parameter : param;
      const id = inner.type === "AssignmentPattern" ? inner.left : inner;
      return id === variable!.identifiers[0];
    });
    return index >= 0 ? index : undefined;
  }
  if (n.type === "CallExpression" && n.arguments.length === 1 && n.arguments[0].type !== "SpreadElement") {
    const callee = unwrap(n.callee);
    if (isGlobalMember(context, callee, "JSON", "stringify") || (callee.type === "Identifier" && (callee.name === "String" || callee.name === "btoa"))) {
      return parameterCarried(context, fn, n.arguments[0], depth + 1);
    }
  }
  if (n.type === "TemplateLiteral" && n.expressions.length === 1) return parameterCarried(context, fn, n.expressions[0], depth + 1);
  return undefined;
}

/** Same-file calls of a wrapper: by its name, `this.method(…)` inside its class, `holder.method(…)` of a constant object literal. */
function wrapperCalls(context: Context, fn: FunctionNode): TSESTree.CallExpression[] {
  const direct = callSitesOf(context, fn);
  if (direct.length > 0) return direct;
  const name = functionName(fn);
  const owner = fn.parent;
  if (!name || !owner) return [];
  const out: TSESTree.CallExpression[] = [];
  if (owner.type === "MethodDefinition" || owner.type === "PropertyDefinition") {
    const classBody = owner.parent;
    if (!classBody) return [];
    walk(context.sourceCode, classBody, (inner) => {
      if (inner.type !== "CallExpression") return;
      const callee = unwrap(inner.callee);
      if (callee.type === "MemberExpression" && unwrap(callee.object).type === "ThisExpression" && memberName(callee) === name) out.push(inner);
    });
    return out;
  }
  if (owner.type === "Property" && owner.parent?.type === "ObjectExpression") {
    const holder = owner.parent.parent;
    if (holder?.type !== "VariableDeclarator" || holder.id.type !== "Identifier") return [];
    const variable = context.sourceCode.getDeclaredVariables(holder).find((v) => v.name === (holder.id as TSESTree.Identifier).name);
    for (const reference of variable?.references ?? []) {
      const member = (reference.identifier as Node).parent;
      const call = member?.parent;
      if (member?.type === "MemberExpression" && memberName(member) === name && call?.type === "CallExpression" && call.callee === member) out.push(call);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// IndexedDB and Dexie
// ---------------------------------------------------------------------------------------------

/** The store name of `tx.objectStore("auth")` (through constants), or undefined when the receiver is not an object store. */
function objectStoreName(context: Context, node: Node, depth = 0): Node | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  if (n.type === "Identifier") {
    const variable = variableOf(context, n);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    const init = def?.type === "Variable" ? (def.node as TSESTree.VariableDeclarator).init : undefined;
    return init ? objectStoreName(context, init, depth + 1) : undefined;
  }
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrap(n.callee);
  if (callee.type !== "MemberExpression" || memberName(callee) !== "objectStore") return undefined;
  return argumentAt(n, 0) ?? callee;
}

function checkDexie(context: Context, calls: readonly TSESTree.CallExpression[], mayUseLibrary: boolean, importsLocalDb: boolean, check: (write: Write) => void): void {
  const importsDexie = mayUseLibrary && moduleIndexOf(context, STORAGE_TRACKER).imports(DEXIE_MODULE);
  // Without Dexie, only a database imported from a local module counts (isDexieDatabase).
  if (!importsDexie && !importsLocalDb) return;
  for (const node of calls) {
    const callee = unwrap(node.callee) as TSESTree.MemberExpression;
    const table = unwrap(callee.object);
    let tableName: Node | string | undefined;
    let root: Node | undefined;
    if (table.type === "MemberExpression" && !table.computed) {
      tableName = memberName(table) ?? undefined;
      root = unwrap(table.object);
    } else if (table.type === "CallExpression") {
      const tableCallee = unwrap(table.callee);
      if (tableCallee.type === "MemberExpression" && memberName(tableCallee) === "table") {
        tableName = argumentAt(table, 0);
        root = unwrap(tableCallee.object);
      }
    }
    if (tableName === undefined || !root || !isDexieDatabase(context, root, importsDexie)) continue;
    check({ report: callee, area: "IndexedDB (Dexie)", value: argumentAt(node, 0), container: tableName });
  }
}

function importsLocalDatabase(statement: TSESTree.ProgramStatement): boolean {
  return (
    statement.type === "ImportDeclaration" &&
    typeof statement.source.value === "string" &&
    statement.source.value.startsWith(".") &&
    statement.specifiers.some((specifier) => DATABASE_NAME.test(specifier.local.name))
  );
}

const DATABASE_NAME = /(?:^|[a-z_])(?:db|DB|Db|database|Database)$/u;
const DATABASE_WORD = /\b(?:db|database)\b/iu;

/** A database object imported from a local module (`import { db } from "./db"`), and the word `db` / `database` in the text. */
function mayImportLocalDatabase(context: Context): boolean {
  return context.sourceCode.ast.body.some(importsLocalDatabase) && DATABASE_WORD.test(context.sourceCode.text);
}

/** `db` in `db.tokens.put(…)`: this file imports Dexie, or `db` is a database object imported from a local module. */
function isDexieDatabase(context: Context, root: Node, importsDexie: boolean): boolean {
  if (root.type === "ThisExpression") return importsDexie;
  if (root.type !== "Identifier") return false;
  if (importsDexie) return true;
  if (!DATABASE_NAME.test(root.name)) return false;
  const def = variableOf(context, root)?.defs[0];
  if (def?.type !== "ImportBinding") return false;
  const declaration = def.parent as TSESTree.ImportDeclaration | undefined;
  return typeof declaration?.source.value === "string" && declaration.source.value.startsWith(".");
}

// ---------------------------------------------------------------------------------------------
// Storage hooks
// ---------------------------------------------------------------------------------------------

function checkHook(
  context: Context,
  api: StorageHookApi,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: Node,
  report: (node: Node, description: string, area: string) => void,
): void {
  let area: WebStorageArea = api.area;
  if (api.storageArgument !== undefined) {
    const storage = argumentAt(call, api.storageArgument);
    if (storage) {
      const given = webStorageArea(context, storage);
      if (!given) return;
      area = given;
    }
  }
  const label = `${area} (${api.module.split("/")[0]} ${api.name})`;
  const key = readArgument(context, call, api.key);
  const keyed = key ? { key } : {};
  // The key names a credential: whatever the hook stores there is one.
  const slot = credentialWrite(context, keyed);
  if (slot) {
    report(callee, slot.description, label);
    return;
  }
  const initial = api.initial ? readArgument(context, call, api.initial) : undefined;
  const first = initial ? credentialWrite(context, { ...keyed, value: initial }) : undefined;
  if (first) {
    report(callee, first.description, label);
    return;
  }
  for (const { node, value } of hookWrites(context, api, call)) {
    const found = credentialWrite(context, { ...keyed, value });
    if (found) report(node, found.description, label);
  }
}

/** Writes through the hook's result: the tuple's setter `setToken(value)`, or `ref.value = value`. */
function hookWrites(context: Context, api: StorageHookApi, call: TSESTree.CallExpression | TSESTree.NewExpression): { node: Node; value: Node }[] {
  let holder: Node = call;
  while (holder.parent && (holder.parent.type === "TSAsExpression" || holder.parent.type === "TSNonNullExpression")) holder = holder.parent;
  const declarator = holder.parent;
  if (declarator?.type !== "VariableDeclarator" || declarator.init !== holder) return [];
  let target: Node | undefined;
  if (api.writes === "tuple") {
    if (declarator.id.type !== "ArrayPattern") return [];
    const setter = declarator.id.elements[1];
    target = setter && setter.type === "Identifier" ? setter : undefined;
  } else if (declarator.id.type === "Identifier") {
    target = declarator.id;
  }
  if (!target) return [];
  const variable = context.sourceCode.getDeclaredVariables(declarator).find((v) => v.identifiers.includes(target as never));
  const out: { node: Node; value: Node }[] = [];
  for (const reference of variable?.references ?? []) {
    if (reference.init) continue;
    const identifier = reference.identifier as Node;
    const parent = identifier.parent;
    if (api.writes === "tuple") {
      if (parent?.type === "CallExpression" && parent.callee === identifier) {
        const value = argumentAt(parent, 0);
        if (value && !isFunction(unwrap(value))) out.push({ node: parent.callee, value });
      }
    } else if (parent?.type === "MemberExpression" && parent.object === identifier && memberName(parent) === "value") {
      const assignment = parent.parent;
      if (assignment?.type === "AssignmentExpression" && assignment.left === parent) out.push({ node: parent, value: assignment.right });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Persisted state
// ---------------------------------------------------------------------------------------------

function checkReduxPersist(context: Context, report: (node: Node, description: string, area: string) => void): void {
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  if (!index.imports(REDUX_PERSIST.module)) return;
  for (const call of index.calls(REDUX_PERSIST.module, REDUX_PERSIST.path)) {
    const config = argumentAt(call.node, REDUX_PERSIST.config);
    const reducer = argumentAt(call.node, REDUX_PERSIST.reducer);
    if (!config) continue;
    const storage = readProperty(context, config, "storage");
    if (storage.kind !== "present") continue;
    const area = reduxStorageArea(context, storage.node);
    if (!area) continue;
    const whitelist = stringList(context, readProperty(context, config, "whitelist"));
    const blacklist = stringList(context, readProperty(context, config, "blacklist"));
    if (whitelist === null || blacklist === null) continue;
    if (blacklist?.some((name) => credentialNameVerdict(name) === "credential")) continue;
    const label = `${area} (redux-persist)`;
    if (whitelist) {
      const persisted = whitelist.find((name) => credentialNameVerdict(name) === "credential");
      if (persisted) report(call.callee, `the persisted "${persisted}" state`, label);
      continue;
    }
    const keyValue = readProperty(context, config, "key");
    const keyName = keyValue.kind === "present" ? staticString(context, keyValue.node) : undefined;
    if (keyName && credentialNameVerdict(keyName) === "credential") {
      report(call.callee, `the persisted "${keyName}" state`, label);
      continue;
    }
    const slice = reducer ? credentialSlice(context, reducer) : undefined;
    if (slice) report(call.callee, `the persisted "${slice}" state`, label);
  }
}

/** `storage` (redux-persist/lib/storage), `storageSession`, `createWebStorage("local")`. */
function reduxStorageArea(context: Context, node: Node): WebStorageArea | undefined {
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  const n = unwrap(node);
  const resolved = index.resolve(n);
  if (resolved && resolved.path.length === 0) return REDUX_PERSIST_STORAGE_MODULES.get(resolved.module);
  if (n.type === "CallExpression") {
    const factory = index.resolve(unwrap(n.callee));
    if (factory && REDUX_PERSIST_WEB_STORAGE_FACTORIES.includes(factory.module) && factory.path.length === 0) {
      const kind = argumentAt(n, 0);
      const value = kind ? staticString(context, kind) : undefined;
      return value === "local" ? "localStorage" : value === "session" ? "sessionStorage" : undefined;
    }
  }
  if (n.type === "Identifier") {
    const def = variableOf(context, n)?.defs[0];
    const init = def?.type === "Variable" ? (def.node as TSESTree.VariableDeclarator).init : undefined;
    if (init && init !== n) return reduxStorageArea(context, init);
  }
  return undefined;
}

/** Static string entries of a list option; undefined when absent, null when unknown. */
function stringList(context: Context, found: ReturnType<typeof readProperty>): string[] | undefined | null {
  if (found.kind === "absent") return undefined;
  if (found.kind === "unknown") return null;
  const list = arrayElements(context, found.node);
  if (!list || !list.complete) return null;
  return list.elements.map((element) => element.value?.value).filter((value): value is string => typeof value === "string");
}

/** The credential-named slice a reducer holds: `authReducer`, `authSlice.reducer`, `combineReducers({ auth, cart })`. */
function credentialSlice(context: Context, reducer: Node): string | undefined {
  const n = unwrap(reducer);
  if (n.type === "CallExpression") {
    const index = moduleIndexOf(context, STORAGE_TRACKER);
    const resolved = index.resolve(unwrap(n.callee));
    const combines = resolved && COMBINE_REDUCERS.some((api) => api.module === resolved.module && api.path.join(".") === resolved.path.join("."));
    const slices = combines ? argumentAt(n, 0) : undefined;
    const object = slices ? unwrap(slices) : undefined;
    if (object?.type !== "ObjectExpression") return undefined;
    for (const property of object.properties) {
      if (property.type !== "Property") continue;
      const name = staticKeyName(property.key, property.computed);
      if (name && credentialNameVerdict(name) === "credential") return name;
    }
    return undefined;
  }
  const names = n.type === "Identifier" ? [n.name] : n.type === "MemberExpression" ? [memberName(n) ?? "", n.object.type === "Identifier" ? n.object.name : ""] : [];
  for (const name of names) {
    const words = splitWords(name).filter((word) => !REDUCER_WORDS.has(word));
    if (words.length > 0 && credentialNameVerdict(words.join("_")) === "credential") return words.join("_");
  }
  if (n.type === "Identifier") {
    const def = variableOf(context, n)?.defs[0];
    const init = def?.type === "Variable" ? (def.node as TSESTree.VariableDeclarator).init : undefined;
    if (init) return credentialSlice(context, init);
  }
  return undefined;
}

function checkZustandPersist(context: Context, report: (node: Node, description: string, area: string) => void): void {
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  for (const module of ZUSTAND_PERSIST.modules) {
    if (!index.imports(module)) continue;
    for (const call of index.calls(module, ZUSTAND_PERSIST.path)) {
      const creator = argumentAt(call.node, ZUSTAND_PERSIST.creator);
      const options = argumentAt(call.node, ZUSTAND_PERSIST.options);
      if (!creator) continue;
      let area: WebStorageArea = ZUSTAND_PERSIST.defaultArea;
      if (options) {
        const storage = readProperty(context, options, "storage");
        if (storage.kind === "unknown") continue;
        if (storage.kind === "present") {
          const given = zustandStorageArea(context, storage.node);
          if (!given) continue;
          area = given;
        }
      }
      const state = stateObject(context, creator);
      if (!state) continue;
      const field = credentialFields(state)[0];
      if (!field) continue;
      if (options) {
        const partialize = readProperty(context, options, "partialize");
        if (partialize.kind === "unknown") continue;
        if (partialize.kind === "present") {
          const persisted = stateObject(context, partialize.node);
          if (!persisted) continue;
          const kept = credentialFields(persisted, true)[0] ?? persistedCredential(context, persisted, field);
          if (!kept) continue;
          report(call.callee, `the persisted "${kept}" state`, `${area} (zustand persist)`);
          continue;
        }
      }
      report(call.callee, `the persisted "${field}" state`, `${area} (zustand persist)`);
    }
  }
}

/** `createJSONStorage(() => sessionStorage)`. */
function zustandStorageArea(context: Context, node: Node): WebStorageArea | undefined {
  const n = unwrap(node);
  if (n.type !== "CallExpression") return undefined;
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  const resolved = index.resolve(unwrap(n.callee));
  if (!resolved || resolved.module !== ZUSTAND_JSON_STORAGE.module || resolved.path.join(".") !== ZUSTAND_JSON_STORAGE.path.join(".")) return undefined;
  const getter = argumentAt(n, 0);
  const fn = getter ? resolveFunction(context, getter) : undefined;
  const returned = fn ? returnedExpression(fn) : undefined;
  return returned ? webStorageArea(context, returned) : undefined;
}

/** The object a state creator / partialize function returns. */
function stateObject(context: Context, node: Node): TSESTree.ObjectExpression | undefined {
  const fn = resolveFunction(context, node);
  const returned = fn ? returnedExpression(fn) : undefined;
  const object = returned ? unwrap(returned) : undefined;
  return object?.type === "ObjectExpression" ? object : undefined;
}

/** Credential-named state fields that hold data (not actions): `token: null`, `accessToken: ""`. */
function credentialFields(object: TSESTree.ObjectExpression, skipEmpty = false): string[] {
  const out: string[] = [];
  for (const property of object.properties) {
    if (property.type !== "Property" || property.method || isFunction(unwrap(property.value))) continue;
    if (skipEmpty && isEmpty(property.value)) continue;
    const name = staticKeyName(property.key, property.computed);
    if (name && credentialNameVerdict(name) === "credential") out.push(name);
  }
  return out;
}

function isEmpty(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === "Identifier" && n.name === "undefined") || (n.type === "Literal" && n.value === null);
}

/**
 * A partialize result that keeps a credential: under another name (`({ t: state.token })`), or
 * by spreading the whole state without blanking the credential fields (`({ ...state })`).
 */
function persistedCredential(context: Context, object: TSESTree.ObjectExpression, field: string): string | undefined {
  let spread = false;
  const blanked = new Set<string>();
  for (const property of object.properties) {
    if (property.type === "SpreadElement") {
      spread = true;
      continue;
    }
    const name = staticKeyName(property.key, property.computed);
    if (name && isEmpty(property.value)) {
      blanked.add(name);
      continue;
    }
    const found = credentialIn(context, property.value);
    if (found) return found.name;
  }
  return spread && !blanked.has(field) ? field : undefined;
}
