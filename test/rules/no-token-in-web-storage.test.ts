import rule from "../../rules/no-token-in-web-storage.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const TS = { filename: "file.ts" } as const;
const TSX = { filename: "LoginForm.tsx" } as const;

function stored(credential: string, storage = "localStorage") {
  return { messageId: "storage", data: { credential, storage }, suggestions: [] };
}

ruleTester.run("no-token-in-web-storage", rule as unknown as TesterRule, {
  valid: [
    // --- non-credentials: preferences, drafts, carts, expiry times, CSRF
    valid(`localStorage.setItem("theme", theme);\nlocalStorage.setItem("locale", "de");\nsessionStorage.setItem("draft", JSON.stringify(draft));`, TS),
    valid(`localStorage.setItem("cart", JSON.stringify({ items, total }));\nlocalStorage.lastPath = location.pathname;`, TS),
    valid(`const { data } = await axios.post("/api/login", creds);\nlocalStorage.setItem("tokenExpiresAt", String(Date.now() + data.expires_in * 1000));\nlocalStorage.setItem("expiresAt", data.expiresAt);`, TS),
    valid(`localStorage.setItem("tokenCount", String(usage.totalTokens));\nlocalStorage.setItem("nextPageToken", page.nextPageToken);\nlocalStorage.setItem("maxTokens", "4096");`, TS),
    valid(`localStorage.setItem("csrfToken", token);\nlocalStorage.setItem("XSRF-TOKEN", data.token);\nsessionStorage.setItem("csrf-header", "X-CSRF-Token");`, TS),
    valid(`localStorage.setItem("designTokens", JSON.stringify(designTokens));\nlocalStorage.setItem("deviceToken", fcmToken);`, TS),
    valid(`localStorage.setItem("tokenType", data.token_type);\nlocalStorage.setItem("authRedirect", "/dashboard");`, TS),
    // --- clearing a token is the fix, not the problem
    valid(`localStorage.removeItem("token");\nlocalStorage.setItem("token", "");\nsessionStorage.token = null;\nlocalStorage.clear();`, TS),
    // --- flags under a credential-looking key
    valid(`localStorage.setItem("auth", "true");\nsessionStorage.setItem("token", "1");\nlocalStorage.jwt = false;`, TS),
    // --- reads are not writes
    valid(`const token = sessionStorage.getItem("token");\nconst jwt = localStorage["jwt"];\nfetch(url, { headers: { Authorization: \`Bearer \${token}\` } });`, TS),
    // --- Map#set, a local object named like storage, shadowed globals
    valid(`const tokens = new Map();\ntokens.set("token", accessToken);\nconst cache = {};\ncache.accessToken = accessToken;`, TS),
    valid(`const localStorage = new Map<string, string>();\nlocalStorage.set("token", token);\nfunction save(sessionStorage: Storage, token: string) {\n  sessionStorage.setItem("token", token);\n}`, TS),
    valid(`function f(window: { localStorage: Record<string, string> }) {\n  window.localStorage.token = accessToken;\n}`, TS),
    valid(`import { createStore } from "./store";\nconst store = createStore();\nstore.set("token", token);`, TS),
    // --- an in-memory token store is the recommended fix
    valid(`let accessToken: string | null = null;\nexport function setAccessToken(token: string) {\n  accessToken = token;\n}`, TS),
    // --- libraries: reads, non-credentials, non-web storages
    ...validAcrossImports({ ...TS, module: "localforage", code: `await $FN.setItem("preferences", { theme });\nawait $FN.getItem("token");` }),
    valid(`import store from "store2";\nconst t = store("token");\nstore.set("lang", "en");`, TS),
    valid(`import { useLocalStorage } from "usehooks-ts";\nexport function useTheme() {\n  const [theme, setTheme] = useLocalStorage("theme", "light");\n  return [theme, setTheme];\n}`, TSX),
    valid(`import { useStorage } from "@vueuse/core";\nconst token = useStorage("token", "", secureStorage);`, TS),
    valid(`import { persistReducer } from "redux-persist";\nimport storage from "redux-persist/lib/storage";\nexport const persisted = persistReducer({ key: "root", storage, whitelist: ["cart", "preferences"] }, rootReducer);`, TS),
    valid(`import { persistReducer } from "redux-persist";\nimport storage from "redux-persist/lib/storage";\nexport const persisted = persistReducer({ key: "auth", storage, blacklist: ["token", "refreshToken"] }, authReducer);`, TS),
    valid(`import { persistReducer } from "redux-persist";\nimport AsyncStorage from "@react-native-async-storage/async-storage";\nexport const persisted = persistReducer({ key: "auth", storage: AsyncStorage }, authReducer);`, TS),
    valid(`import { create } from "zustand";\nimport { persist } from "zustand/middleware";\nexport const useAuth = create(persist((set) => ({ user: null, token: null, setToken: (token) => set({ token }) }), { name: "auth", partialize: (state) => ({ user: state.user }) }));`, TS),
    valid(`import { create } from "zustand";\nimport { persist } from "zustand/middleware";\nexport const useCart = create(persist((set) => ({ items: [], add: (item) => set((s) => ({ items: [...s.items, item] })) }), { name: "cart" }));`, TS),
    valid(`import { create } from "zustand";\nimport { persist } from "zustand/middleware";\nexport const useAuth = create(persist((set) => ({ token: null }), { name: "auth", storage: encryptedStorage }));`, TS),
    // --- IndexedDB / Dexie with non-credentials
    valid(`const tx = db.transaction("drafts", "readwrite");\ntx.objectStore("drafts").put({ id, body });`, TS),
    valid(`import Dexie from "dexie";\nconst db = new Dexie("app");\ndb.version(1).stores({ todos: "++id" });\nawait db.todos.put({ title });`, TS),
    // --- a wrapper called with non-credentials
    valid(`function save(key: string, value: unknown) {\n  localStorage.setItem(key, JSON.stringify(value));\n}\nsave("theme", theme);\nsave("cart", cart);`, TS),
    // --- parts of the login response that are not credentials
    valid(`const { data } = await axios.post("/api/login", creds);\nlocalStorage.setItem("user", JSON.stringify(data.user));\nlocalStorage.setItem("name", data.user.name);`, TS),
    // --- a React component that keeps the token in state
    valid(
      `export function Login() {\n  const [token, setToken] = useState<string | null>(null);\n  async function submit() {\n    const { data } = await axios.post("/api/login", form);\n    setToken(data.accessToken);\n  }\n  return <button onClick={submit}>Sign in</button>;\n}`,
      TSX,
    ),
  ],
  invalid: [
    // --- setItem with a credential key or value
    invalid(`⟦localStorage.setItem⟧("token", token);`, [stored('"token"')], TS),
    invalid(`const { data } = await axios.post("/api/login", creds);\n⟦localStorage.setItem⟧("auth", data.accessToken);`, [stored('"accessToken" from the login response')], TS),
    invalid(`const res = await fetch("/oauth/token", { method: "POST", body });\nconst json = await res.json();\n⟦sessionStorage.setItem⟧("x", json.access_token);`, [stored('"access_token" from the token response', "sessionStorage")], TS),
    invalid(`import jwt from "jsonwebtoken";\nconst signed = jwt.sign({ sub }, key);\n⟦localStorage.setItem⟧("value", signed);`, [stored("The token returned by jwt.sign")], TS),
    invalid(`⟦localStorage.setItem⟧("user", JSON.stringify({ user, token }));`, [stored('An object holding "token"')], TS),
    invalid(`const TOKEN_KEY = "app.auth.token";\n⟦localStorage.setItem⟧(TOKEN_KEY, value);`, [stored('"app.auth.token"')], TS),
    invalid(`import { TOKEN_KEY } from "./keys";\n⟦localStorage.setItem⟧(TOKEN_KEY, value);`, [stored("The value under TOKEN_KEY")], TS),
    invalid(`⟦localStorage.setItem⟧(\`\${prefix}:jwt\`, value);`, [stored("The value under `${prefix}:jwt`")], TS),
    invalid(`const { data } = await axios.post("/api/token/", creds);\n⟦localStorage.setItem⟧("access", data.access);\n⟦localStorage.setItem⟧("refresh", data.refresh);`, [stored('"access" from the token response'), stored('"refresh" from the token response')], TS),
    invalid(`const id = req.headers.authorization;\n⟦sessionStorage.setItem⟧("h", id);`, [stored("The Authorization header", "sessionStorage")], TS),
    // --- window / globalThis / self, aliases, destructuring, property and index assignment
    invalid(`⟦window.localStorage.setItem⟧("jwt", jwt);\n⟦globalThis.sessionStorage.setItem⟧("sessionId", sid);\n⟦self.localStorage.setItem⟧("refresh_token", t);`, [stored('"jwt"'), stored('"sid"', "sessionStorage"), stored('"refresh_token"')], TS),
    invalid(`const s = window.localStorage;\n⟦s.setItem⟧("accessToken", t);`, [stored('"accessToken"')], TS),
    invalid(`const { localStorage: store } = window;\n⟦store.setItem⟧("idToken", t);`, [stored('"idToken"')], TS),
    invalid(`const { sessionStorage } = globalThis;\n⟦sessionStorage.setItem⟧("bearer", t);`, [stored('"bearer"', "sessionStorage")], TS),
    invalid(`⟦localStorage.token⟧ = t;\n⟦localStorage["jwt"]⟧ = t;\n⟦window.sessionStorage[KEY]⟧ = data.accessToken;`, [stored('"token"'), stored('"jwt"'), stored('"accessToken"', "sessionStorage")], TS),
    invalid(`⟦Object.assign⟧(localStorage, { token, theme });`, [stored('"token"')], TS),
    // --- browser globals declared in the config (flat config \`globals.browser\`)
    {
      ...invalid(`⟦localStorage.setItem⟧("token", t);\n⟦window.sessionStorage.jwt⟧ = t;`, [stored('"token"'), stored('"jwt"', "sessionStorage")], TS),
      languageOptions: { globals: { localStorage: "readonly", sessionStorage: "readonly", window: "readonly" } },
    },
    // --- TypeScript wrappers
    invalid(`⟦(localStorage as Storage).setItem⟧("token", (data as any).token!);`, [stored('"token"')], TS),
    // --- a React component (TSX)
    invalid(
      `export function LoginForm() {\n  async function onSubmit(form: FormData) {\n    const { data } = await axios.post("/api/auth/login", form);\n    ⟦localStorage.setItem⟧("session", data.token);\n  }\n  return <form action={onSubmit} />;\n}`,
      [stored('"token" from the login response')],
      TSX,
    ),
    invalid(
      `fetch("/api/login", { method: "POST", body }).then((r) => r.json()).then((body) => {\n  ⟦localStorage.setItem⟧("a", body.jwt);\n});`,
      [stored('"jwt" from the login response')],
      TS,
    ),
    // --- the whole login response (Angular HttpClient, axios, fetch)
    invalid(
      "@Injectable({ providedIn: \"root\" })\nexport class AuthenticationService {\n  constructor(private http: HttpClient) {}\n  login(username: string, password: string) {\n    return this.http.post<any>(`${environment.apiUrl}/users/authenticate`, { username, password }).pipe(\n      map((user) => {\n        ⟦localStorage.setItem⟧(\"currentUser\", JSON.stringify(user));\n        return user;\n      }),\n    );\n  }\n}",
      [stored("The login response")],
      TS,
    ),
    invalid(`const { data } = await axios.post("/api/auth/login", creds);\n⟦localStorage.setItem⟧("session", JSON.stringify(data));`, [stored("The login response")], TS),
    // --- one level of same-file wrapper
    invalid(`function persist(value: string) {\n  localStorage.setItem("k", value);\n}\nconst { data } = await axios.post("/login", creds);\n⟦persist⟧(data.accessToken);`, [stored('"accessToken" from the login response')], TS),
    invalid(`const save = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value));\n⟦save⟧("refreshToken", value);`, [stored('"refreshToken"')], TS),
    invalid(
      `class TokenService {\n  private static readonly KEY = "auth";\n  saveToken(token: string) {\n    ⟦localStorage.setItem⟧("jwt", token);\n  }\n}`,
      [stored('"token"')],
      TS,
    ),
    invalid(
      `class Session {\n  private write(value: string) {\n    sessionStorage.setItem("v", value);\n  }\n  async login() {\n    const res = await this.http.post("/api/signin", this.form);\n    ⟦this.write⟧(res.data.token);\n  }\n}`,
      [stored('"token" from the login response', "sessionStorage")],
      TS,
    ),
    // --- IndexedDB and Dexie
    invalid(`const store = db.transaction("auth", "readwrite").objectStore("auth");\n⟦store.put⟧(token, "current");`, [stored('"token"', "IndexedDB")], TS),
    invalid(`import Dexie from "dexie";\nconst db = new Dexie("app");\nawait ⟦db.sessions.put⟧({ id: 1, accessToken });`, [stored('An object holding "accessToken"', "IndexedDB (Dexie)")], TS),
    invalid(`import { db } from "./db";\nawait ⟦db.credentials.add⟧(value);`, [stored('"credentials"', "IndexedDB (Dexie)")], TS),
    // --- storage libraries, every import style
    ...invalidAcrossImports({ ...TS, module: "localforage", code: `await ⟦$FN.setItem⟧("jwt", value);`, errors: [stored('"jwt"', "IndexedDB (localforage)")] }),
    ...invalidAcrossImports({ ...TS, module: "idb-keyval", member: "set", code: `await ⟦$FN⟧("refreshToken", value);`, errors: [stored('"refreshToken"', "IndexedDB (idb-keyval)")] }),
    invalid(`import store from "store2";\n⟦store⟧("token", t);\n⟦store.set⟧("jwt", t);\n⟦store.session.set⟧("sid", t);`, [stored('"token"', "localStorage (store2)"), stored('"jwt"', "localStorage (store2)"), stored('"sid"', "sessionStorage (store2)")], TS),
    invalid(`import store from "store";\n⟦store.set⟧("user", { name, token });`, [stored('An object holding "token"', "localStorage (store.js)")], TS),
    invalid(`import { setMany } from "idb-keyval";\nawait ⟦setMany⟧([["theme", theme], ["accessToken", t]]);`, [stored('"accessToken"', "IndexedDB (idb-keyval)")], TS),
    invalid(`import { openDB } from "idb";\nconst db = await openDB("app", 1);\nawait ⟦db.put⟧("tokens", accessToken, "current");`, [stored('"accessToken"', "IndexedDB (idb)")], TS),
    // --- storage hooks
    ...invalidAcrossImports({
      ...TSX,
      module: "usehooks-ts",
      member: "useLocalStorage",
      code: `export function useAuthToken() {\n  const [token, setToken] = ⟦$FN⟧("token", "");\n  return token;\n}`,
      errors: [stored('"token"', "localStorage (usehooks-ts useLocalStorage)")],
      styles: ["esm named", "esm named alias", "esm namespace", "require destructured"],
    }),
    invalid(
      `import { useLocalStorage } from "react-use";\nexport function Login() {\n  const [session, setSession] = useLocalStorage("session", null);\n  async function submit() {\n    const { data } = await axios.post("/api/login", form);\n    ⟦setSession⟧(data.accessToken);\n  }\n  return <button onClick={submit} />;\n}`,
      [stored('"accessToken" from the login response', "localStorage (react-use useLocalStorage)")],
      TSX,
    ),
    invalid(`import { useSessionStorage } from "@mantine/hooks";\nconst [value, setValue] = ⟦useSessionStorage⟧({ key: "access-token", defaultValue: "" });`, [stored('"access-token"', "sessionStorage (@mantine useSessionStorage)")], TSX),
    invalid(`import { useStorage } from "@vueuse/core";\nconst saved = useStorage("session", "");\nconst { data } = await axios.post("/api/login", creds);\n⟦saved.value⟧ = data.token;`, [stored('"token" from the login response', "localStorage (@vueuse useStorage)")], TS),
    invalid(`import { useStorage } from "@vueuse/core";\nconst jwt = ⟦useStorage⟧("jwt", "", sessionStorage);`, [stored('"jwt"', "sessionStorage (@vueuse useStorage)")], TS),
    // --- persisted state
    invalid(`import { persistReducer } from "redux-persist";\nimport storage from "redux-persist/lib/storage";\nexport const persisted = ⟦persistReducer⟧({ key: "root", storage, whitelist: ["auth", "cart"] }, rootReducer);`, [stored('The persisted "auth" state', "localStorage (redux-persist)")], TS),
    invalid(`import { persistReducer } from "redux-persist";\nimport storageSession from "redux-persist/lib/storage/session";\nconst config = { key: "session", storage: storageSession };\nexport const persisted = ⟦persistReducer⟧(config, authSlice.reducer);`, [stored('The persisted "auth" state', "sessionStorage (redux-persist)")], TS),
    invalid(`import { persistReducer } from "redux-persist";\nimport { combineReducers } from "@reduxjs/toolkit";\nimport storage from "redux-persist/lib/storage";\nconst root = combineReducers({ cart: cartReducer, auth: authReducer });\nexport const persisted = ⟦persistReducer⟧({ key: "root", storage }, root);`, [stored('The persisted "auth" state', "localStorage (redux-persist)")], TS),
    invalid(
      `import { create } from "zustand";\nimport { persist } from "zustand/middleware";\ninterface AuthState { accessToken: string | null; setAccessToken(token: string): void }\nexport const useAuthStore = create<AuthState>()(\n  ⟦persist⟧((set) => ({ accessToken: null, setAccessToken: (accessToken) => set({ accessToken }) }), { name: "auth-storage" }),\n);`,
      [stored('The persisted "accessToken" state', "localStorage (zustand persist)")],
      TS,
    ),
    invalid(
      `import { create } from "zustand";\nimport { createJSONStorage, persist } from "zustand/middleware";\nexport const useAuthStore = create(⟦persist⟧((set) => ({ user: null, token: null }), { name: "auth", storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ user: s.user, token: s.token }) }));`,
      [stored('The persisted "token" state', "sessionStorage (zustand persist)")],
      TS,
    ),
  ],
});
