import rule from "../../rules/no-weak-session-id.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const weak = (sink: string, source: string) => ({ messageId: "weakId", data: { sink, source }, suggestions: [] });

ruleTester.run("no-weak-session-id", rule as unknown as TesterRule, {
  valid: [
    // --- Math.random / Date.now for things that are not credentials
    valid(`const jitter = Math.random() * 100;\nsetTimeout(retry, 1000 + jitter);`),
    valid(`const color = "#" + Math.floor(Math.random() * 0xffffff).toString(16);`),
    valid(`const requestId = Math.random().toString(36).slice(2);\nlogger.info({ requestId });`),
    valid(`const session = { token, expiresAt: Date.now() + 3600_000, createdAt: Date.now() };`),
    valid(`const tokenExpiry = Date.now() + ttl;`),
    valid(`const payload = { sub: user.id, iat: Math.floor(Date.now() / 1000) };`),
    valid(`const tokenCount = Math.floor(Math.random() * maxTokens);\nconst nextPageToken = String(Date.now());`),
    valid(`export const List = ({ items }: { items: string[] }) => <ul>{items.map((item) => <li key={Math.random()}>{item}</li>)}</ul>;`),
    // --- a timestamp that ends up inside something else (an encrypted cookie, a JWT's exp)
    valid(`export const generateSessionCookie = async (session, config) => {\n  const expiration = Math.floor(Date.now() / 1000 + maxAge);\n  return encrypt(session, config.secret, expiration);\n};`),
    valid(`export async function encryptMfaToken(context, secret) {\n  return await encrypt(context, secret, Math.floor(Date.now() / 1000) + ttlSeconds);\n}`),
    valid(`import { SignJWT } from "jose";\nexport async function signJWT(payload, secret, expiresIn = 3600) {\n  return await new SignJWT(payload).setIssuedAt().setExpirationTime(Math.floor(Date.now() / 1e3) + expiresIn).sign(key);\n}`),
    // --- weak parts mixed with real randomness
    valid(`const token = \`\${Date.now()}.\${crypto.randomUUID()}\`;`),
    valid(`import { randomBytes } from "node:crypto";\nconst resetToken = [Date.now(), randomBytes(32).toString("hex")].join(".");`),
    // --- strong sources, in every import style
    ...validAcrossImports({ module: "node:crypto", member: "randomBytes", code: `const sessionId = $FN(32).toString("hex");` }),
    ...validAcrossImports({ module: "nanoid", member: "nanoid", code: `const apiKey = $FN();\nconst resetToken = $FN(32);` }),
    valid(`import { randomUUID } from "node:crypto";\nconst apiKey = randomUUID();`),
    valid(`import { v4 } from "uuid";\nconst sessionToken = v4();`),
    valid(`const bytes = crypto.getRandomValues(new Uint8Array(32));\nconst token = btoa(String.fromCharCode(...bytes));`),
    valid(`import session from "express-session";\napp.use(session({ secret, genid: () => crypto.randomUUID() }));`),
    valid(`import { customAlphabet } from "nanoid";\nconst makeCode = customAlphabet("0123456789abcdefghijklmnopqrstuvwxyz", 32);\nconst apiKey = makeCode();`),
    valid(`import { randomBytes } from "node:crypto";\nrandomBytes(32, (err, buf) => {\n  const token = buf.toString("hex");\n});`),
    // --- unknown sizes, other libraries, shadowed globals
    valid(`import { randomBytes } from "node:crypto";\nconst token = randomBytes(size).toString("hex");`),
    valid(`import { randomBytes } from "node:crypto";\nconst token = randomBytes(Number(process.env.TOKEN_BYTES)).toString("hex");`),
    valid(`import { v1 } from "./ids";\nconst sessionId = v1();`),
    valid(`function f(Math) {\n  const token = Math.random();\n}`),
    // --- a counter or clock for a non-secret
    valid(`let seq = 0;\nconst orderNumber = ++seq;\nconst traceId = Date.now().toString(36);`),
    valid(`let attempts = 0;\nfunction retry() {\n  attempts++;\n  for (let i = 0; i < 3; i++) send(i);\n}`),
    valid(`export function makeCsrfHeaderName() {\n  return "x-csrf-" + Date.now();\n}`),
  ],
  invalid: [
    invalid(`const token = ⟦Math.random()⟧.toString(36).substring(2);`, [weak('"token"', "Math.random()")]),
    // one finding per id, however many weak parts it has
    invalid(`const resetToken = Math.floor(⟦Math.random()⟧ * 1e16).toString(36) + Date.now().toString(36);`, [weak('"resetToken"', "Math.random()")]),
    invalid(`user.verificationCode = String(Math.floor(100000 + ⟦window.Math.random()⟧ * 900000));`, [weak('"verificationCode"', "Math.random()")]),
    invalid(`const rand = ⟦Math.random()⟧.toString(36).slice(2);\nconst apiKey = "sk_" + rand;`, [weak('"apiKey"', "Math.random()")]),
    invalid(`res.json({ sessionId: ⟦new Date().getTime()⟧.toString(16) });`, [weak('"sessionId"', "new Date().getTime()")]),
    invalid(`class Invite {\n  token = \`\${⟦Math.random()⟧}\`;\n}`, [weak('"token"', "Math.random()")]),
    invalid(`function generateToken(): string {\n  return ⟦Math.random()⟧.toString(36).slice(2) + performance.now();\n}`, [weak("the value returned by generateToken()", "Math.random()")]),
    invalid(`const createSessionId = () => ⟦Date.now()⟧.toString(36);`, [weak("the value returned by createSessionId()", "Date.now()")]),
    // the text pre-check: `performance` is the only word here that spells a source
    invalid(`const nonce = String(⟦performance.now()⟧);`, [weak('"nonce"', "performance.now()")]),
    invalid(`Base64Id.prototype.generateId = function () {\n  return Math.abs((⟦Math.random()⟧ * Math.random() * Date.now()) | 0).toString() + Math.abs((Math.random() * Date.now()) | 0).toString();\n};`, [
      weak("the value returned by generateId()", "Math.random()"),
    ]),
    invalid(`const reset = { token: md5(String(⟦Date.now()⟧)), user: id };`, [weak('"token"', "Date.now()")]),
    invalid(`import crypto from "node:crypto";\nconst resetToken = crypto.createHash("sha1").update(String(⟦Date.now()⟧)).digest("hex");`, [weak('"resetToken"', "Date.now()")]),
    // --- session middleware id generators: function and arrow forms
    invalid(`import session from "express-session";\napp.use(session({ secret, genid: () => String(⟦Math.random()⟧) }));`, [weak("the session id returned by genid", "Math.random()")]),
    invalid(`import session from "express-session";\napp.use(session({ secret, genid(req) {\n  return ⟦Date.now()⟧ + "-" + req.ip;\n} }));`, [weak("the session id returned by genid", "Date.now()")]),
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, idGenerator: () => ⟦Math.random()⟧.toString(36) });`, [
      weak("the session id returned by idGenerator", "Math.random()"),
    ]),
    // --- cookies and response fields
    invalid(`res.cookie("sid", ⟦Math.random()⟧.toString(36), { httpOnly: true });`, [weak('cookie "sid"', "Math.random()")]),
    invalid(`(await cookies()).set("session", String(⟦Date.now()⟧), { httpOnly: true });`, [weak('cookie "session"', "Date.now()")]),
    // --- counters
    invalid(`let nextSessionId = 1;\nexport function createSession(user) {\n  const sessionId = String(⟦nextSessionId++⟧);\n  sessions.set(sessionId, user);\n}`, [weak('"sessionId"', "a counter")]),
    invalid(`class TokenStore {\n  private seq = 0;\n  newSessionId(): string {\n    return (⟦++this.seq⟧).toString(36);\n  }\n}`, [weak("the value returned by newSessionId()", "a counter")]),
    // --- nonces and CSRF tokens
    invalid(`export function Page() {\n  const nonce = ⟦Math.random()⟧.toString(36).slice(2);\n  return <script nonce={nonce} />;\n}`, [weak('"nonce"', "Math.random()")]),
    invalid(`app.use((req, res, next) => {\n  req.session.csrfToken ??= ⟦Math.random()⟧.toString(36);\n  next();\n});`, [weak('"csrfToken"', "Math.random()")]),
    // --- uuid v1, short CSPRNG output, short nanoid: every import style
    ...invalidAcrossImports({
      module: "uuid",
      member: "v1",
      code: `const sessionToken = ⟦$FN()⟧;`,
      errors: [weak('"sessionToken"', "uuid v1 (time and MAC address)")],
    }),
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "randomBytes",
      code: `const resetToken = ⟦$FN(8)⟧.toString("hex");`,
      errors: [
        {
          messageId: "weakId",
          data: { sink: '"resetToken"', source: "randomBytes(8)" },
          suggestions: [{ messageId: "useMinimum", data: { minimum: "32" }, output: `const resetToken = $FN(32).toString("hex");` }],
        },
      ],
    }),
    ...invalidAcrossImports({
      module: "nanoid",
      member: "nanoid",
      code: `const token = ⟦$FN(10)⟧;`,
      errors: [{ messageId: "weakId", data: { sink: '"token"', source: "nanoid(10)" }, suggestions: [{ messageId: "useMinimum", output: `const token = $FN(21);` }] }],
    }),
    invalid(`import { randomBytes } from "node:crypto";\n⟦randomBytes(8, (err, buf) => {\n  const apiKey = buf.toString("base64url");\n  save(apiKey);\n})⟧;`, [
      {
        messageId: "weakId",
        data: { sink: '"apiKey"', source: "randomBytes(8)" },
        suggestions: [{ messageId: "useMinimum", output: `import { randomBytes } from "node:crypto";\nrandomBytes(32, (err, buf) => {\n  const apiKey = buf.toString("base64url");\n  save(apiKey);\n});` }],
      },
    ]),
    invalid(`import { randomBytes } from "node:crypto";\nconst SIZE = 4;\nconst apiKey = ⟦randomBytes(SIZE)⟧.toString("hex");`, [weak('"apiKey"', "randomBytes(4)")]),
    invalid(`const apiKey = Buffer.from(⟦crypto.getRandomValues(new Uint8Array(8))⟧).toString("base64url");`, [
      {
        messageId: "weakId",
        data: { sink: '"apiKey"', source: "getRandomValues() of 8 bytes" },
        suggestions: [{ messageId: "useMinimum", output: `const apiKey = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64url");` }],
      },
    ]),
    invalid(`import { customAlphabet } from "nanoid";\nconst digits = customAlphabet("0123456789", 6);\nconst resetCode = ⟦digits()⟧;`, [weak('"resetCode"', "customAlphabet() with 19 bits")]),
    // --- TypeScript wrappers
    invalid(`const oauthNonce = (⟦Math.random()⟧ as number).toString(36)!;`, [weak('"oauthNonce"', "Math.random()")]),
    invalid(`const inviteToken = String(⟦Date.now()⟧ satisfies number);`, [weak('"inviteToken"', "Date.now()")]),
  ],
});
