// Fastify login routes with @fastify/cookie (which adds SameSite=Lax unless told otherwise).
import Fastify from "fastify";
import fastifyCookie from "@fastify/cookie";

export const app = Fastify();
await app.register(fastifyCookie);

app.post("/login", async (request, reply) => {
  const sid = await createSession(request.body);
  reply.setCookie("sid", sid, { path: "/" }); // insecure: no HttpOnly, no Secure
  reply.setCookie("__Host-sid", sid, { path: "/", httpOnly: true, secure: true }); // safe: HttpOnly and Secure, SameSite=Lax by default
  return { ok: true };
});

app.post("/sso/callback", async (request, reply) => {
  const sid = await createSession(request.body);
  reply.setCookie("sso_session", sid, { path: "/", httpOnly: true, secure: false, sameSite: "none" }); // insecure: Secure off and SameSite=None
  reply.setCookie("__Host-sso_session", sid, { path: "/", httpOnly: true, secure: "auto", sameSite: "none" }); // safe: Secure follows the request protocol
  return reply.redirect("/");
});

declare function createSession(body: unknown): Promise<string>;
