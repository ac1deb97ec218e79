/**
 * CSRF defences as data: the middleware packages that protect cookie-authenticated routes, and
 * csurf's `ignoreMethods` (checked 2026-11: csurf 1.11 and its maintained fork @dr.pogodin/csurf
 * default to ignoring GET, HEAD and OPTIONS only).
 */
import type { TrackerConfig } from "../analysis/modules.js";

/** Packages whose presence in a file means the app has a CSRF defence there. */
export const CSRF_MODULES: readonly string[] = [
  "csurf",
  "@dr.pogodin/csurf",
  "csrf-csrf",
  "csrf-sync",
  "lusca",
  "tiny-csrf",
  "@fastify/csrf-protection",
  "koa-csrf",
  "@koa/csrf",
  "hono/csrf",
  "@edge-csrf/nextjs",
  "@edge-csrf/express",
  "@edge-csrf/node-http",
  "next-csrf",
  "csrf",
];

/** csurf-style middlewares whose `ignoreMethods` option can switch protection off for unsafe methods. */
export const CSURF_MODULES: readonly string[] = ["csurf", "@dr.pogodin/csurf"];

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(["post", "put", "patch", "delete"]);

export const CSRF_TRACKER: TrackerConfig = { modules: new Set(CSRF_MODULES) };

/** The csurf modules alone (a file that names none has no `ignoreMethods` to check). */
export const CSURF_TRACKER: TrackerConfig = { modules: new Set(CSURF_MODULES) };

/** The csurf option whose unsafe methods `require-csrf-protection` reports. */
export const CSURF_IGNORE_OPTION = "ignoreMethods";
