// Fastify services: server-side sessions for the admin API and an encrypted cookie
// session for the status page.
import Fastify from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifySession from "@fastify/session";
import fastifySecureSession from "@fastify/secure-session";
import { RedisStore } from "connect-redis";
import { createClient } from "redis";

const store = new RedisStore({ client: createClient({ url: process.env.REDIS_URL }) });

export const admin = Fastify();
admin.register(fastifyCookie);
admin.register(fastifySession, {
  secret: process.env.SESSION_SECRET!,
  cookieName: "__Host-id", // safe: generic name, __Host- prefix, default Path=/ and no Domain
  store,
  cookie: { secure: true, httpOnly: true, sameSite: "strict", maxAge: 60 * 60 * 1000 }, // safe: one hour (ms)
});

export const legacyAdmin = Fastify();
legacyAdmin.register(fastifyCookie);
legacyAdmin.register(fastifySession, { // insecure: default cookie name "sessionId", no __Host- prefix
  secret: process.env.SESSION_SECRET!,
  store,
  cookie: { secure: true, httpOnly: true, sameSite: "strict", maxAge: 60 * 60 * 1000 },
});

export const status = Fastify();
status.register(fastifySecureSession, {
  key: Buffer.from(process.env.STATUS_SESSION_KEY!, "hex"),
  cookieName: "__Host-status",
  expiry: 24 * 60 * 60, // safe: one day (seconds)
  cookie: {
    path: "/",
    domain: "status.example.com", // insecure: a __Host- cookie with a Domain is rejected by browsers
    secure: true,
    httpOnly: true,
    sameSite: "lax",
  },
});
