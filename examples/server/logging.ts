// Request logging and login auditing.
import express from "express";
import pino from "pino";

interface Session {
  accessToken: string;
  expiresIn: number;
}

declare function signIn(email: string, password: string): Promise<Session>;

const logger = pino({ redact: ["password", "req.headers.authorization", "req.headers.cookie"] });
const auditLogger = pino({ name: "audit" });

export const loggingRouter = express.Router();

loggingRouter.post("/login", async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
  auditLogger.info({ email, password }, "login attempt"); // insecure: the password in the audit log
  logger.info({ email, password }, "login attempt"); // safe: this logger redacts "password"
  const session = await signIn(email, password);
  console.log(`login ok for ${email}, token=${session.accessToken}`); // insecure: the access token in the log
  console.log(`login ok for ${email}, token expires in ${session.expiresIn}s (${session.accessToken.length} chars)`); // safe: describes the token without printing it
  res.json(session);
});

loggingRouter.use((req, res, next) => {
  console.debug(req.method, req.url, req.headers); // insecure: the headers include Authorization and Cookie
  console.debug(req.method, req.url, req.headers["user-agent"]); // safe: one harmless header
  next();
});
