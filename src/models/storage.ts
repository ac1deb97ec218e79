/**
 * Client-side storage as data: the browser's Web Storage, the libraries that wrap it or
 * IndexedDB, storage hooks, persisted state managers, and the libraries that write cookies
 * from script. Rules read this; they never name a module themselves.
 *
 * Checked against the libraries' README / type declarations (2026-11):
 * localforage 1.10, store2 2.14, store (store.js) 2.0, idb-keyval 6.2, idb 8, dexie 4,
 * usehooks-ts 3.1, react-use 17.5, @mantine/hooks 7, @vueuse/core 11, redux-persist 6,
 * zustand 5 (`persist` storage default: `createJSONStorage(() => localStorage)`),
 * js-cookie 3, universal-cookie 7 / react-cookie 7, nookies 2.5, cookies-next 5 / 6
 * (`cookies-next/client`, `cookies-next/server`), tiny-cookie 2.5, ngx-cookie-service 18.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { INSTANCE, RESULT, type CallKind, type ModuleCall, type TrackerConfig } from "../analysis/modules.js";
import { moduleIndexOf } from "../analysis/module-gate.js";
import { argumentAt, memberName, staticKeyName, unwrap, type AnyContext } from "../analysis/ast.js";
import { isGlobal, isGlobalRef, variableOf } from "../analysis/flow.js";
import { readProperty } from "../analysis/values.js";

// ---------------------------------------------------------------------------------------------
// Web Storage (localStorage / sessionStorage)
// ---------------------------------------------------------------------------------------------

export type WebStorageArea = "localStorage" | "sessionStorage";

export const WEB_STORAGE_AREAS: readonly WebStorageArea[] = ["localStorage", "sessionStorage"];

/** Objects whose `localStorage` / `sessionStorage` members are the browser's: `window`, `globalThis`, `self`. */
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self"]);

/** `Storage` methods that are not keys when assigned or read as properties. */
export const STORAGE_METHODS: ReadonlySet<string> = new Set(["setItem", "getItem", "removeItem", "clear", "key", "length"]);

/**
 * Which Web Storage area an expression denotes: `localStorage`, `window.sessionStorage`,
 * `globalThis["localStorage"]`, an alias (`const s = localStorage`), a destructured global
 * (`const { localStorage: s } = window`). Globals shadowed by a local binding are not storage.
 */
export function webStorageArea(context: AnyContext, node: TSESTree.Node, depth = 0): WebStorageArea | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  if (n.type === "ChainExpression") return webStorageArea(context, n.expression, depth + 1);
  for (const area of WEB_STORAGE_AREAS) if (isGlobalRef(context, n, area)) return area;
  if (n.type === "MemberExpression") {
    // `window["localStorage"]`, `window.window.localStorage`
    const name = memberName(n);
    const object = unwrap(n.object);
    if (name && (WEB_STORAGE_AREAS as readonly string[]).includes(name) && isGlobalObject(context, object)) return name as WebStorageArea;
    return undefined;
  }
  if (n.type !== "Identifier") return undefined;
  const variable = variableOf(context, n);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type !== "Variable") return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (!declarator.init) return undefined;
  for (const reference of variable.references) if (!reference.init && reference.isWrite()) return undefined;
  if (declarator.id.type === "Identifier") return webStorageArea(context, declarator.init, depth + 1);
  if (declarator.id.type === "ObjectPattern" && isGlobalObject(context, unwrap(declarator.init))) {
    for (const property of declarator.id.properties) {
      if (property.type !== "Property") continue;
      const target = property.value.type === "AssignmentPattern" ? property.value.left : property.value;
      if (target.type !== "Identifier" || !variable.identifiers.includes(target as never)) continue;
      const key = staticKeyName(property.key, property.computed);
      return key && (WEB_STORAGE_AREAS as readonly string[]).includes(key) ? (key as WebStorageArea) : undefined;
    }
  }
  return undefined;
}

function isGlobalObject(context: AnyContext, node: TSESTree.Node): boolean {
  return node.type === "Identifier" && GLOBAL_OBJECTS.has(node.name) && isGlobal(context, node);
}

// ---------------------------------------------------------------------------------------------
// Storage libraries: key / value writes
// ---------------------------------------------------------------------------------------------

