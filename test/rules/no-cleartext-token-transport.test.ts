import rule from "../../rules/no-cleartext-token-transport.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

/** A cleartext report whose only suggestion produces `output`. */
function https(output: string, credential?: string, url?: string) {
  return {
    messageId: "cleartext",
    ...(credential && url ? { data: { credential, url, secure: "https://" } } : {}),
    suggestions: [{ messageId: "useTls", data: { scheme: "http", secure: "https" }, output }],
  };
}
function wss(output: string) {
  return { messageId: "cleartext", suggestions: [{ messageId: "useTls", data: { scheme: "ws", secure: "wss" }, output }] };
}
const noSuggestion = { messageId: "cleartext", suggestions: [] };

const AXIOS = 'import axios from "axios";\n';

ruleTester.run("no-cleartext-token-transport", rule as unknown as TesterRule, {
  valid: [
    // --- TLS, loopback, relative URLs
    valid('fetch("https://api.example.com/login", { method: "POST", body: JSON.stringify({ username, password }) });'),
    valid('const ws = new WebSocket(`wss://rt.example.com/socket?token=${token}`);'),
    valid('fetch("http://localhost:3000/api/login", { method: "POST", body: JSON.stringify({ email, password }) });'),
    valid('fetch("http://127.0.0.1:8080/me", { headers: { Authorization: `Bearer ${token}` } });'),
    valid('fetch("http://[::1]:8080/me", { headers: { Authorization: auth } });\nfetch("http://0.0.0.0:4000/me", { headers: { Authorization: auth } });'),
    valid('fetch("http://api.localhost/me", { headers: { Authorization: auth } });'),
    valid('fetch("/api/login", { method: "POST", body: JSON.stringify({ email, password }) });'),
    valid('const ws = new WebSocket("ws://localhost:8080/?token=" + token);'),
    // --- URLs from configuration or parameters are unknown
    valid('fetch(`${process.env.API_URL}/login`, { method: "POST", body: JSON.stringify({ password }) });'),
    valid('fetch(config.apiUrl, { headers: { Authorization: `Bearer ${token}` } });'),
    valid('fetch(`http://${host}/login`, { method: "POST", body: JSON.stringify({ password }) });'),
    valid('export function call(url: string, token: string) {\n  return fetch(url, { headers: { Authorization: `Bearer ${token}` } });\n}'),
    // --- cleartext URLs that carry no credential
    valid('fetch("http://status.example.com/health");'),
    valid('fetch("http://api.example.com/items", { headers: { "X-CSRF-Token": csrfToken, "Content-Type": "application/json" } });'),
    valid('fetch("http://api.example.com/items", { headers: { Authorization: "" } });'),
    valid('fetch(`http://api.example.com/items?pageToken=${nextPageToken}`);'),
    valid('fetch("http://api.example.com/prefs", { headers: { Cookie: "theme=dark" } });'),
    valid(`${AXIOS}const api = axios.create({ baseURL: "http://api.example.com" });\napi.get("/status");\napi.post("/events", { type: "click", tokenCount: 3 });`),
    // --- other modules and shadowed globals
    valid('import https from "node:https";\nhttps.request({ hostname: "api.example.com", headers: { Authorization: auth } });'),
    valid('import http from "node:http";\nhttp.request({ hostname: "localhost", port: 3000, headers: { Authorization: auth } });'),
    valid('function send(fetch: (u: string, i: object) => void) {\n  fetch("http://api.example.com", { headers: { Authorization: auth } });\n}'),
    valid('const headers = new Map();\nheaders.set("Authorization", token);\nconsole.log("http://api.example.com", token);'),
    ...validAcrossImports({ module: "axios", code: '$FN.post("https://api.example.com/login", { email, password });' }),
    valid(
      'import axios from "axios";\nexport function Profile({ token }: { token: string }) {\n  useEffect(() => { axios.get("https://api.example.com/me", { headers: { Authorization: `Bearer ${token}` } }); }, [token]);\n  return null;\n}',
      { filename: "profile.tsx" },
    ),
  ],
  invalid: [
    // --- fetch
    invalid(
      'fetch(⟦"http://api.example.com/login"⟧, { method: "POST", body: JSON.stringify({ username, password }) });',
      [https('fetch("https://api.example.com/login", { method: "POST", body: JSON.stringify({ username, password }) });', 'The "password" field', "http://api.example.com/login")],
    ),
    invalid(
      "fetch(⟦`http://api.example.com/users/${id}`⟧, { headers: { Authorization: `Bearer ${token}` } });",
      [https("fetch(`https://api.example.com/users/${id}`, { headers: { Authorization: `Bearer ${token}` } });", "The Authorization header", "http://api.example.com/users/…")],
    ),
    invalid(
      'const headers = new Headers();\nheaders.set("Authorization", `Bearer ${token}`);\nawait fetch(⟦"http://api.example.com/me"⟧, { headers });',
      [https('const headers = new Headers();\nheaders.set("Authorization", `Bearer ${token}`);\nawait fetch("https://api.example.com/me", { headers });')],
    ),
    invalid(
      'const API = "http://api.example.com";\nfetch(⟦`${API}/me`⟧, { headers: { "X-API-Key": apiKey } });',
      [https('const API = "https://api.example.com";\nfetch(`${API}/me`, { headers: { "X-API-Key": apiKey } });', "The X-API-Key header", "http://api.example.com/me")],
    ),
    invalid(
      'fetch(⟦"HTTP://API.example.com/me"⟧, { headers: [["Authorization", auth]] });',
      [https('fetch("https://API.example.com/me", { headers: [["Authorization", auth]] });')],
    ),
    invalid(
      'fetch(⟦"http://api.example.com"⟧, { headers: { Cookie: `sid=${sid}` } });',
      [https('fetch("https://api.example.com", { headers: { Cookie: `sid=${sid}` } });', "The Cookie header", "http://api.example.com")],
    ),
    invalid(
      'fetch(⟦"http://idp.example.com/oauth/token"⟧, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_secret: clientSecret }) });',
      [https('fetch("https://idp.example.com/oauth/token", { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_secret: clientSecret }) });')],
    ),
    invalid(
      'await fetch(⟦new URL("/login", "http://api.example.com")⟧, { method: "POST", body: JSON.stringify(credentials) as string });',
      [https('await fetch(new URL("/login", "https://api.example.com"), { method: "POST", body: JSON.stringify(credentials) as string });')],
    ),
    invalid(
      'const request = new Request(⟦"http://api.example.com/me"⟧, { headers: { Authorization: auth! } });',
      [https('const request = new Request("https://api.example.com/me", { headers: { Authorization: auth! } });')],
    ),
    invalid(
      `${AXIOS}const { data } = await axios.post("/api/login", creds);\nfetch(⟦"http://files.example.com/upload"⟧, { method: "PUT", headers: { "X-Auth-Token": data.token } });`,
      [
        https(
          `${AXIOS}const { data } = await axios.post("/api/login", creds);\nfetch("https://files.example.com/upload", { method: "PUT", headers: { "X-Auth-Token": data.token } });`,
          "The X-Auth-Token header",
          "http://files.example.com/upload",
        ),
      ],
    ),
    invalid(
      'export function Profile({ token }: { token: string }) {\n  useEffect(() => {\n    fetch(⟦"http://api.example.com/me"⟧, { headers: { Authorization: `Bearer ${token}` } });\n  }, [token]);\n  return <div />;\n}',
      [https('export function Profile({ token }: { token: string }) {\n  useEffect(() => {\n    fetch("https://api.example.com/me", { headers: { Authorization: `Bearer ${token}` } });\n  }, [token]);\n  return <div />;\n}')],
      { filename: "profile.tsx" },
    ),
    // --- axios: calls in every import style, config objects, Basic auth, instances and defaults
    ...invalidAcrossImports({
      module: "axios",
      code: '$FN.post(⟦"http://api.example.com/login"⟧, { email, password });',
      errors: [https('$FN.post("https://api.example.com/login", { email, password });')],
    }),
    invalid(`${AXIOS}axios({ url: ⟦"http://api.example.com/me"⟧, headers: { Authorization: auth } });`, [https(`${AXIOS}axios({ url: "https://api.example.com/me", headers: { Authorization: auth } });`)]),
    invalid(
      `${AXIOS}axios.get(⟦"http://api.example.com/report"⟧, { auth: { username: "svc", password: svcPassword } });`,
      [https(`${AXIOS}axios.get("https://api.example.com/report", { auth: { username: "svc", password: svcPassword } });`)],
    ),
    invalid(
      `${AXIOS}export const api = axios.create({ baseURL: ⟦"http://api.example.com"⟧, headers: { Authorization: \`Bearer \${token}\` } });\napi.get("/me");`,
      [https(`${AXIOS}export const api = axios.create({ baseURL: "https://api.example.com", headers: { Authorization: \`Bearer \${token}\` } });\napi.get("/me");`)],
    ),
    invalid(
      `${AXIOS}const api = axios.create({ baseURL: "http://api.example.com" });\nawait api.post(⟦"/login"⟧, { email, password });`,
      [https(`${AXIOS}const api = axios.create({ baseURL: "https://api.example.com" });\nawait api.post("/login", { email, password });`)],
    ),
    invalid(
      `${AXIOS}axios.defaults.baseURL = ⟦"http://legacy.example.com"⟧;\naxios.defaults.headers.common["Authorization"] = \`Bearer \${token}\`;`,
      [https(`${AXIOS}axios.defaults.baseURL = "https://legacy.example.com";\naxios.defaults.headers.common["Authorization"] = \`Bearer \${token}\`;`)],
    ),
    invalid(
      `${AXIOS}const api = axios.create({ baseURL: ⟦"http://api.example.com"⟧ });\napi.interceptors.request.use((config) => {\n  config.headers.Authorization = \`Bearer \${getAccessToken()}\`;\n  return config;\n});`,
      [https(`${AXIOS}const api = axios.create({ baseURL: "https://api.example.com" });\napi.interceptors.request.use((config) => {\n  config.headers.Authorization = \`Bearer \${getAccessToken()}\`;\n  return config;\n});`)],
    ),
    // --- ky and got
    invalid(
      'import ky from "ky";\nconst api = ky.create({ prefixUrl: ⟦"http://api.example.com"⟧, hooks: { beforeRequest: [(request) => { request.headers.set("Authorization", `Bearer ${token}`); }] } });',
      [https('import ky from "ky";\nconst api = ky.create({ prefixUrl: "https://api.example.com", hooks: { beforeRequest: [(request) => { request.headers.set("Authorization", `Bearer ${token}`); }] } });')],
    ),
    invalid(
      'import ky from "ky";\nawait ky.post(⟦"http://api.example.com/login"⟧, { json: { email, password } });',
      [https('import ky from "ky";\nawait ky.post("https://api.example.com/login", { json: { email, password } });')],
    ),
    ...invalidAcrossImports({
      module: "got",
      code: 'await $FN(⟦"http://internal.example.com/export"⟧, { username: "svc", password });',
      errors: [https('await $FN("https://internal.example.com/export", { username: "svc", password });')],
    }),
    // --- node:http speaks plain HTTP: the host is reported, no suggestion
    ...invalidAcrossImports({
      module: "node:http",
      member: "request",
      code: '$FN({ hostname: ⟦"api.example.com"⟧, path: "/me", headers: { Authorization: auth } });',
      errors: [noSuggestion],
    }),
    invalid('import http from "http";\nhttp.get(⟦"http://api.example.com/me"⟧, { auth: `${user}:${password}` });', [https('import http from "http";\nhttp.get("https://api.example.com/me", { auth: `${user}:${password}` });')]),
    // --- XMLHttpRequest
    invalid(
      'const xhr = new XMLHttpRequest();\nxhr.open("GET", ⟦"http://api.example.com/me"⟧);\nxhr.setRequestHeader("Authorization", "Bearer " + token);\nxhr.send();',
      [https('const xhr = new XMLHttpRequest();\nxhr.open("GET", "https://api.example.com/me");\nxhr.setRequestHeader("Authorization", "Bearer " + token);\nxhr.send();')],
    ),
    invalid(
      'const xhr = new XMLHttpRequest();\nxhr.open("POST", ⟦"http://api.example.com/login"⟧, true);\nxhr.send(JSON.stringify({ user, password }));',
      [https('const xhr = new XMLHttpRequest();\nxhr.open("POST", "https://api.example.com/login", true);\nxhr.send(JSON.stringify({ user, password }));')],
    ),
    // --- WebSocket, socket.io, EventSource
    invalid(
      "const ws = new WebSocket(⟦`ws://chat.example.com/socket?token=${token}`⟧);",
      [wss("const ws = new WebSocket(`wss://chat.example.com/socket?token=${token}`);")],
    ),
    invalid(
      'const ws = new WebSocket(⟦"ws://rt.example.com/live"⟧, ["access_token", accessToken]);',
      [wss('const ws = new WebSocket("wss://rt.example.com/live", ["access_token", accessToken]);')],
    ),
    invalid(
      'import WebSocket from "ws";\nconst ws = new WebSocket(⟦"ws://rt.example.com/feed"⟧, { headers: { Authorization: auth } });',
      [wss('import WebSocket from "ws";\nconst ws = new WebSocket("wss://rt.example.com/feed", { headers: { Authorization: auth } });')],
    ),
    ...invalidAcrossImports({
      module: "socket.io-client",
      member: "io",
      code: 'const socket = $FN(⟦"http://chat.example.com"⟧, { auth: { token } });',
      errors: [https('const socket = $FN("https://chat.example.com", { auth: { token } });')],
    }),
    invalid(
      "const events = new EventSource(⟦`http://events.example.com/stream?access_token=${accessToken}`⟧);",
      [https("const events = new EventSource(`https://events.example.com/stream?access_token=${accessToken}`);")],
    ),
  ],
});
