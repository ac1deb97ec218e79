import rule from "../../rules/no-timing-unsafe-compare.js";
import { createRuleTester, invalid, invalidAcrossImports, valid } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const unsafe = (secret: string, operator: string) => ({ messageId: "unsafeCompare", data: { secret, operator }, suggestions: [] });
const CRYPTO = `import crypto from "node:crypto";\n`;

ruleTester.run("no-timing-unsafe-compare", rule as unknown as TesterRule, {
  valid: [
    valid(`${CRYPTO}const a = Buffer.from(signature, "hex");\nconst b = crypto.createHmac("sha256", secret).update(body).digest();\nif (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw new Error("bad signature");`),
    valid(`import bcrypt from "bcrypt";\nconst ok = await bcrypt.compare(password, user.passwordHash);`),
    // trivial operands
    valid(`if (token === undefined || token === null || token === "") throw new Error("missing");`),
    valid(`if (typeof apiKey !== "string") return;`),
    valid(`if (signature.length !== expected.length) return false;`),
    valid(`if (tokenType === "Bearer") next();`),
    valid(`if (payload.token_use === "access") next();`),
    valid(`if (scheme !== "Bearer") return res.status(401).end();`),
    valid(`if (decoded.type === "refresh") rotate();`),
    valid(`if (!token) return;\nif (token == null) return;`),
    // public values
    valid(`if (req.params.id === session.userId) allow();`),
    valid(`if (user.apiKeyId === keyId) revoke();`),
    valid(`if (fileHash === expectedHash) cache.hit();`),
    valid(`if (etag === req.headers["if-none-match"]) return res.status(304).end();`),
    valid(`if (tokenCount === maxTokens) stop();\nif (nextPageToken === cursor) done();`),
    valid(`if (signatureAlgorithm === alg) use();`),
    // a form comparing the user's own two inputs
    valid(`if (password !== confirmPassword) errors.push("Passwords do not match");`),
    valid(`if (form.newPassword === form.oldPassword) warn();`),
    // client UI code comparing its own state
    valid(`export function useAuth() {\n  const [token, setToken] = useState(null);\n  useEffect(() => { if (token !== previousToken) refresh(); }, [token]);\n}`),
    valid(`export const Badge = ({ token, other }: Props) => (token === other ? <b>same</b> : null);`, { filename: "Badge.tsx" }),
    // not a comparison of secrets
    valid(`if (a.equals(b)) same();\nif (name.localeCompare(other) === 0) sort();`),
    valid(`const same = user.role === "admin";`),
    valid(`const ALLOW_CREDENTIALS = "access-control-allow-credentials";\nif (name.toLowerCase() === ALLOW_CREDENTIALS) found = true;`),
  ],
  invalid: [
    invalid(`if (⟦req.headers["x-api-key"] !== process.env.API_KEY⟧) return res.status(401).end();`, [unsafe(`req.headers["x-api-key"]`, "!==")]),
    invalid(`if (⟦apiKey === storedKey⟧) grant();`, [unsafe('"apiKey"', "===")]),
    invalid(`const MASTER_KEY = "k3y-2024-prod-91f0a";\nif (⟦req.body.apiKey === MASTER_KEY⟧) grant();`, [unsafe('"req.body.apiKey"', "===")]),
    invalid(`if (⟦signature != expected⟧) throw new Error();`, [unsafe('"signature"', "!=")]),
    invalid(`if (⟦req.body.token !== invite.token⟧) throw new Forbidden();`, [unsafe('"req.body.token"', "!==")]),
    invalid(`if (⟦resetCode === user.resetCode⟧) allowReset();`, [unsafe('"resetCode"', "===")]),
    invalid(`if (⟦otp == expectedOtp⟧) login();`, [unsafe('"otp"', "==")]),
    invalid(`if (⟦hashedPassword === user.passwordHash⟧) login();`, [unsafe('"hashedPassword"', "===")]),
    invalid(`const sessionId = cookies.sid;\nif (⟦sessionId === row.sessionId⟧) ok();`, [unsafe('"sessionId"', "===")]),
    invalid(`if (⟦authorization !== \`Bearer \${process.env.CRON_SECRET}\`⟧) return new Response("no", { status: 401 });`, [
      unsafe('"authorization"', "!=="),
    ]),
    invalid(`if (⟦req.get("X-Hub-Signature-256") !== "sha256=" + digest⟧) return;`, [unsafe(`req.get("X-Hub-Signature-256")`, "!==")]),
    invalid(`const given = Buffer.from(req.headers["x-signature"] as string, "hex");\nif (!⟦given.equals(mac)⟧) return;`, [unsafe(`req.headers["x-signature"]`, "Buffer#equals")]),
    invalid(`if (⟦token.localeCompare(expectedToken)⟧ === 0) ok();`, [unsafe('"token"', "localeCompare")]),
    invalid(`if (⟦process.env.CRON_SECRET !== header⟧) return new Response("no", { status: 401 });`, [unsafe('"process.env.CRON_SECRET"', "!==")]),
    invalid(`const check = (req: Request) => ⟦req.headers.get("x-api-key") === apiKeys.primary⟧;`, [unsafe(`req.headers.get("x-api-key")`, "===")]),
    invalid(`if (⟦(req.query.token as string) === secretToken!⟧) ok();`, [unsafe('"req.query.token"', "===")]),
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
    invalid(`app.post("/webhook", (req, res) => {\n  if (⟦req.headers["stripe-signature"] !== sign(req.body)⟧) return res.sendStatus(400);\n});`, [
      unsafe(`req.headers["stripe-signature"]`, "!=="),
    ]),
  ],
});
