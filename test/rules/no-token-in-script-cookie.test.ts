import rule from "../../rules/no-token-in-script-cookie.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const TS = { filename: "file.ts" } as const;
const TSX = { filename: "Login.tsx" } as const;

function cookie(credential: string, api: string) {
  return { messageId: "scriptCookie", data: { credential, api }, suggestions: [] };
}
const DOC = "document.cookie";

ruleTester.run("no-token-in-script-cookie", rule as unknown as TesterRule, {
  valid: [
    // --- non-credential cookies: preferences, consent, locale
    valid(`document.cookie = "theme=dark; path=/";\ndocument.cookie = \`locale=\${locale}; max-age=31536000\`;\ndocument.cookie = "consent=" + encodeURIComponent(JSON.stringify(consent));`, TS),
    // --- CSRF cookies must be readable by script
    valid(`document.cookie = \`XSRF-TOKEN=\${csrfToken}; path=/\`;\ndocument.cookie = "csrftoken=" + token;`, TS),
    valid(`import Cookies from "js-cookie";\nCookies.set("XSRF-TOKEN", data.token);\nCookies.set("csrf_token", token, { sameSite: "strict" });`, TS),
    // --- deleting the cookie is the fix
    valid(`document.cookie = "token=; Max-Age=0; path=/";\ndocument.cookie = \`session=\${""}; expires=Thu, 01 Jan 1970 00:00:00 GMT\`;\ndocument.cookie = "jwt=; expires=Thu, 01 Jan 1970 00:00:00 UTC; path=/";`, TS),
    valid(`import Cookies from "js-cookie";\nCookies.remove("token");\nCookies.set("token", "");\nconst t = Cookies.get("token");`, TS),
    // --- look-alikes: metadata, paging, counts
    valid(`document.cookie = \`tokenExpiresAt=\${data.expiresAt}\`;\ndocument.cookie = "pageToken=" + page.nextPageToken;\ndocument.cookie = \`tokenCount=\${tokenCount}\`;`, TS),
    // --- reads are not writes
    valid(`const token = document.cookie.split("; ").find((c) => c.startsWith("token="))?.split("=")[1];`, TS),
    // --- shadowed document; Map#set; an unknown cookies object
    valid(`function f(document: { cookie: string }) {\n  document.cookie = \`token=\${token}\`;\n}\nconst cookies = new Map();\ncookies.set("token", token);\nres.cookies.set("token", token);`, TS),
    // --- nookies with a server context writes a Set-Cookie header
    ...validAcrossImports({ ...TS, module: "nookies", member: "setCookie", code: `export async function getServerSideProps(ctx) {\n  $FN(ctx, "token", token, { httpOnly: true });\n  return { props: {} };\n}`, styles: ["esm named", "require destructured"] }),
    valid(`import nookies from "nookies";\nexport function handler(req, res) {\n  nookies.set({ res }, "session", sessionId, { httpOnly: true });\n}`, TS),
    // --- cookies-next on the server
    valid(`import { setCookie } from "cookies-next";\nexport default function handler(req, res) {\n  setCookie("token", token, { req, res, httpOnly: true });\n}`, TS),
    valid(`import { cookies } from "next/headers";\nimport { setCookie } from "cookies-next";\nexport async function action() {\n  await setCookie("token", token, { cookies });\n}`, TS),
    valid(`import { setCookie } from "cookies-next/server";\nexport async function action(req, res) {\n  await setCookie("token", token, { req, res });\n}`, TS),
    valid(`import { setCookie } from "cookies-next";\nsetCookie("token", token, options);`, TS),
    // --- libraries with non-credentials
    valid(`import Cookies from "universal-cookie";\nnew Cookies().set("lang", "en");\nimport { set } from "tiny-cookie";\nset("theme", theme);`, TS),
    valid(`import { useCookies } from "react-cookie";\nexport function Prefs() {\n  const [cookies, setCookie] = useCookies(["theme"]);\n  return <button onClick={() => setCookie("theme", "dark")} />;\n}`, TSX),
    // --- a React component that keeps the token in memory
    valid(`export function Login() {\n  const tokenRef = useRef<string | null>(null);\n  async function submit() {\n    const { data } = await axios.post("/api/login", form);\n    tokenRef.current = data.token;\n  }\n  return <button onClick={submit} />;\n}`, TSX),
  ],
  invalid: [
    // --- document.cookie: strings, templates, concatenation, serialize
    invalid(`⟦document.cookie⟧ = \`token=\${value}; path=/; secure\`;`, [cookie('"token"', DOC)], TS),
    invalid(`⟦document.cookie⟧ = "access_token=" + encodeURIComponent(t) + "; path=/";`, [cookie('"access_token"', DOC)], TS),
    invalid(`const { data } = await axios.post("/api/login", creds);\n⟦window.document.cookie⟧ = \`auth=\${data.accessToken}\`;`, [cookie('"accessToken" from the login response', DOC)], TS),
    invalid(`const COOKIE = "sid";\n⟦document.cookie⟧ = \`\${COOKIE}=\${value}\`;`, [cookie('"sid"', DOC)], TS),
    invalid(`import jwt from "jsonwebtoken";\nconst signed = jwt.sign(payload, key);\n⟦document.cookie⟧ = "x=" + signed;`, [cookie("The token returned by jwt.sign", DOC)], TS),
    invalid(`import { serialize } from "cookie";\n⟦document.cookie⟧ = serialize("session_id", id, { path: "/" });`, [cookie('"session_id"', DOC)], TS),
    invalid(`⟦globalThis.document.cookie⟧ += \`jwt=\${jwt}\`;`, [cookie('"jwt"', DOC)], TS),
    invalid(`const c = \`refreshToken=\${value}; SameSite=Strict\`;\n⟦document.cookie⟧ = c;`, [cookie('"refreshToken"', DOC)], TS),
    // --- browser globals declared in the config
    {
      ...invalid(`⟦document.cookie⟧ = "session_token=" + value;`, [cookie('"session_token"', DOC)], TS),
      languageOptions: { globals: { document: "readonly", window: "readonly" } },
    },
    // --- js-cookie, every import style
    ...invalidAcrossImports({ ...TS, module: "js-cookie", code: `⟦$FN.set⟧("token", value, { expires: 7 });`, errors: [cookie('"token"', "Cookies.set")] }),
    invalid(`import Cookies from "js-cookie";\nconst api = Cookies.withAttributes({ path: "/", secure: true });\n⟦api.set⟧("jwt", value);`, [cookie('"jwt"', "Cookies.set")], TS),
    invalid(`import Cookies from "js-cookie";\nconst { data } = await axios.post("/auth/signin", creds);\n⟦Cookies.set⟧("user", JSON.stringify({ name: data.name, token: data.token }));`, [cookie('An object holding "token" from the login response', "Cookies.set")], TS),
    // --- universal-cookie / react-cookie
    ...invalidAcrossImports({ ...TS, module: "universal-cookie", code: `const cookies = new $FN();\n⟦cookies.set⟧("accessToken", value, { path: "/" });`, errors: [cookie('"accessToken"', "cookies.set")], styles: ["esm default", "require", "ts import ="] }),
    invalid(
      `import { useCookies } from "react-cookie";\nexport function LoginForm() {\n  const [cookies, setCookie] = useCookies(["session"]);\n  async function onSubmit() {\n    const { data } = await axios.post("/api/login", form);\n    ⟦setCookie⟧("session", data.sessionId, { path: "/" });\n  }\n  return <form onSubmit={onSubmit} />;\n}`,
      [cookie('"sessionId" from the login response', "setCookie")],
      TSX,
    ),
    invalid(`import { Cookies } from "react-cookie";\n⟦new Cookies().set⟧("id_token", value);`, [cookie('"id_token"', "cookies.set")], TS),
    // --- nookies and cookies-next on the client
    invalid(`import { setCookie } from "nookies";\nfunction onLogin(token: string) {\n  ⟦setCookie⟧(null, "token", token, { maxAge: 3600 });\n}`, [cookie('"token"', "setCookie")], TSX),
    invalid(`import nookies from "nookies";\n⟦nookies.set⟧(undefined, "auth", value);\n⟦nookies.set⟧({}, "jwt", value);`, [cookie('"auth"', "nookies.set"), cookie('"jwt"', "nookies.set")], TS),
    invalid(`import { setCookie } from "cookies-next";\n⟦setCookie⟧("refresh_token", value, { maxAge: 60 * 60 * 24 });`, [cookie('"refresh_token"', "setCookie")], TS),
    invalid(`import { setCookie, useSetCookie } from "cookies-next/client";\n⟦setCookie⟧("token", value);\nconst set = useSetCookie();\n⟦set⟧("jwt", value);`, [cookie('"token"', "setCookie"), cookie('"jwt"', "setCookie")], TSX),
    // --- tiny-cookie
    ...invalidAcrossImports({ ...TS, module: "tiny-cookie", member: "setCookie", code: `⟦$FN⟧("apiKey", value);`, errors: [cookie('"apiKey"', "setCookie")], styles: ["esm named", "esm namespace", "require destructured"] }),
    invalid(`import { set } from "tiny-cookie";\nconst TOKEN_COOKIE = "app_token";\n⟦set⟧(TOKEN_COOKIE, value);`, [cookie('"app_token"', "set")], TS),
    // --- ngx-cookie-service
    invalid(
      `import { Injectable } from "@angular/core";\nimport { CookieService } from "ngx-cookie-service";\n@Injectable({ providedIn: "root" })\nexport class AuthService {\n  constructor(private cookies: CookieService) {}\n  store(token: string) {\n    ⟦this.cookies.set⟧("token", token);\n  }\n}`,
      [cookie('"token"', "CookieService#set")],
      TS,
    ),
    invalid(
      `import { Injectable, inject } from "@angular/core";\nimport { CookieService } from "ngx-cookie-service";\n@Injectable({ providedIn: "root" })\nexport class AuthService {\n  private cookies = inject(CookieService);\n  store(jwt: string) {\n    ⟦this.cookies.set⟧("auth", jwt);\n  }\n}`,
      [cookie('"jwt"', "CookieService#set")],
      TS,
    ),
  ],
});
