// A Next.js app-router login route (app/api/login/route.ts): Next.js sets no cookie attributes by default.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { sessionId } = (await request.json()) as { sessionId: string };
  const store = await cookies();
  store.set("session", sessionId); // insecure: no HttpOnly, no Secure, no SameSite
  store.set({ name: "__Host-session", value: sessionId, httpOnly: true, secure: true, sameSite: "lax", path: "/" }); // safe: every attribute explicit
  const response = NextResponse.json({ ok: true });
  response.cookies.set("refresh_token", sessionId, { httpOnly: true, secure: false, sameSite: "strict" }); // insecure: Secure turned off
  response.cookies.set("__Host-refresh_token", sessionId, { httpOnly: true, secure: true, sameSite: "strict", path: "/" }); // safe: HttpOnly, Secure, SameSite=Strict
  response.cookies.set("sidebar", "collapsed"); // safe: a UI preference
  return response;
}