/** An argument, or a property of an object argument. */
export interface ArgumentLocation {
  readonly arg: number;
  readonly property?: string;
}

export interface StorageWriteApi {
  /** Human name used in messages: `localforage.setItem`. */
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds?: readonly CallKind[];
  /** Where the key (or IndexedDB store / table name) is. */
  readonly key?: ArgumentLocation;
  /** Where the stored value is. */
  readonly value?: ArgumentLocation;
  /** An array of `[key, value]` pairs (idb-keyval `setMany`). */
  readonly entries?: ArgumentLocation;
  /** An object of key → value (store2 `setAll`). */
  readonly record?: ArgumentLocation;
  /** The call only writes with at least this many arguments (store2 `store(key)` reads). */
  readonly minArguments?: number;
  /** Where the data ends up, for messages. */
  readonly area: string;
}

const LOCALFORAGE = "IndexedDB (localforage)";
const STORE2_LOCAL = "localStorage (store2)";
const STORE2_SESSION = "sessionStorage (store2)";

export const STORAGE_WRITE_APIS: readonly StorageWriteApi[] = [
  // localforage.setItem(key, value[, callback]); instances from createInstance({ name }).
  { name: "localforage.setItem", module: "localforage", path: ["setItem"], key: { arg: 0 }, value: { arg: 1 }, area: LOCALFORAGE },
  { name: "localforage.setItem", module: "localforage", path: ["createInstance", RESULT, "setItem"], key: { arg: 0 }, value: { arg: 1 }, area: LOCALFORAGE },
  // store2: store(key, data), store.set(key, data), store.session(key, data), store.local.set(...), store.setAll({ ... }).
  { name: "store", module: "store2", path: [], key: { arg: 0 }, value: { arg: 1 }, minArguments: 2, area: STORE2_LOCAL },
  { name: "store.set", module: "store2", path: ["set"], key: { arg: 0 }, value: { arg: 1 }, area: STORE2_LOCAL },
  { name: "store.add", module: "store2", path: ["add"], key: { arg: 0 }, value: { arg: 1 }, area: STORE2_LOCAL },
  { name: "store.setAll", module: "store2", path: ["setAll"], record: { arg: 0 }, area: STORE2_LOCAL },
  { name: "store.local", module: "store2", path: ["local"], key: { arg: 0 }, value: { arg: 1 }, minArguments: 2, area: STORE2_LOCAL },
  { name: "store.local.set", module: "store2", path: ["local", "set"], key: { arg: 0 }, value: { arg: 1 }, area: STORE2_LOCAL },
  { name: "store.session", module: "store2", path: ["session"], key: { arg: 0 }, value: { arg: 1 }, minArguments: 2, area: STORE2_SESSION },
  { name: "store.session.set", module: "store2", path: ["session", "set"], key: { arg: 0 }, value: { arg: 1 }, area: STORE2_SESSION },
  // store.js ("store" on npm): store.set(key, value).
  { name: "store.set", module: "store", path: ["set"], key: { arg: 0 }, value: { arg: 1 }, area: "localStorage (store.js)" },
  // idb-keyval: set(key, value[, customStore]), setMany([[key, value], ...]).
  { name: "idb-keyval set", module: "idb-keyval", path: ["set"], key: { arg: 0 }, value: { arg: 1 }, area: "IndexedDB (idb-keyval)" },
  { name: "idb-keyval setMany", module: "idb-keyval", path: ["setMany"], entries: { arg: 0 }, area: "IndexedDB (idb-keyval)" },
  // idb: const db = await openDB(...); db.put(storeName, value, key?) / db.add(...).
  { name: "db.put", module: "idb", path: ["openDB", RESULT, "put"], key: { arg: 0 }, value: { arg: 1 }, area: "IndexedDB (idb)" },
  { name: "db.add", module: "idb", path: ["openDB", RESULT, "add"], key: { arg: 0 }, value: { arg: 1 }, area: "IndexedDB (idb)" },
];

/** Dexie table writes: `db.tokens.put(value)`, `db.table("auth").add(value)`. */
export const DEXIE_MODULE = "dexie";
export const DEXIE_WRITE_METHODS: ReadonlySet<string> = new Set(["put", "add", "bulkPut", "bulkAdd"]);

