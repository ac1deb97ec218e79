// Authentication middleware for the Express API.
import type { NextFunction, Request, Response } from "express";
import { expressjwt } from "express-jwt";
import jwt from "jsonwebtoken";
import type { AccessClaims } from "../auth/tokens.js";
import { JWT_PUBLIC_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER } from "../config.js";

declare global {
  namespace Express {
    interface Request {
      user?: AccessClaims;
    }
  }
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
}

// Original middleware, still mounted on /api/legacy.
export function requireUserLegacy(req: Request, res: Response, next: NextFunction): void {
  const token = bearerToken(req);
  const claims = token ? (jwt.decode(token) as AccessClaims | null) : null; // insecure: decoded, never verified
  if (!claims) {
    res.status(401).json({ error: "invalid_token" });
    return;
  }
  req.user = claims;
  if (req.path.startsWith("/admin") && claims.role !== "admin") {
    res.status(403).json({ error: "forbidden" });
    return;
  }
  next();
}

// Feature-flag check for the beta dashboard.
export function requireBetaAdmin(req: Request, res: Response, next: NextFunction): void {
  const token = bearerToken(req) ?? "";
  const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()); // insecure: hand-decoded claims
  if (payload.admin) return next();
  res.status(403).json({ error: "forbidden" });
}

// safe: the signature and algorithm are checked before req.user is set
export function requireUser(req: Request, res: Response, next: NextFunction): void {
  const token = bearerToken(req);
  if (!token) {
    res.status(401).json({ error: "missing_token" });
    return;
  }
  try {
    req.user = jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }) as AccessClaims;
    next();
  } catch {
    res.status(401).json({ error: "invalid_token" });
  }
}

export function requireRole(role: AccessClaims["role"]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.user?.role === role) return next(); // safe: req.user was verified by requireUser
    res.status(403).json({ error: "forbidden" });
  };
}

// safe: express-jwt for machine clients, RS256 only
export const requireApiClient = expressjwt({
  secret: JWT_PUBLIC_KEY,
  algorithms: ["RS256"],
  issuer: TOKEN_ISSUER,
  audience: TOKEN_AUDIENCE,
});
