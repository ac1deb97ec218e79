import rule from "../../rules/no-token-in-url.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const inUrl = { messageId: "tokenInUrl", suggestions: [] };
const query = (credential: string) => ({ messageId: "tokenInUrl", data: { credential, section: "query string" }, suggestions: [] });
const fragment = (credential: string) => ({ messageId: "tokenInUrl", data: { credential, section: "fragment" }, suggestions: [] });
const fromUrl = (credential: string, api: string) => ({ messageId: "tokenFromUrl", data: { credential, api }, suggestions: [] });
const fromPage = (credential: string, api: string) => ({ messageId: "tokenFromPageUrl", data: { credential, api }, suggestions: [] });
const extractor = { messageId: "extractorFromUrl", suggestions: [] };

const tsx = { filename: "component.tsx" };

ruleTester.run("no-token-in-url", rule as unknown as TesterRule, {
  valid: [
    // --- paging, cancellation and other look-alikes
    valid("const url = `/orders?pageToken=${encodeURIComponent(nextPageToken)}`;"),
    valid("const url = `/orders?cursor=${cursor}&limit=20&nextPageToken=${nextPageToken}`;"),
    valid("const url = `/orders?token=${pageToken}`;"),
    valid("const url = `/search?q=${query}&cancelToken=${cancelToken}&maxTokens=${maxTokens}`;"),
    valid("const url = `/form?csrf_token=${csrfToken}&token_type=${tokenType}`;"),
    // --- OAuth / OIDC protocol parameters belong in URLs
    valid("const url = `${authorizeUrl}?response_type=code&client_id=${clientId}&state=${state}&code_challenge=${challenge}&nonce=${nonce}`;"),
    valid("res.redirect(`/callback?code=${code}&state=${state}`);"),
    valid("location.href = `${issuer}/logout?id_token_hint=${idToken}&post_logout_redirect_uri=${encodeURIComponent(origin)}`;"),
    // --- one-time link tokens (documented decision)
    valid("const link = `${APP_URL}/reset-password?token=${token}`;"),
    valid("const link = `${APP_URL}/auth/verify-email?token=${token}&email=${email}`;"),
    valid("const link = `${APP_URL}/join?token=${inviteToken}`;"),
    valid("const link = `/x?token=${user.resetToken}`;"),
    valid("export function sendMagicLink(email: string, token: string) {\n  return mailer.send(email, `${APP_URL}/login?token=${token}`);\n}"),
    valid('app.get("/reset-password", (req, res) => {\n  const token = req.query.token;\n  res.render("reset", { token });\n});'),
    valid('const searchParams = useSearchParams();\nconst token = searchParams.get("token");', { filename: "app/reset-password/page.tsx" }),
    valid("const token = await generateVerificationToken();\nconst link = `${APP_URL}/api/auth/callback/email?token=${token}`;"),
    valid(
      "const params = new URLSearchParams({ callbackUrl, token, email: identifier });\nconst _url = `${url}/callback/${provider.id}?${params}`;\nawait provider.sendVerificationRequest({ identifier, url: _url });",
    ),
    valid('const target = new URL(loginUrl);\ntarget.searchParams.set("session_transfer_token", sessionTransferToken);'),
    valid('const url = new URL(endSessionEndpoint);\nurl.searchParams.set("logout_hint", session.sid);\nurl.searchParams.set("id_token_hint", session.idToken);'),
    // --- TOTP provisioning URIs carry the secret by design (QR codes); literal values are not run-time credentials
    valid("const qr = `otpauth://totp/${encodeURI(issuer)}:${user}?secret=${secret}&issuer=${encodeURI(issuer)}`;"),
    valid('const queryParams = new URLSearchParams();\nqueryParams.set("forceFreshAuth", "true");\nconst url = `${websiteDomain}/auth?${queryParams.toString()}`;'),
    // --- URLSearchParams over a request body is not a URL
    valid('export async function POST(req: Request) {\n  const body = new URLSearchParams(await req.text());\n  const logoutToken = body.get("logout_token");\n  return handle(logoutToken);\n}'),
    // --- credentials in bodies and headers are fine
    valid('fetch(tokenUrl, { method: "POST", body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }) });'),
    valid("const body = new URLSearchParams();\nbody.set(\"password\", password);\nfetch(\"/api/session\", { method: \"POST\", body });"),
    valid('fetch("/api/login", { method: "POST", body: `grant_type=password&username=${user}&password=${password}` });'),
    valid('fetch("/api/me", { headers: { Authorization: `Bearer ${accessToken}` } });'),
    valid("const message = `token=${token}`;\nconsole.log(`Signed in, token=${token}`);"),
    valid("const query = sql`SELECT * FROM sessions WHERE a = ? AND token=${token}`;"),
    // --- tokens in paths are not query parameters
    valid("const url = `/api/tokens/${tokenId}`;\nres.redirect(`/orders/${order.id}`);"),
    // --- look-alike sinks
    valid('const cache = new Map();\ncache.set("token", token);'),
    valid('const url = new URL(base);\nurl.searchParams.set("page", String(page));\nurl.searchParams.set("token", pageToken);'),
    // --- query reads that are not credentials, and objects that are not requests
    valid('app.get("/orders", (req, res) => {\n  const { page, cursor } = req.query;\n  const sort = req.query.sort;\n  const code = req.query.code;\n});'),
    valid('app.post("/session", (req, res) => {\n  const token = req.body.token;\n});'),
    valid("const req = { query: { token: \"x\" } };\nconsole.log(req.query.token);"),
    // receivers are route-handler parameters, not bare names
    valid("export function tokenOf(req: { query: Record<string, string> }) {\n  return req.query.token;\n}"),
    valid("async function load(res: { redirect(url: string): void }, url: string) {\n  res.redirect(url + \"&token=\" + token);\n}"),
    valid('import { ExtractJwt } from "passport-jwt";\nconst jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();'),
    valid('app.get("/x", (c) => c.json({ page: c.req.query("page") }));'),
    valid('const params = new URLSearchParams(location.search);\nconst page = params.get("page");'),
    ...validAcrossImports({ module: "axios", code: '$FN.get("/search", { params: { q: query, page: 2 } });' }),
    valid("export function Link({ id }: { id: string }) {\n  return <a href={`/orders/${id}?tab=items`}>Open</a>;\n}", tsx),
    // An empty key holds URL text: it names no word to search for (this used to loop forever).
    valid('const links = { "": "/cb?page=" };\nconst url = links[""] + page;'),
  ],
  invalid: [
    invalid('const links = { "": "/cb?token=" };\nconst url = links[""] + ⟦accessToken⟧;', [query('"accessToken"')]),
    // --- URL strings: query and fragment, template and concatenation
    invalid("const callback = `/auth/callback?token=${⟦token⟧}`;", [query('"token"')]),
    invalid('const url = "https://app.example.com/#access_token=" + ⟦accessToken⟧;', [fragment('"accessToken"')]),
    invalid("const url = `${API_BASE}/weather?q=${city}&api_key=${⟦key⟧}`;", [query('"api_key"')]),
    invalid("const embed = `/embed?t=${⟦accessToken⟧}`;", [query('"accessToken"')]),
    invalid("const url = `/x?session_id=${⟦session.id⟧}&sid=${⟦sid⟧}`;", [query('"session_id"'), query('"sid"')]),
    invalid("const url = `/x?token=${⟦token⟧ as string}`;", [inUrl]),
    invalid("const BASE = \"https://app.example.com/cb\";\nconst url = BASE + \"?refresh_token=\" + ⟦refresh⟧;", [query('"refresh_token"')]),
    // --- where the credential comes from
    invalid(
      'import axios from "axios";\nconst { data } = await axios.post("/api/login", credentials);\nwindow.location.href = `/app?jwt=${⟦data.token⟧}`;',
      [query('"token" from the login response')],
    ),
    invalid('import jwt from "jsonwebtoken";\nconst t = jwt.sign({ sub: user.id }, secret);\nres.redirect(`${FRONTEND}/done?auth=${⟦t⟧}`);', [inUrl]),
    // --- URLSearchParams and url.searchParams
    invalid("const params = new URLSearchParams({ ⟦token⟧ });\nlocation.href = `/app?${params}`;", [query('"token"')]),
    invalid(
      'const params = new URLSearchParams();\nparams.set("access_token", ⟦at⟧);\nrouter.push(`/x?${params.toString()}`);',
      [query('"access_token"')],
    ),
    invalid('const url = new URL("https://app.example.com/cb");\nurl.searchParams.set("id_token", ⟦idToken⟧);', [query('"idToken"')]),
    invalid('const sp = new URL(location.href).searchParams;\nsp.append("session_id", ⟦value⟧);', [query('"session_id"')]),
    invalid('const KEY = "access_token";\nconst url = new URL(base);\nurl.searchParams.set(KEY, ⟦value⟧);', [query('"access_token"')]),
    invalid('import { ACCESS_TOKEN_KEY } from "./constants";\nconst url = new URL(base);\nurl.searchParams.set(ACCESS_TOKEN_KEY, ⟦value⟧);', [query('"ACCESS_TOKEN_KEY"')]),
    invalid("const u = new URL(base);\nu.hash = `access_token=${⟦accessToken⟧}&token_type=bearer`;", [fragment('"accessToken"')]),
    // --- redirects and navigation
    invalid('app.get("/sso", (req, res) => {\n  res.redirect(returnTo + "&token=" + ⟦token⟧);\n});', [query('"token"')]),
    invalid('location.assign("/home#session=" + ⟦sessionId⟧);', [fragment('"sessionId"')]),
    invalid("window.open(`/print?auth=${⟦auth⟧}`);", [query('"auth"')]),
    invalid(
      'import { useRouter } from "next/router";\nexport function Done({ token }: { token: string }) {\n  const router = useRouter();\n  router.push({ pathname: "/app", query: { ⟦token⟧ } });\n  return null;\n}',
      [query('"token"')],
      tsx,
    ),
    invalid(
      'import { useRouter } from "vue-router";\nconst router = useRouter();\nrouter.replace({ path: "/cb", query: { access_token: ⟦tokens.access_token⟧ } });',
      [query('"access_token"')],
    ),
    invalid(
      'import { useNavigate } from "react-router-dom";\nexport function Login() {\n  const navigate = useNavigate();\n  const onDone = (jwt: string) => navigate({ pathname: "/app", search: `?jwt=${⟦jwt⟧}` });\n  return <button onClick={() => onDone("x")}>Go</button>;\n}',
      [query('"jwt"')],
      tsx,
    ),
    invalid("export function Download({ apiKey }: { apiKey: string }) {\n  return <a href={`/export.csv?api_key=${⟦apiKey⟧}`}>Export</a>;\n}", [query('"apiKey"')], tsx),
    invalid("const socket = new WebSocket(`wss://rt.example.com/socket?token=${⟦token⟧}`);", [query('"token"')]),
    // --- request options that build the query string, in every import style
    ...invalidAcrossImports({ module: "axios", code: '$FN.get("/search", { params: { q: query, api_key: ⟦apiKey⟧ } });', errors: [query('"apiKey"')] }),
    ...invalidAcrossImports({ module: "qs", member: "stringify", code: "const url = `/cb?${$FN({ ⟦token⟧, page: 1 })}`;", errors: [query('"token"')] }),
    invalid('import ky from "ky";\nawait ky.get("api/items", { searchParams: { access_token: ⟦accessToken⟧ } });', [query('"accessToken"')]),
    // --- servers that read credentials from the query string
    invalid('app.get("/me", (req, res) => {\n  const t = ⟦req.query.token⟧;\n});', [fromUrl('"token"', "req.query")]),
    invalid(
      'import jwt from "jsonwebtoken";\napp.get("/verify", (req, res) => {\n  const claims = jwt.verify(⟦req.query.token⟧ as string, publicKey, { algorithms: ["RS256"] });\n  res.json(claims);\n});',
      [fromUrl('"token"', "req.query")],
    ),
    invalid('export async function GET(request: Request) {\n  const params = new URLSearchParams(new URL(request.url).search);\n  return check(⟦params.get("apiKey")⟧);\n}', [fromUrl('"apiKey"', "searchParams.get")]),
    invalid('router.get("/ws", (req, res) => {\n  const { ⟦access_token⟧, page } = req.query;\n});', [fromUrl('"access_token"', "req.query")]),
    invalid('app.get("/me", (request: Request, reply) => {\n  const key = ⟦request.query!["api_key"]⟧;\n});', [fromUrl('"api_key"', "request.query")]),
    invalid(
      'import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx) => {\n  const a = ⟦ctx.query.token⟧;\n  const b = ⟦ctx.request.query.apiKey⟧;\n});',
      [fromUrl('"token"', "ctx.query"), fromUrl('"apiKey"', "ctx.request.query")],
    ),
    invalid(
      'import { Hono } from "hono";\nconst app = new Hono();\napp.get("/x", (c) => {\n  const t = ⟦c.req.query("token")⟧;\n  return c.text(t);\n});',
      [fromUrl('"token"', "c.req.query()")],
    ),
    invalid('io.on("connection", (socket) => {\n  const t = ⟦socket.handshake.query.token⟧;\n});', [fromUrl('"token"', "socket.handshake.query")]),
    invalid(
      'export async function GET(request: Request) {\n  const { searchParams } = new URL(request.url);\n  const token = ⟦searchParams.get("access_token")⟧;\n  return Response.json({ ok: !!token });\n}',
      [fromUrl('"access_token"', "searchParams.get")],
    ),
    invalid(
      "\"use client\";\nimport { useSearchParams } from \"next/navigation\";\nexport function Callback() {\n  const searchParams = useSearchParams();\n  const token = ⟦searchParams.get(\"token\")⟧;\n  return <p>{token ? \"ok\" : \"…\"}</p>;\n}",
      [fromPage('"token"', "searchParams.get")],
      { filename: "app/callback/page.tsx" },
    ),
    invalid(
      "export default function Page({ searchParams }: { searchParams: { jwt?: string } }) {\n  return <Client jwt={⟦searchParams.jwt⟧} />;\n}",
      [fromPage('"jwt"', "searchParams")],
      tsx,
    ),
    invalid(
      'export function OAuthCallback() {\n  useEffect(() => {\n    const params = new URLSearchParams(window.location.hash.slice(1));\n    const token = ⟦params.get("access_token")⟧;\n    window.opener?.postMessage({ token }, window.location.origin);\n  }, []);\n  return null;\n}',
      [fromPage('"access_token"', "searchParams.get")],
      tsx,
    ),
    invalid('import { useSearchParams } from "react-router-dom";\nexport function Landing() {\n  const [searchParams] = useSearchParams();\n  return <p>{⟦searchParams.get("session_id")⟧}</p>;\n}', [fromPage('"session_id"', "searchParams.get")], tsx),
    invalid('export async function GET(req: NextRequest) {\n  return check(⟦req.nextUrl.searchParams.get("api_key")⟧);\n}', [fromUrl('"api_key"', "searchParams.get")]),
    invalid(
      'import { Controller, Get, Query } from "@nestjs/common";\n@Controller("files")\nexport class FilesController {\n  @Get("download")\n  download(@⟦Query("access_token")⟧ token: string, @Query("page") page: string) {\n    return this.files.forToken(token, page);\n  }\n}',
      [fromUrl('"access_token"', "@Query()")],
    ),
    invalid('import { getQuery } from "h3";\nexport default defineEventHandler((event) => ⟦getQuery(event).token⟧);', [fromUrl('"token"', "getQuery")]),
    ...invalidAcrossImports({
      module: "passport-jwt",
      member: "ExtractJwt",
      code: 'const options = { secretOrKey, jwtFromRequest: ⟦$FN.fromUrlQueryParameter("auth_token")⟧ };',
      errors: [{ ...extractor, data: { name: '"auth_token"' } }],
    }),
  ],
});
