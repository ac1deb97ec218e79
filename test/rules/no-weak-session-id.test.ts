import rule from "../../rules/no-weak-session-id.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const weak = (sink: string, source: string) => ({ messageId: "weakId", data: { sink, source }, suggestions: [] });

ruleTester.run("no-weak-session-id", rule as unknown as TesterRule, {
  valid: [
    // Math.random / Date.now for things that are not credentials
    valid(`const jitter = Math.random() * 100;\nsetTimeout(retry, 1000 + jitter);`),
    valid(`const color = "#" + Math.floor(Math.random() * 0xffffff).toString(16);`),
    valid(`const requestId = Math.random().toString(36).slice(2);\nlogger.info({ requestId });`),
    valid(`const session = { token, expiresAt: Date.now() + 3600_000, createdAt: Date.now() };`),
    valid(`const tokenExpiry = Date.now() + ttl;`),
    valid(`const payload = { sub: user.id, iat: Math.floor(Date.now() / 1000) };`),
    valid(`const token = \`\${Date.now()}.\${crypto.randomUUID()}\`;`),
    valid(`import { randomBytes } from "node:crypto";\nconst resetToken = [Date.now(), randomBytes(32).toString("hex")].join(".");`),
    // strong sources
    ...validAcrossImports({ module: "node:crypto", member: "randomBytes", code: `const sessionId = $FN(32).toString("hex");` }),
    valid(`import { randomUUID } from "node:crypto";\nconst apiKey = randomUUID();`),
    valid(`import { nanoid } from "nanoid";\nconst token = nanoid();\nconst resetToken = nanoid(32);`),
    valid(`import { v4 } from "uuid";\nconst sessionToken = v4();`),
    valid(`const bytes = crypto.getRandomValues(new Uint8Array(32));\nconst token = btoa(String.fromCharCode(...bytes));`),
    valid(`import session from "express-session";\napp.use(session({ secret, genid: () => crypto.randomUUID() }));`),
    valid(`import { customAlphabet } from "nanoid";\nconst makeCode = customAlphabet("0123456789abcdefghijklmnopqrstuvwxyz", 32);\nconst apiKey = makeCode();`),
    // unknown sizes, other libraries
    valid(`import { randomBytes } from "node:crypto";\nconst token = randomBytes(size).toString("hex");`),
    valid(`import { v1 } from "./ids";\nconst sessionId = v1();`),
    valid(`function f(Math) {\n  const token = Math.random();\n}`),
    // a counter or clock for a non-secret
    valid(`let seq = 0;\nconst orderNumber = ++seq;\nconst traceId = Date.now().toString(36);`),
  ],
  invalid: [
    invalid(`const token = ⟦Math.random()⟧.toString(36).substring(2);`, [weak('"token"', "Math.random()")]),
    invalid(`const resetToken = Math.floor(⟦Math.random()⟧ * 1e16).toString(36) + ⟦Date.now()⟧.toString(36);`, [
      weak('"resetToken"', "Math.random()"),
      weak('"resetToken"', "Date.now()"),
    ]),
    invalid(`user.verificationCode = String(Math.floor(100000 + ⟦window.Math.random()⟧ * 900000));`, [weak('"verificationCode"', "Math.random()")]),
    invalid(`const rand = ⟦Math.random()⟧.toString(36).slice(2);\nconst apiKey = "sk_" + rand;`, [weak('"apiKey"', "Math.random()")]),
    invalid(`res.json({ sessionId: ⟦new Date().getTime()⟧.toString(16) });`, [weak('"sessionId"', "new Date().getTime()")]),
    invalid(`class Invite {\n  token = \`\${⟦Math.random()⟧}\`;\n}`, [weak('"token"', "Math.random()")]),
    invalid(`function generateToken(): string {\n  return ⟦Math.random()⟧.toString(36).slice(2) + ⟦performance.now()⟧;\n}`, [
      weak("the value returned by generateToken()", "Math.random()"),
      weak("the value returned by generateToken()", "performance.now()"),
    ]),
    invalid(`const createSessionId = () => ⟦Date.now()⟧.toString(36);`, [weak("the value returned by createSessionId()", "Date.now()")]),
    invalid(`import session from "express-session";\napp.use(session({ secret, genid: () => String(⟦Math.random()⟧) }));`, [
      weak("the session id returned by genid", "Math.random()"),
    ]),
    invalid(`import session from "express-session";\napp.use(session({ secret, genid(req) {\n  return ⟦Date.now()⟧ + "-" + req.ip;\n} }));`, [
      weak("the session id returned by genid", "Date.now()"),
    ]),
    invalid(`import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret, idGenerator: () => ⟦Math.random()⟧.toString(36) });`, [
      weak("the session id returned by idGenerator", "Math.random()"),
    ]),
    invalid(`res.cookie("sid", ⟦Math.random()⟧.toString(36), { httpOnly: true });`, [weak('cookie "sid"', "Math.random()")]),
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
    invalid(`const apiKey = Buffer.from(⟦crypto.getRandomValues(new Uint8Array(8))⟧).toString("base64url");`, [
      {
        messageId: "weakId",
        data: { sink: '"apiKey"', source: "getRandomValues() of 8 bytes" },
        suggestions: [{ messageId: "useMinimum", output: `const apiKey = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64url");` }],
      },
    ]),
    invalid(`import { nanoid } from "nanoid";\nconst token = ⟦nanoid(10)⟧;`, [
      { messageId: "weakId", data: { sink: '"token"', source: "nanoid(10)" }, suggestions: [{ messageId: "useMinimum", output: `import { nanoid } from "nanoid";\nconst token = nanoid(21);` }] },
    ]),
    invalid(`import { customAlphabet } from "nanoid";\nconst digits = customAlphabet("0123456789", 6);\nconst resetCode = ⟦digits()⟧;`, [weak('"resetCode"', "customAlphabet() with 19 bits")]),
    invalid(`const oauthNonce = (⟦Math.random()⟧ as number).toString(36)!;`, [weak('"oauthNonce"', "Math.random()")]),
  ],
});