/** `IDBObjectStore#put(value, key?)` / `#add(value, key?)` on `….objectStore(name)`. */
export const INDEXED_DB_WRITE_METHODS: ReadonlySet<string> = new Set(["put", "add"]);

// ---------------------------------------------------------------------------------------------
// Storage hooks
// ---------------------------------------------------------------------------------------------

export interface StorageHookApi {
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly key: ArgumentLocation;
  /** The initial value, written when the key is empty. */
  readonly initial?: ArgumentLocation;
  /** How code writes: `tuple` = the setter at index 1 of the returned array; `ref` = assigning `.value` of the returned ref. */
  readonly writes: "tuple" | "ref";
  readonly area: WebStorageArea;
  /** An argument that can name another storage (vueuse `useStorage(key, initial, storage)`); only web storage is reported. */
  readonly storageArgument?: number;
}

export const STORAGE_HOOK_APIS: readonly StorageHookApi[] = [
  // usehooks-ts: const [value, setValue, removeValue] = useLocalStorage(key, initialValue, options?)
  { name: "useLocalStorage", module: "usehooks-ts", path: ["useLocalStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "tuple", area: "localStorage" },
  { name: "useSessionStorage", module: "usehooks-ts", path: ["useSessionStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "tuple", area: "sessionStorage" },
  // react-use: const [value, setValue, remove] = useLocalStorage(key, initialValue?, options?)
  { name: "useLocalStorage", module: "react-use", path: ["useLocalStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "tuple", area: "localStorage" },
  { name: "useSessionStorage", module: "react-use", path: ["useSessionStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "tuple", area: "sessionStorage" },
  { name: "useLocalStorage", module: "react-use/lib/useLocalStorage", path: [], key: { arg: 0 }, initial: { arg: 1 }, writes: "tuple", area: "localStorage" },
  // @mantine/hooks: const [value, setValue, removeValue] = useLocalStorage({ key, defaultValue })
  { name: "useLocalStorage", module: "@mantine/hooks", path: ["useLocalStorage"], key: { arg: 0, property: "key" }, initial: { arg: 0, property: "defaultValue" }, writes: "tuple", area: "localStorage" },
  { name: "useSessionStorage", module: "@mantine/hooks", path: ["useSessionStorage"], key: { arg: 0, property: "key" }, initial: { arg: 0, property: "defaultValue" }, writes: "tuple", area: "sessionStorage" },
  // @vueuse/core: const ref = useStorage(key, defaults, storage = localStorage); ref.value = x
  { name: "useStorage", module: "@vueuse/core", path: ["useStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "ref", area: "localStorage", storageArgument: 2 },
  { name: "useLocalStorage", module: "@vueuse/core", path: ["useLocalStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "ref", area: "localStorage" },
  { name: "useSessionStorage", module: "@vueuse/core", path: ["useSessionStorage"], key: { arg: 0 }, initial: { arg: 1 }, writes: "ref", area: "sessionStorage" },
];

// ---------------------------------------------------------------------------------------------
// Persisted state (redux-persist, zustand)
// ---------------------------------------------------------------------------------------------

/** redux-persist storage engines backed by Web Storage (module → area). */
export const REDUX_PERSIST_STORAGE_MODULES: ReadonlyMap<string, WebStorageArea> = new Map([
  ["redux-persist/lib/storage", "localStorage"],
  ["redux-persist/es/storage", "localStorage"],
  ["redux-persist/lib/storage/session", "sessionStorage"],
  ["redux-persist/es/storage/session", "sessionStorage"],
]);

/** `createWebStorage("local" | "session")`. */
export const REDUX_PERSIST_WEB_STORAGE_FACTORIES: readonly string[] = ["redux-persist/lib/storage/createWebStorage", "redux-persist/es/storage/createWebStorage"];

/** persistReducer(config, reducer): config { key, storage, whitelist, blacklist }. */
export const REDUX_PERSIST = { module: "redux-persist", path: ["persistReducer"], config: 0, reducer: 1 } as const;

/** zustand `persist(stateCreator, { name, storage?, partialize? })`; storage defaults to localStorage. */
export const ZUSTAND_PERSIST = { modules: ["zustand/middleware"], path: ["persist"], creator: 0, options: 1, defaultArea: "localStorage" } as const;
export const ZUSTAND_JSON_STORAGE = { module: "zustand/middleware", path: ["createJSONStorage"] } as const;

/** Redux helpers that build a root reducer from an object of slices. */
export const COMBINE_REDUCERS: readonly { module: string; path: readonly string[] }[] = [
  { module: "redux", path: ["combineReducers"] },
  { module: "@reduxjs/toolkit", path: ["combineReducers"] },
];

// ---------------------------------------------------------------------------------------------
// Cookies written from script
// ---------------------------------------------------------------------------------------------

export interface ScriptCookieApi {
  readonly name: string;
  readonly module: string;
  readonly path: readonly string[];
  readonly kinds?: readonly CallKind[];
  readonly cookieName: number;
  readonly value: number;
  /**
   * nookies: the first argument is the Next.js context; with one the cookie is set by the server
   * (`Set-Cookie`), only `null` / `undefined` / `{}` / no argument means the browser.
   */
  readonly contextArgument?: number;
  /** cookies-next: `{ req, res }` or `{ cookies }` in these options make it a server write. */
  readonly serverOptions?: { readonly arg: number; readonly properties: readonly string[] };
  /** The API returns `[cookies, setCookie, removeCookie]` (react-cookie `useCookies`). */
  readonly setterTuple?: boolean;
}

export const SCRIPT_COOKIE_APIS: readonly ScriptCookieApi[] = [
  // js-cookie: Cookies.set(name, value, attributes); Cookies.withAttributes(a).set / withConverter(c).set.
  { name: "Cookies.set", module: "js-cookie", path: ["set"], cookieName: 0, value: 1 },
  { name: "Cookies.set", module: "js-cookie", path: ["withAttributes", RESULT, "set"], cookieName: 0, value: 1 },
  { name: "Cookies.set", module: "js-cookie", path: ["withConverter", RESULT, "set"], cookieName: 0, value: 1 },
  // universal-cookie: new Cookies().set(name, value, options); react-cookie re-exports the class and useCookies().
  { name: "cookies.set", module: "universal-cookie", path: [INSTANCE, "set"], cookieName: 0, value: 1 },
  { name: "cookies.set", module: "react-cookie", path: ["Cookies", INSTANCE, "set"], cookieName: 0, value: 1 },
  { name: "setCookie", module: "react-cookie", path: ["useCookies"], cookieName: 0, value: 1, setterTuple: true },
  // nookies: setCookie(ctx, name, value, options) / nookies.set(ctx, …); ctx null on the client.
  { name: "setCookie", module: "nookies", path: ["setCookie"], cookieName: 1, value: 2, contextArgument: 0 },
  { name: "nookies.set", module: "nookies", path: ["set"], cookieName: 1, value: 2, contextArgument: 0 },
  // cookies-next: setCookie(key, value, options); `{ req, res }` / `{ cookies }` options run on the server.
  { name: "setCookie", module: "cookies-next", path: ["setCookie"], cookieName: 0, value: 1, serverOptions: { arg: 2, properties: ["req", "res", "cookies"] } },
  { name: "setCookie", module: "cookies-next/client", path: ["setCookie"], cookieName: 0, value: 1 },
  { name: "setCookie", module: "cookies-next/client", path: ["useSetCookie", RESULT], cookieName: 0, value: 1 },
  // tiny-cookie: set(key, value, options) with the alias setCookie, and the raw variants.
  { name: "set", module: "tiny-cookie", path: ["set"], cookieName: 0, value: 1 },
  { name: "setCookie", module: "tiny-cookie", path: ["setCookie"], cookieName: 0, value: 1 },
  { name: "setRaw", module: "tiny-cookie", path: ["setRaw"], cookieName: 0, value: 1 },
  { name: "setRawCookie", module: "tiny-cookie", path: ["setRawCookie"], cookieName: 0, value: 1 },
  // ngx-cookie-service: constructor(private cookies: CookieService) / inject(CookieService); cookies.set(name, value, …).
  { name: "CookieService#set", module: "ngx-cookie-service", path: ["CookieService", INSTANCE, "set"], cookieName: 0, value: 1 },
];

/** `cookie.serialize(name, value)` building the string assigned to `document.cookie`. */
export const COOKIE_SERIALIZERS: readonly { module: string; path: readonly string[] }[] = [
  { module: "cookie", path: ["serialize"] },
  { module: "cookie-es", path: ["serialize"] },
];

// ---------------------------------------------------------------------------------------------
// Trackers and lookups
// ---------------------------------------------------------------------------------------------

export const STORAGE_TRACKER: TrackerConfig = {
  modules: new Set([
    ...STORAGE_WRITE_APIS.map((api) => api.module),
    ...STORAGE_HOOK_APIS.map((api) => api.module),
    DEXIE_MODULE,
    REDUX_PERSIST.module,
    ...REDUX_PERSIST_STORAGE_MODULES.keys(),
    ...REDUX_PERSIST_WEB_STORAGE_FACTORIES,
    ...ZUSTAND_PERSIST.modules,
    ...COMBINE_REDUCERS.map((api) => api.module),
  ]),
};

/**
 * The modules a storage write, hook or persisted store starts from. The other modules of
 * `STORAGE_TRACKER` (redux-persist storage engines, `combineReducers`) only matter in a file that
 * imports redux-persist, so a file naming none of these needs no index.
 */
export const STORAGE_ENTRY_TRACKER: TrackerConfig = {
  modules: new Set([
    ...STORAGE_WRITE_APIS.map((api) => api.module),
    ...STORAGE_HOOK_APIS.map((api) => api.module),
    DEXIE_MODULE,
    REDUX_PERSIST.module,
    ...ZUSTAND_PERSIST.modules,
  ]),
};

/** Just Dexie: whether its table writes are worth collecting. */
export const DEXIE_TRACKER: TrackerConfig = { modules: new Set([DEXIE_MODULE]) };

export const SCRIPT_COOKIE_TRACKER: TrackerConfig = {
  modules: new Set([...SCRIPT_COOKIE_APIS.map((api) => api.module), ...COOKIE_SERIALIZERS.map((api) => api.module), "@angular/core"]),
};

/** The modules a script-cookie library write starts from (`SCRIPT_COOKIE_TRACKER` without the serializers and Angular). */
export const SCRIPT_COOKIE_ENTRY_TRACKER: TrackerConfig = { modules: new Set(SCRIPT_COOKIE_APIS.map((api) => api.module)) };

export interface ApiCall<Api> {
  readonly api: Api;
  readonly call: ModuleCall;
}

/** Calls of modelled storage writers in this file. */
export function findStorageWrites(context: AnyContext): ApiCall<StorageWriteApi>[] {
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  const out: ApiCall<StorageWriteApi>[] = [];
  for (const api of STORAGE_WRITE_APIS) {
    if (!index.imports(api.module)) continue;
    for (const call of index.calls(api.module, api.path)) {
      if (!(api.kinds ?? ["call"]).includes(call.kind)) continue;
      if (api.minArguments !== undefined && call.node.arguments.length < api.minArguments) continue;
      out.push({ api, call });
    }
  }
  return out;
}

/** Calls of modelled storage hooks in this file. */
export function findStorageHooks(context: AnyContext): ApiCall<StorageHookApi>[] {
  const index = moduleIndexOf(context, STORAGE_TRACKER);
  const out: ApiCall<StorageHookApi>[] = [];
  for (const api of STORAGE_HOOK_APIS) {
    if (!index.imports(api.module)) continue;
    for (const call of index.calls(api.module, api.path)) if (call.kind === "call") out.push({ api, call });
  }
  return out;
}

/** Calls of modelled script-cookie writers (including `inject(CookieService).set`). */
export function findScriptCookieWrites(context: AnyContext): ApiCall<ScriptCookieApi>[] {
  const index = moduleIndexOf(context, SCRIPT_COOKIE_TRACKER);
  const out: ApiCall<ScriptCookieApi>[] = [];
  for (const api of SCRIPT_COOKIE_APIS) {
    if (!index.imports(api.module)) continue;
    for (const call of index.calls(api.module, api.path)) {
      if (!(api.kinds ?? ["call"]).includes(call.kind)) continue;
      out.push({ api, call });
    }
  }
  return out;
}

/** Reads an argument location: the argument, or a property of it (`undefined` when absent or unknown). */
export function readArgument(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression, location: ArgumentLocation): TSESTree.Node | undefined {
  const argument = argumentAt(call, location.arg);
  if (!argument) return undefined;
  if (location.property === undefined) return argument;
  const found = readProperty(context, argument, location.property);
  return found.kind === "present" ? found.node : undefined;
}
