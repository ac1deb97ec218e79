import rule from "../../rules/no-token-in-logs.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const logged = { messageId: "credentialLogged", suggestions: [] };
const loggedAs = (credential: string, logger: string) => ({ messageId: "credentialLogged", data: { credential, logger }, suggestions: [] });

const NEST = 'import { Injectable, Logger } from "@nestjs/common";\n';

ruleTester.run("no-token-in-logs", rule as unknown as TesterRule, {
  valid: [
    // --- values that describe a credential without printing it
    valid("console.log(token.length, typeof token, !!token, token ? \"yes\" : \"no\", token === undefined);"),
    valid("console.log(`token has ${token.length} characters`, Boolean(token), password.length >= 12);"),
    valid("console.log(mask(token), redactToken(accessToken), token.slice(0, 6), apiKey.substring(0, 4) + \"…\");"),
    valid("console.debug({ hasToken: !!token, tokenPresent: token !== null, passwordSet: !!password });"),
    // --- words that look like credentials and are not
    valid("console.log(tokenCount, maxTokens, inputTokens, tokenizer.name);"),
    valid("console.log(\"next page\", nextPageToken, pageToken, cursor, cancelToken);"),
    valid("console.log({ tokenType: \"Bearer\", expiresIn: 3600, tokenExpiresAt, token_type });"),
    valid("console.log(\"csrf\", csrfToken, \"device\", deviceToken, fcmToken);"),
    valid('console.log("Authorization header missing");\nconsole.warn("password must be at least 12 characters");'),
    // --- constants and names of credentials
    valid('const EnvNames = { API_SECRET: "API_SECRET" };\nlogger.info(`set ${EnvNames.API_SECRET} to enable this`);\nlogger.info(`missing ${ManagedIdentityEnvironmentVariableNames.MSI_SECRET}`);'),
    valid('const token = "n/a";\nconsole.warn(`The ${cookieName} cookie is ${sessionCookieBytes} bytes`, apiKeyPreview);'),
    valid("console.error(`Attempted to invoke queryFn, Query hash: '${options.queryHash}'`);"),
    // --- request data that is not a credential
    valid('app.get("/x", (req, res) => {\n  console.log(req.headers["user-agent"], req.headers.host, req.method, req.url);\n});'),
    valid("const req = { headers: {} };\nconsole.log(req.headers);"),
    valid('logger.info("user signed in", { userId: user.id, email: user.email });\nconsole.error(err);'),
    // --- not loggers
    valid("Math.log(token);\nhistory.push(token);\nchangeLog.info(token);\nconst log = new Map();\nlog.set(\"token\", token);"),
    valid("function print(console: { log(v: unknown): void }) {\n  console.log(token);\n}"),
    // --- pino redaction configured for the printed path
    valid('import pino from "pino";\nconst logger = pino({ redact: ["password", "*.token", "req.headers.authorization"] });\nlogger.info({ password }, "login");\nlogger.info({ user: { token } });'),
    valid('import pino from "pino";\nconst logger = pino({ redact: { paths: ["credentials.password"], censor: "**" } });\nlogger.info({ credentials: { password } });'),
    ...validAcrossImports({ module: "pino", code: "const logger = $FN();\nlogger.info({ userId, tokenCount });" }),
    valid(`${NEST}@Injectable()\nexport class AuthService {\n  private readonly logger = new Logger(AuthService.name);\n  login(dto: { email: string }) {\n    this.logger.log(\`login attempt for \${dto.email}\`);\n  }\n}`),
    valid("export function Debug({ token }: { token: string }) {\n  console.log(\"token loaded:\", !!token);\n  return <span>{token ? \"signed in\" : \"anonymous\"}</span>;\n}", { filename: "debug.tsx" }),
  ],
  invalid: [
    // --- console, directly and inside messages
    invalid('console.log("token", ⟦token⟧);', [loggedAs('"token"', "console.log")]),
    invalid("console.error(`Bearer ${⟦accessToken⟧}`);", [loggedAs('"accessToken"', "console.error")]),
    invalid("console.info({ ⟦refreshToken⟧, userId });", [logged]),
    invalid("console.log(`login ok, token=${⟦value⟧}`);", [loggedAs('"token"', "console.log")]),
    invalid('console.log("Authorization: Bearer " + ⟦value⟧);', [loggedAs("a bearer token", "console.log")]),
    invalid('console.log(verbose ? ⟦token⟧ : "[hidden]", ⟦apiKey⟧ ?? "none");', [logged, logged]),
    invalid("window.console.debug(JSON.stringify({ user, ⟦password⟧ }));", [logged]),
    invalid("console.log(⟦user.passwordHash⟧, ⟦otpSecret⟧);", [logged, logged]),
    invalid('console.error(new Error(`invalid session ${⟦sessionId⟧}`));', [logged]),
    // --- where the credential comes from
    invalid('import jwt from "jsonwebtoken";\nconst t = jwt.sign({ sub: user.id }, secret);\nconsole.log("issued", ⟦t⟧);', [loggedAs("the token returned by jwt.sign", "console.log")]),
    invalid(
      'import axios from "axios";\nconst { data } = await axios.post("/api/login", creds);\nconsole.log(⟦data.accessToken⟧);',
      [loggedAs('"accessToken" from the login response', "console.log")],
    ),
    // --- request headers and cookies
    invalid('app.get("/me", (req, res) => {\n  console.log(⟦req.headers⟧);\n  console.log(JSON.stringify(⟦req.cookies⟧));\n});', [
      loggedAs("the request headers (with Authorization and Cookie)", "console.log"),
      loggedAs("the request cookies", "console.log"),
    ]),
    invalid('app.get("/me", (req, res) => {\n  logger.debug("auth", ⟦req.headers.authorization⟧);\n});', [loggedAs("the Authorization header", "logger.debug")]),
    invalid('app.use(async (ctx, next) => {\n  console.log(⟦ctx.request.headers⟧);\n  await next();\n});', [logged]),
    // --- pino (every import style), child loggers, redaction that does not cover the path, Fastify's logger
    ...invalidAcrossImports({
      module: "pino",
      code: 'const logger = $FN();\nlogger.info({ ⟦password⟧ }, "login");',
      errors: [loggedAs('"password"', "logger.info")],
    }),
    invalid('import pino from "pino";\nconst log = pino().child({ ⟦sessionId⟧ });', [logged]),
    invalid('import pino from "pino";\nconst logger = pino({ redact: ["password"] });\nlogger.info({ user: { ⟦password⟧ } });', [logged]),
    invalid('app.post("/login", async (request, reply) => {\n  request.log.info(`login ${request.body.email} ${⟦request.body.password⟧}`);\n});', [logged]),
    invalid('import Fastify from "fastify";\nconst app = Fastify({ logger: true });\napp.log.warn({ ⟦apiKey⟧ }, "key rotated");', [logged]),
    // --- winston, bunyan, debug, log4js, loglevel, consola
    ...invalidAcrossImports({
      module: "winston",
      member: "createLogger",
      code: 'const logger = $FN({ level: "info" });\nlogger.info("login", { apiKey: ⟦key⟧ });',
      errors: [loggedAs('"apiKey"', "logger.info")],
    }),
    invalid('import winston from "winston";\nwinston.log("info", `session ${⟦req.sessionID⟧}`);', [loggedAs('"sessionID"', "winston.log")]),
    invalid('import bunyan from "bunyan";\nconst log = bunyan.createLogger({ name: "auth" });\nlog.info({ ⟦token⟧ }, "issued");', [logged]),
    ...invalidAcrossImports({
      module: "debug",
      code: 'const debug = $FN("app:auth");\ndebug("jwt %s", ⟦jwt⟧);',
      errors: [loggedAs('"jwt"', "debug")],
    }),
    invalid('import createDebug from "debug";\nconst debug = createDebug("app").extend("auth");\ndebug(⟦credentials⟧);', [logged]),
    invalid('import log4js from "log4js";\nconst logger = log4js.getLogger("auth");\nlogger.debug("bearer", ⟦bearerToken⟧);', [logged]),
    invalid('import log from "loglevel";\nlog.info("refresh", ⟦refresh_token⟧);', [logged]),
    invalid('import { consola } from "consola";\nconsola.info(`api key ${⟦apiKey⟧}`);', [logged]),
    // --- NestJS: class-field loggers, static Logger, injected Logger
    invalid(
      `${NEST}@Injectable()\nexport class AuthService {\n  private readonly logger = new Logger(AuthService.name);\n  login(dto: { email: string; password: string }) {\n    this.logger.log(\`login attempt \${dto.email} \${⟦dto.password⟧}\`);\n  }\n}`,
      [loggedAs('"password"', "this.logger.log")],
    ),
    invalid(`${NEST}Logger.warn(\`token=\${⟦dto.token⟧}\`, "Auth");`, [loggedAs('"token"', "Logger.warn")]),
    invalid(
      `${NEST}@Injectable()\nexport class TokenService {\n  constructor(private readonly logger: Logger) {}\n  issue(accessToken: string) {\n    this.logger.debug(⟦accessToken⟧);\n  }\n}`,
      [logged],
    ),
    invalid(
      `${NEST}export class Client {\n  private logger: Logger;\n  constructor() {\n    this.logger = new Logger("Client");\n  }\n  call(apiKey: string) {\n    this.logger.verbose({ ⟦apiKey⟧ });\n  }\n}`,
      [logged],
    ),
    // --- loggers known by their name only
    invalid('import { logger } from "./logger";\nlogger.error(`refresh failed for ${⟦refreshToken⟧}`);', [loggedAs('"refreshToken"', "logger.error")]),
    invalid("class Api {\n  constructor(private log: AppLogger) {}\n  call(token: string) {\n    this.log.info({ ⟦token⟧ });\n  }\n}", [logged]),
    // --- TSX
    invalid(
      "export function Session({ session }: { session: { accessToken: string } }) {\n  console.log(\"session\", ⟦session.accessToken⟧);\n  return <div />;\n}",
      [logged],
      { filename: "session.tsx" },
    ),
  ],
});
