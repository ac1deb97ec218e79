// Cookie attributes on the Express login routes (require-cookie-httponly / -secure / -samesite).
import express from "express";

export const auth = express.Router();

auth.post("/login", async (req, res) => {
  const accessToken = await issueAccessToken(req.body.user);
  res.cookie("access_token", accessToken, { maxAge: 15 * 60 * 1000 }); // insecure: readable by scripts, sent over plain HTTP, no SameSite
  res.cookie("__Host-access_token", accessToken, { httpOnly: true, secure: true, sameSite: "strict", path: "/", maxAge: 15 * 60 * 1000 }); // safe: HttpOnly, Secure, SameSite=Strict
  res.cookie("theme", req.body.theme ?? "light"); // safe: a UI preference, not a credential
  res.cookie("XSRF-TOKEN", csrfTokenFor(req), { secure: true, sameSite: "strict" }); // safe: a double-submit CSRF token must stay readable by the SPA
  res.json({ ok: true });
});

auth.post("/widget-login", async (req, res) => {
  const sid = await createSession(req.body.user);
  res.cookie("widget_session", sid, { httpOnly: true, sameSite: "none" }); // insecure: SameSite=None without Secure
  res.cookie("__Host-widget_session", sid, { httpOnly: true, secure: true, sameSite: "none", path: "/" }); // safe: a cross-site cookie with Secure
  res.json({ ok: true });
});

// A helper the routes share: the response comes in as a parameter.
export function setSessionCookie(res: express.Response, sid: string) {
  res.cookie("sid", sid, { httpOnly: true }); // insecure: no Secure, no SameSite
}

export function setSessionCookieSafely(res: express.Response, sid: string) {
  res.cookie("__Host-sid", sid, { httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax", path: "/" }); // safe: Secure decided at run time counts as set
}

auth.post("/legacy-login", async (req, res) => {
  const sid = await createSession(req.body.user);
  res.setHeader("Set-Cookie", `session=${sid}; Path=/; HttpOnly`); // insecure: a raw Set-Cookie without Secure or SameSite
  res.append("Set-Cookie", `__Host-session=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`); // safe: every attribute in the header
  res.end();
});

auth.post("/logout", (req, res) => {
  res.clearCookie("sid"); // safe: clearing a cookie
  res.json({ ok: true });
});

declare function createSession(user: unknown): Promise<string>;
declare function issueAccessToken(user: unknown): Promise<string>;
declare function csrfTokenFor(req: express.Request): string;
