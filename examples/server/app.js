// Express app wiring: sessions, cookies, rate limiting and routes.
import express from "express";
import session from "express-session";
import cookieParser from "cookie-parser";
import { createRequire } from "node:module";
import { COOKIE_SECRET, SESSION_SECRET } from "./config.js";
import { requireApiClient, requireBetaAdmin, requireRole, requireUser, requireUserLegacy } from "./middleware/require-auth.js";
import { listOrders } from "./orders.js";

const require = createRequire(import.meta.url);
const { configurePassport } = require("./passport.cjs");

export const app = express();
app.set("trust proxy", 1);
app.use(express.json());
app.use(cookieParser(COOKIE_SECRET)); // safe: secret required from the environment
app.use(
  session({
    name: "sid",
    secret: SESSION_SECRET, // safe: from the environment, no fallback
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: "lax", maxAge: 8 * 60 * 60 * 1000 },
  }),
);

// Token-bucket rate limiter, one bucket per client IP.
const buckets = new Map();
function rateLimit(capacity, refillEveryMs) {
  return (req, res, next) => {
    const now = Date.now();
    const bucket = buckets.get(req.ip) ?? { tokenCount: capacity, refilledAt: now };
    const refill = Math.floor((now - bucket.refilledAt) / refillEveryMs);
    const tokenCount = Math.min(capacity, bucket.tokenCount + refill) - 1; // safe: a counter, not a credential
    buckets.set(req.ip, { tokenCount, refilledAt: refill > 0 ? now : bucket.refilledAt }); // safe: Map#set
    if (tokenCount < 0) return res.status(429).json({ error: "rate_limited" });
    next();
  };
}

const passport = configurePassport(app.locals.users);
app.use(passport.initialize());

app.get("/api/me", requireUser, (req, res) => {
  res.json({ id: req.user.sub, role: req.user.role, permissions: req.user.role === "admin" ? ["admin:read"] : [] });
});
app.get("/api/orders", rateLimit(60, 1000), requireUser, listOrders);
app.get("/api/admin/users", requireUser, requireRole("admin"), (req, res) => res.json([]));
app.get("/api/partner/orders", passport.authenticate("partner", { session: false }), listOrders);
app.get("/api/internal/status", requireApiClient, (req, res) => res.json({ ok: true }));
app.use("/api/legacy", requireUserLegacy);
app.get("/api/legacy/orders", listOrders);
app.get("/api/legacy/admin/users", (req, res) => res.json([]));
app.get("/api/beta/dashboard", requireBetaAdmin, (req, res) => res.json({ widgets: [] }));

// Support console, ported from the old admin tool.
const support = express.Router();
support.use(cookieParser("s3cr3t")); // insecure: hard-coded cookie secret
support.use(session({ secret: "keyboard cat", resave: false, saveUninitialized: true })); // insecure: hard-coded session secret
support.get("/tickets", (req, res) => res.json({ user: req.session.supportUser ?? null }));
app.use("/support", support);
