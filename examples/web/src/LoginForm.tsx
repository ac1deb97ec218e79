// Login form and OAuth popup callback of the React app.
import { useEffect, useState, type FormEvent } from "react";
import Cookies from "js-cookie";
import { setAccessToken } from "./api";

interface LoginResponse {
  accessToken: string;
  user: { id: string; name: string };
}

export function LoginForm({ onDone }: { onDone(): void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
      credentials: "include",
    });
    const data = (await response.json()) as LoginResponse;
    setAccessToken(data.accessToken); // safe: in memory; the refresh token is an HttpOnly cookie set by the server
    localStorage.setItem("orders.lastUser", data.user.name); // safe: a display name, not a credential
    onDone();
  }

  return (
    <form onSubmit={submit}>
      <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}

// First version of the login, still behind the "remember me" checkbox.
export async function legacyLogin(email: string, password: string): Promise<void> {
  const response = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const data = (await response.json()) as LoginResponse;
  sessionStorage.setItem("orders.session", data.accessToken); // insecure: the access token from the login response in sessionStorage
  Cookies.set("access_token", data.accessToken, { secure: true, sameSite: "strict" }); // insecure: a cookie written by script can never be HttpOnly
  Cookies.set("orders.theme", "dark", { expires: 365 }); // safe: a preference cookie
}

// OAuth popup: exchanges the authorization code, then hands the result back to the window that opened it.
export function OAuthPopupCallback() {
  useEffect(() => {
    const code = new URLSearchParams(window.location.search).get("code");
    async function finish() {
      const response = await fetch("/api/oauth/token", { method: "POST", body: JSON.stringify({ code }), credentials: "include" });
      const { accessToken } = (await response.json()) as { accessToken: string };
      window.opener?.postMessage({ type: "oauth:token", accessToken }, "*"); // insecure: any page in the opener window receives the token
      window.opener?.postMessage({ type: "oauth:token", accessToken }, window.location.origin); // safe: only the app's own origin
      window.opener?.postMessage({ type: "oauth:done" }, "*"); // safe: no credential in the message
      window.close();
    }
    void finish();
  }, []);

  return <p aria-busy="true">Signing you in…</p>;
}
