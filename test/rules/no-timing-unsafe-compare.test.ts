import rule from "../../rules/no-timing-unsafe-compare.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const unsafe = (secret: string, operator: string) => ({ messageId: "unsafeCompare", data: { secret, operator }, suggestions: [] });
const CRYPTO = `import crypto from "node:crypto";\n`;

ruleTester.run("no-timing-unsafe-compare", rule as unknown as TesterRule, {
  valid: [
    // --- the fix itself, in every import style
    ...validAcrossImports({
      module: "node:crypto",
      member: "timingSafeEqual",
      code: `const a = Buffer.from(signature, "hex");\nconst b = Buffer.from(expected, "hex");\nif (a.length !== b.length || !$FN(a, b)) throw new Error("bad signature");`,
    }),
    valid(`${CRYPTO}const a = Buffer.from(signature, "hex");\nconst b = crypto.createHmac("sha256", secret).update(body).digest();\nif (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw new Error("bad signature");`),
    valid(`import bcrypt from "bcrypt";\nconst ok = await bcrypt.compare(password, user.passwordHash);`),
    // --- trivial operands
    valid(`if (token === undefined || token === null || token === "") throw new Error("missing");`),
    valid(`if (typeof apiKey !== "string") return;`),
    valid(`if (signature.length !== expected.length) return false;`),
    valid(`if (tokenType === "Bearer") next();`),
    valid(`if (payload.token_use === "access") next();`),
    valid(`if (scheme !== "Bearer") return res.status(401).end();`),
    valid(`if (decoded.type === "refresh") rotate();`),
    valid(`if (!token) return;\nif (token == null) return;`),
    valid(`if (capturedToken === "(") depth++;\nelse if (capturedToken === ";") break;`),
    valid(`if (exchanged.issued_token_type !== "urn:ietf:params:oauth:token-type:access_token") throw new Error();`),
    // --- public values
    valid(`if (req.params.id === session.userId) allow();`),
    valid(`if (user.apiKeyId === keyId) revoke();`),
    valid(`if (fileHash === expectedHash) cache.hit();`),
    valid(`if (etag === req.headers["if-none-match"]) return res.status(304).end();`),
    valid(`if (tokenCount === maxTokens) stop();\nif (nextPageToken === cursor) done();`),
    valid(`if (signatureAlgorithm === alg) use();`),
    valid(`if (this.originalFrontendApi === tokenIssuer) return true;\nif (jwtAudience === this.jwtAudience) return true;`),
    valid(`if (lm.recipeUserId.getAsString() === userIdForWhomTokenWasGenerated) ok();`),
    // --- session ids are looked up by value in the store; comparing them leaks nothing more
    valid(`const sessionId = cookies.sid;\nif (sessionId === row.sessionId) ok();`),
    valid(`if (cookieId !== req.sessionID) setCookie();\nif (prevSession[sessionIdKey] === sessionId) reuse();`),
    valid(`if (ctx.context.session?.session.token === sessionCookie) return ctx.json({ status: true });`),
    // --- enum members and named constants (lexer kinds, token types, error codes, DI tokens)
    valid(`import * as ts from "typescript";\nif (token === ts.SyntaxKind.ExtendsKeyword) extend();\nif (node.kind === SyntaxKind.CommaToken) comma();`),
    valid(`if (acceptsToken === TokenType.M2MToken || acceptsToken === TokenType.ApiKey) machine();`),
    valid(`if (error.code === TokenError.codes.invalidSignature) reject();\nif (err.code === jwt_1.JwtErrorCode.INVALID_SIGNATURE) reject();`),
    valid(`if (id === constants_1.VERIFY_TOTP) verify();\nif (member.type !== utils_1.AST_NODE_TYPES.TSIndexSignature) skip();`),
    valid(`import * as oauth from "oauth4webapi";\nif (err?.code === oauth.JWT_CLAIM_COMPARISON) retry();`),
    valid(`if (dependency?.token !== REQUEST) resolve();\nif (opaqueTokenString === UNSERIALIZABLE) skip();\nif (response.passwordHash === B64_REDACTED) hide();`),
    valid(`const isDefaultSecret = secret === DEFAULT_SECRET;`),
    valid(`if (item.token === classRef || wrapper.token === name) found();`),
    valid(`if (authScheme.toLowerCase() !== AuthenticationScheme.POP.toLowerCase()) plain();`),
    // --- lexer, navigation and sentinel tokens
    valid(`if (token === firstTokenOfLine) indent();\nif (bracketTokenL !== firstToken) fix();\nif (tokenAfterOpeningCurly !== closingCurly) space();`),
    valid(`function isFirst(token) {\n  return this.getFirstTokenOfLine(token) === token;\n}\nfunction check(token: string) {\n  if (token !== token.trim()) throw new TypeError("whitespace");\n}`),
    valid(`if (token !== nav_token) return;\nif (options.queryFn === skipToken) disable();`),
    // --- the app's own bookkeeping: caches, previous values, the same field of two records, route tables
    valid(`if (this.cachedToken_.accessToken !== token.accessToken) refresh();`),
    valid(`if (stillStored && stillStored.refresh_token === currentSession.refresh_token) keep();\nif (tokenSet.accessToken !== session.tokenSet.accessToken) save();`),
    valid(`if (this.lastRefreshFailure.refreshToken === refreshToken) backoff();\nconst rest = tokenSets.filter((tokenSet) => tokenSet !== existingTokenSet);`),
    valid(`if (sanitizedPathname === this.routes.accessToken) return handleAccessToken();`),
    valid(`function unsign(value: string, secrets: string[]) {\n  for (let i = 0; i < secrets.length; i++) {\n    const secret = secrets[i];\n    if (valid(value, secret)) return { renew: secret !== secrets[0] };\n  }\n}`),
    valid(`let b64;\nfor (const [payload, signatureB64] of parts) {\n  if (b64 === undefined) b64 = signatureB64;\n  else if (b64 !== signatureB64) throw new Error("inconsistent");\n}`),
    valid(`if (keyAttestationResult.jwt !== result.jwt) throw new InvalidProof();`),
    // --- a form comparing the user's own two inputs
    valid(`if (password !== confirmPassword) errors.push("Passwords do not match");`),
    valid(`if (form.newPassword === form.oldPassword) warn();`),
    // --- client UI code comparing its own state (a hook, a component rendering JSX)
    valid(`export function useAuth() {\n  const [token, setToken] = useState(null);\n  useEffect(() => { if (token !== previous) refresh(); }, [token]);\n}`),
    valid(`export const Badge = ({ token, other }: Props) => (token === other ? <b>same</b> : null);`, { filename: "Badge.tsx" }),
    valid(`export function Profile({ apiKey }: { apiKey: string }) {\n  const onCopy = async () => {\n    if (apiKey !== copied) await navigator.clipboard.writeText(apiKey);\n  };\n  return <button onClick={onCopy}>copy</button>;\n}`),
    // --- not a comparison of secrets
    valid(`if (a.equals(b)) same();\nif (name.localeCompare(other) === 0) sort();`),
    valid(`const same = user.role === "admin";`),
    valid(`const ALLOW_CREDENTIALS = "access-control-allow-credentials";\nif (name.toLowerCase() === ALLOW_CREDENTIALS) found = true;`),
    valid(`const map = new Map();\nif (map.get("token") === map.get("other")) same();`),
  ],
  invalid: [
    // --- secrets by name: headers, env, stored values
    invalid(`if (⟦req.headers["x-api-key"] !== process.env.API_KEY⟧) return res.status(401).end();`, [unsafe(`req.headers["x-api-key"]`, "!==")]),
    invalid(`if (⟦apiKey === storedKey⟧) grant();`, [unsafe('"apiKey"', "===")]),
    invalid(`const MASTER_KEY = "k3y-2024-prod-91f0a";\nif (⟦req.body.apiKey === MASTER_KEY⟧) grant();`, [unsafe('"req.body.apiKey"', "===")]),
    invalid(`if (⟦signature != expected⟧) throw new Error();`, [unsafe('"signature"', "!=")]),
    invalid(`if (⟦req.body.token !== invite.token⟧) throw new Forbidden();`, [unsafe('"req.body.token"', "!==")]),
    invalid(`if (⟦resetCode === user.resetCode⟧) allowReset();`, [unsafe('"resetCode"', "===")]),
    invalid(`if (⟦otp == expectedOtp⟧) login();`, [unsafe('"otp"', "==")]),
    invalid(`if (⟦hashedPassword === user.passwordHash⟧) login();`, [unsafe('"hashedPassword"', "===")]),
    invalid(`router.post("/reset", async (ctx) => {\n  if (⟦ctx.request.body.token !== ctx.state.user.resetToken⟧) ctx.throw(403);\n});`, [unsafe('"ctx.request.body.token"', "!==")]),
    invalid(`if (⟦apiKeyHeaderValue === input.config.apiKey⟧) return true;`, [unsafe('"apiKeyHeaderValue"', "===")]),
    invalid(`import { API_KEY } from "./config";\nif (⟦key.apiKey !== API_KEY⟧) deny();`, [unsafe('"key.apiKey"', "!==")]),
    invalid(`if (⟦authorization !== \`Bearer \${process.env.CRON_SECRET}\`⟧) return new Response("no", { status: 401 });`, [unsafe('"authorization"', "!==")]),
    invalid(`if (⟦request.headers.authorization !== "Bearer valid"⟧) reply.code(401);`, [unsafe('"request.headers.authorization"', "!==")]),
    invalid(`if (⟦req.get("X-Hub-Signature-256") !== "sha256=" + digest⟧) return;`, [unsafe(`req.get("X-Hub-Signature-256")`, "!==")]),
    invalid(`if (⟦process.env.CRON_SECRET !== header⟧) return new Response("no", { status: 401 });`, [unsafe('"process.env.CRON_SECRET"', "!==")]),
    // --- Buffer#equals and localeCompare
    invalid(`const given = Buffer.from(req.headers["x-signature"] as string, "hex");\nif (!⟦given.equals(mac)⟧) return;`, [unsafe(`req.headers["x-signature"]`, "Buffer#equals")]),
    invalid(`if (⟦token.localeCompare(expectedToken)⟧ === 0) ok();`, [unsafe('"token"', "localeCompare")]),
    // --- TypeScript syntax
    invalid(`const check = (req: Request) => ⟦req.headers.get("x-api-key") === apiKeys.primary⟧;`, [unsafe(`req.headers.get("x-api-key")`, "===")]),
    invalid(`if (⟦(req.query.token as string) === secretToken!⟧) ok();`, [unsafe('"req.query.token"', "===")]),
    invalid(`const expected = config.webhookSecret satisfies string;\nif (⟦<string>req.body.secret !== expected⟧) deny();`, [unsafe('"req.body.secret"', "!==")], { filename: "file.ts" }),
    // --- HMAC digests by flow, in every import style
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "createHmac",
      code: `const expected = $FN("sha256", key).update(payload).digest("hex");\nif (⟦received === expected⟧) accept();`,
      errors: [unsafe("The HMAC digest", "===")],
    }),
    invalid(`${CRYPTO}export function verifyWebhook(body: string, header: string) {\n  return ⟦crypto.createHmac("sha256", secret).update(body).digest("hex") === header⟧;\n}`, [
      unsafe("The HMAC digest", "==="),
    ]),
    invalid(`${CRYPTO}const hmac = crypto.createHmac("sha1", key);\nhmac.update(body);\nconst computed = hmac.digest("base64");\nif (⟦computed !== got⟧) reject();`, [
      unsafe("The HMAC digest", "!=="),
    ]),
    // --- function and arrow handlers, callbacks and promises
    invalid(`app.post("/webhook", (req, res) => {\n  if (⟦req.headers["stripe-signature"] !== sign(req.body)⟧) return res.sendStatus(400);\n});`, [
      unsafe(`req.headers["stripe-signature"]`, "!=="),
    ]),
    invalid(`app.post("/hook", function (req, res) {\n  verify(req.body).then((signature) => {\n    if (⟦signature === req.get("x-signature")⟧) res.end();\n  });\n});`, [unsafe('"signature"', "===")]),
    invalid(`if (⟦token !== await createHMAC("SHA-256", "base64urlnopad").sign(secret, \`\${user.id}!\${trustIdentifier}\`)⟧) return null;`, [unsafe('"token"', "!==")]),
    // --- TSX: server code in .tsx files is still server code
    invalid(`export default async function Preview({ searchParams }: Props) {\n  if (⟦searchParams.secret !== process.env.PREVIEW_SECRET⟧) notFound();\n  return <main>preview</main>;\n}`, [
      unsafe('"searchParams.secret"', "!=="),
    ], { filename: "page.tsx" }),
    invalid(`"use server";\nexport async function unlock(code: string) {\n  if (⟦code !== process.env.ADMIN_PASSWORD⟧) return <p>denied</p>;\n  return <p>ok</p>;\n}`, [
      unsafe('"process.env.ADMIN_PASSWORD"', "!=="),
    ], { filename: "actions.tsx" }),
    invalid(`export async function GET(request: Request) {\n  if (⟦request.headers.get("authorization") !== \`Bearer \${process.env.CRON_SECRET}\`⟧) {\n    return new Response("Unauthorized", { status: 401 });\n  }\n  return Response.json({ ok: true });\n}`, [
      unsafe(`request.headers.get("authorization")`, "!=="),
    ], { filename: "route.tsx" }),
  ],
});
