// Next.js route helpers: iron-session for the dashboard, next-auth for sign-in.
import { getIronSession, sealData } from "iron-session";
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";
import { cookies } from "next/headers";

export interface DashboardSession {
  userId?: string;
}

export async function getDashboardSession() {
  return getIronSession<DashboardSession>(await cookies(), {
    password: process.env.SESSION_PASSWORD!,
    cookieName: "__Host-id",
    ttl: 12 * 60 * 60, // safe: twelve hours (seconds)
  });
}

export async function getLegacySession() {
  return getIronSession<DashboardSession>(await cookies(), {
    password: process.env.SESSION_PASSWORD!,
    cookieName: "__Host-legacy",
    ttl: 0, // insecure: 0 means the largest lifetime cookies allow
  });
}

export async function magicLinkToken(userId: string) {
  return sealData({ userId }, { password: process.env.SESSION_PASSWORD!, ttl: 15 * 60 }); // safe: fifteen minutes
}

export const { handlers, auth } = NextAuth({ // insecure: session.maxAge defaults to 30 days
  providers: [GitHub],
});

export const admin = NextAuth({
  providers: [GitHub],
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 60 * 60 }, // safe: eight hours (seconds)
});
