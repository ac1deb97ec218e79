import rule from "../../rules/no-token-in-post-message.js";
import { createRuleTester, invalid, valid } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const TS = { filename: "file.ts" } as const;
const TSX = { filename: "Popup.tsx" } as const;

function posted(credential: string) {
  return { messageId: "wildcardOrigin", data: { credential }, suggestions: [] };
}

ruleTester.run("no-token-in-post-message", rule as unknown as TesterRule, {
  valid: [
    // --- a named target origin is the fix
    valid(`window.opener.postMessage({ type: "auth", token }, "https://app.example.com");\nparent.postMessage({ accessToken }, window.location.origin);`, TS),
    valid(`const APP_ORIGIN = "https://app.example.com";\niframe.contentWindow!.postMessage({ jwt }, APP_ORIGIN);\nwindow.parent.postMessage({ token }, { targetOrigin: APP_ORIGIN });`, TS),
    // --- no target origin: same-origin default ("/")
    valid(`window.postMessage({ token });`, TS),
    // --- "*" with a message that holds no credential
    valid(`window.parent.postMessage({ type: "resize", height: document.body.scrollHeight }, "*");\nparent.postMessage("ready", "*");`, TS),
    valid(`window.opener.postMessage({ type: "tokenExpiry", expiresAt }, "*");\nparent.postMessage({ csrfToken }, "*");\nparent.postMessage({ tokenCount, nextPageToken }, "*");`, TS),
    // --- Worker / MessagePort / BroadcastChannel have no target origin
    valid(`const worker = new Worker("/refresh.js");\nworker.postMessage({ type: "token", token });\nport.postMessage({ accessToken }, [buffer]);\nnew BroadcastChannel("auth").postMessage({ token });`, TS),
    valid(`import { parentPort } from "node:worker_threads";\nparentPort?.postMessage({ token });`, TS),
    // --- a local function named postMessage
    valid(`function postMessage(message: unknown, target: string) {\n  queue.push({ message, target });\n}\npostMessage({ token }, "*");`, TS),
    // --- UI code that sends only a status
    valid(`export function Done() {\n  useEffect(() => {\n    window.opener?.postMessage({ status: "logged-in" }, "*");\n  }, []);\n  return <p>Signed in</p>;\n}`, TSX),
    // --- unknown target origin is not reported
    valid(`window.opener.postMessage({ token }, targetOrigin);\nparent.postMessage({ token }, { targetOrigin });`, TS),
  ],
  invalid: [
    // --- receivers: window, parent, opener, top, iframes, event.source, popups
    invalid(`window.postMessage({ token }, ⟦"*"⟧);`, [posted('An object holding "token"')], TS),
    invalid(`parent.postMessage(accessToken, ⟦"*"⟧);`, [posted('"accessToken"')], TS),
    invalid(`window.opener.postMessage({ type: "auth", jwt }, ⟦"*"⟧);`, [posted('An object holding "jwt"')], TS),
    invalid(`window.top?.postMessage(\`Bearer \${value}\`, ⟦"*"⟧);`, [posted("A bearer token")], TS),
    invalid(`const frame = document.querySelector("iframe")!;\nframe.contentWindow!.postMessage({ refreshToken }, ⟦"*"⟧);`, [posted('An object holding "refreshToken"')], TS),
    invalid(`window.addEventListener("message", (event) => {\n  (event.source as Window).postMessage({ sessionId }, ⟦"*"⟧);\n});`, [posted('An object holding "sessionId"')], TS),
    invalid(`const popup = window.open(url)!;\npopup.postMessage(JSON.stringify({ id_token: idToken }), ⟦"*"⟧);`, [posted('An object holding "id_token"')], TS),
    invalid(`postMessage({ apiKey }, ⟦"*"⟧);`, [posted('An object holding "apiKey"')], TS),
    // --- browser globals declared in the config
    {
      ...invalid(`postMessage({ token }, ⟦"*"⟧);\nwindow.parent.postMessage({ jwt }, ⟦"*"⟧);`, [posted('An object holding "token"'), posted('An object holding "jwt"')], TS),
      languageOptions: { globals: { postMessage: "readonly", window: "readonly" } },
    },
    // --- options form, constants
    invalid(`window.parent.postMessage({ token }, { ⟦targetOrigin: "*"⟧ });`, [posted('An object holding "token"')], TS),
    invalid(`const ANY = "*";\nparent.postMessage({ token }, ⟦ANY⟧);`, [posted('An object holding "token"')], TS),
    // --- flow: login response, sign call, Authorization header, message in a variable
    invalid(`const { data } = await axios.post("/api/login", creds);\nwindow.opener.postMessage({ type: "LOGIN", value: data.accessToken }, ⟦"*"⟧);`, [posted('An object holding "accessToken" from the login response')], TS),
    invalid(`import jwt from "jsonwebtoken";\nconst signed = jwt.sign(claims, key);\nparent.postMessage(signed, ⟦"*"⟧);`, [posted("The token returned by jwt.sign")], TS),
    invalid(`const header = req.headers.authorization;\nparent.postMessage({ header }, ⟦"*"⟧);`, [posted("An object holding the Authorization header")], TS),
    invalid(`const message = { type: "session", token: getAccessToken() };\nwindow.parent.postMessage(message, ⟦"*"⟧);`, [posted('An object holding "token"')], TS),
    invalid(`const payload = localStorage.getItem("jwt");\nwindow.parent.postMessage(payload as string, ⟦"*"⟧);`, [posted('"jwt"')], TS),
    // --- OAuth popup callback in a TSX component
    invalid(
      `export function OAuthCallback() {\n  useEffect(() => {\n    const params = new URLSearchParams(window.location.hash.slice(1));\n    window.opener?.postMessage({ type: "oauth", accessToken: params.get("access_token") }, ⟦"*"⟧);\n    window.close();\n  }, []);\n  return null;\n}`,
      [posted('An object holding "accessToken"')],
      TSX,
    ),
    invalid(
      `export function Bridge({ token }: { token: string }) {\n  const ref = useRef<HTMLIFrameElement>(null);\n  return <iframe ref={ref} onLoad={() => ref.current?.contentWindow?.postMessage({ token }, ⟦"*"⟧)} />;\n}`,
      [posted('An object holding "token"')],
      TSX,
    ),
    // --- several messages, each reported
    invalid(`parent.postMessage({ token }, ⟦"*"⟧);\nparent.postMessage({ password }, ⟦'*'⟧);`, [posted('An object holding "token"'), posted('An object holding "password"')], TS),
  ],
});
