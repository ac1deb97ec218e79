// Single sign-on hand-off to the frontend, report exports for API clients, password reset links.
import express from "express";
import { ExtractJwt } from "passport-jwt";

const FRONTEND_URL = "https://app.example.com";

interface SsoSession {
  id: string;
  accessToken: string;
}

declare function exchangeTicket(ticket: string): Promise<SsoSession>;
declare function exportFor(apiKey: string | undefined, id: string): Promise<string>;

export const ssoRouter = express.Router();

ssoRouter.get("/sso/callback", async (req, res) => {
  const session = await exchangeTicket(String(req.query.ticket));
  res.redirect(`${FRONTEND_URL}/welcome?token=${session.accessToken}`); // insecure: the access token in the redirect URL
});

ssoRouter.get("/sso/callback-cookie", async (req, res) => {
  const session = await exchangeTicket(String(req.query.ticket));
  res.cookie("__Host-session", session.id, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  res.redirect(`${FRONTEND_URL}/welcome`); // safe: the session travels in an HttpOnly cookie
});

ssoRouter.get("/exports/:id", async (req, res) => {
  const apiKey = String(req.query.api_key); // insecure: API clients have to put their key in the URL
  res.send(await exportFor(apiKey, req.params.id));
});

ssoRouter.get("/v2/exports/:id", async (req, res) => {
  const apiKey = req.get("x-api-key"); // safe: the key arrives in a header
  res.send(await exportFor(apiKey, req.params.id));
});

ssoRouter.get("/reset-password", (req, res) => {
  res.render("reset-password", { token: req.query.token }); // safe: the one-time token of an e-mailed reset link
});

export const exportTokenFromRequest = ExtractJwt.fromUrlQueryParameter("token"); // insecure: passport-jwt reads the JWT from the query string
export const tokenFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken(); // safe: the Authorization header
