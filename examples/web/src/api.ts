// Fetch wrapper for the browser app. The access token lives in memory only;
// the refresh token is an httpOnly cookie the browser sends to /api/session/refresh.
const API_BASE = "/api";

let accessToken: string | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const csrfToken = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content;
  if (csrfToken) headers.set("X-CSRF-Token", csrfToken);
  if (accessToken) headers.set("Authorization", `Bearer ${accessToken}`); // safe: token from the login response
  const response = await fetch(`${API_BASE}${path}`, { ...init, headers, credentials: "include" });
  if (!response.ok) throw new ApiError(response.status, await response.text());
  return (await response.json()) as T;
}

export async function refreshAccessToken(): Promise<string> {
  const { accessToken: fresh } = await apiFetch<{ accessToken: string }>("/session/refresh", { method: "POST" });
  return fresh;
}

export interface Order {
  id: string;
  totalCents: number;
  createdAt: string;
}

export async function listAllOrders(): Promise<Order[]> {
  const orders: Order[] = [];
  let nextPageToken: string | undefined; // safe: paging cursor
  do {
    const query = nextPageToken ? `?pageToken=${encodeURIComponent(nextPageToken)}` : "";
    const page = await apiFetch<{ items: Order[]; nextPageToken?: string }>(`/orders${query}`);
    orders.push(...page.items);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return orders;
}

// Status badge on the public landing page (no user is logged in there).
export async function fetchServiceStatus(): Promise<{ ok: boolean }> {
  const response = await fetch(`${API_BASE}/internal/status`, {
    headers: {
      Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdGF0dXMtd2lkZ2V0Iiwic2NvcGUiOiJzdGF0dXM6cmVhZCIsImlhdCI6MTczMTQ1NjAwMH0.k4D5yOuA_WTW73zygSanC8ym_jsZvsiljMC0FlpPK_Y", // insecure: hard-coded JWT
    },
  });
  return response.ok ? ((await response.json()) as { ok: boolean }) : { ok: false };
}
