// Session middleware for the storefront and the old partner portal: cookie names,
// name prefixes and lifetimes. Sessions live in Redis in both cases.
import express from "express";
import session from "express-session";
import { RedisStore } from "connect-redis";
import { createClient } from "redis";
import { SESSION_SECRET } from "../config.js";

const redis = createClient({ url: process.env.REDIS_URL });
const store = new RedisStore({ client: redis, prefix: "sess:" });

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

export const storefront = express.Router();
storefront.use(
  session({
    name: "__Host-id", // safe: generic name with the __Host- prefix
    secret: SESSION_SECRET,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
      maxAge: EIGHT_HOURS, // safe: eight hours, renewed while the user is active
    },
  }),
);

export const portal = express.Router();
portal.use(
  session({ // insecure: default cookie name "connect.sid" (fingerprints Express), no __Host- prefix
    secret: SESSION_SECRET,
    store,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      maxAge: 90 * 24 * 60 * 60 * 1000, // insecure: a stolen session cookie works for 90 days
    },
  }),
);

export const partners = express.Router();
partners.use(
  session({
    name: "partner_sid", // insecure: no __Host- prefix, a sibling subdomain can overwrite it
    secret: SESSION_SECRET,
    store,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: "strict", maxAge: EIGHT_HOURS },
  }),
);
