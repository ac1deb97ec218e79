// Where the browser app keeps its session. The intended design: the server sets an HttpOnly
// session cookie, the short-lived access token lives in memory (see api.ts), and Web Storage
// holds only preferences. The "legacy" helpers below are what the first version did.
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

const TOKEN_KEY = "orders.auth.token";
const THEME_KEY = "orders.theme";

export interface SessionUser {
  id: string;
  name: string;
}

export interface AuthState {
  user: SessionUser | null;
  accessToken: string | null;
  signIn(user: SessionUser, accessToken: string): void;
  signOut(): void;
}

// The whole state is persisted, access token included.
export const useLegacyAuthStore = create<AuthState>()(
  persist( // insecure: accessToken is persisted to localStorage (zustand's default storage)
    (set) => ({
      user: null,
      accessToken: null,
      signIn: (user, accessToken) => set({ user, accessToken }),
      signOut: () => set({ user: null, accessToken: null }),
    }),
    { name: "orders-auth" },
  ),
);

// Only the display name survives a reload; the token stays in memory.
export const useAuthStore = create<AuthState>()(
  persist( // safe: partialize keeps the token out of storage
    (set) => ({
      user: null,
      accessToken: null,
      signIn: (user, accessToken) => set({ user, accessToken }),
      signOut: () => set({ user: null, accessToken: null }),
    }),
    { name: "orders-user", storage: createJSONStorage(() => sessionStorage), partialize: (state) => ({ user: state.user }) },
  ),
);

export function rememberToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token); // insecure: any script on the page can read the token
}

export function forgetToken(): void {
  localStorage.removeItem(TOKEN_KEY); // safe: clearing the legacy slot on sign-out
}

export function rememberPreferences(theme: "light" | "dark", sessionExpiresAt: number): void {
  localStorage.setItem(THEME_KEY, theme); // safe: a preference, not a credential
  localStorage.setItem("orders.auth.expiresAt", String(sessionExpiresAt)); // safe: the expiry time alone
}
