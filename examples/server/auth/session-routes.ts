// Login, logout and password-reset routes of the server-rendered admin area (express-session).
import { randomBytes } from "node:crypto";
import express from "express";
import argon2 from "argon2";
import { findUserByEmail, saveResetToken } from "../db.js";

export const admin = express.Router();

// insecure: the user is stored in the session the browser brought along (session fixation)
admin.post("/admin/login", async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await argon2.verify(user.passwordHash, req.body.password))) return res.sendStatus(401);
  req.session.userId = user.id; // insecure: stored in the pre-login session id
  res.redirect("/admin");
});

// safe: a fresh session id before the user is stored
admin.post("/login", async (req, res, next) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await argon2.verify(user.passwordHash, req.body.password))) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect("/");
  });
});

// insecure (strict config): only the cookie is deleted; the server-side session stays valid
admin.post("/admin/logout", (req, res) => {
  res.clearCookie("id");
  res.redirect("/admin/login");
});

// safe: the session is destroyed on the server, then the cookie is cleared
admin.post("/logout", (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie("id");
    res.redirect("/login");
  });
});

// insecure: Math.random() is predictable; reset tokens need a CSPRNG
export function createLegacyResetToken(userId: string) {
  const resetToken = Math.random().toString(36).slice(2);
  return saveResetToken(userId, resetToken);
}

// safe: 32 bytes from the CSPRNG
export function createResetToken(userId: string) {
  const resetToken = randomBytes(32).toString("base64url");
  return saveResetToken(userId, resetToken);
}
