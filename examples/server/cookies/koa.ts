// Koa: ctx.cookies.set sets HttpOnly by default and Secure on HTTPS requests, but no SameSite.
import Koa from "koa";
import session from "koa-session";

export const app = new Koa();
app.keys = [process.env.COOKIE_KEY ?? ""];
app.use(session({ key: "__Host-id", secure: true, sameSite: "lax" }, app)); // safe: koa-session with SameSite and Secure

app.use(async (ctx, next) => {
  const token: string = ctx.state.accessToken;
  ctx.cookies.set("token", token, { httpOnly: false }); // insecure: HttpOnly turned off and no SameSite
  ctx.cookies.set("__Host-token", token, { sameSite: "strict", path: "/" }); // safe: HttpOnly by default, SameSite=Strict
  ctx.cookies.set("locale", "en"); // safe: a UI preference
  await next();
});
