// Links and connections the browser app opens: the report viewer, live order updates, the
// legacy inventory API, and the links the app shares.
import axios from "axios";

const REPORTS_ORIGIN = "https://reports.example.com";

let memoryToken: string | null = null;

export function setSessionToken(token: string | null): void {
  memoryToken = token;
}

function sessionToken(): string {
  return memoryToken ?? "";
}

export function openReport(reportId: string, accessToken: string): void {
  window.open(`${REPORTS_ORIGIN}/view/${reportId}?access_token=${accessToken}`); // insecure: the access token in the URL (history, logs, Referer)
}

export async function downloadReport(reportId: string, accessToken: string): Promise<Blob> {
  const response = await fetch(`${REPORTS_ORIGIN}/view/${reportId}`, { headers: { Authorization: `Bearer ${accessToken}` } }); // safe: the token travels in a header over https
  return response.blob();
}

export function ordersPageUrl(nextPageToken: string): string {
  return `/orders?pageToken=${encodeURIComponent(nextPageToken)}`; // safe: a paging cursor, not a credential
}

export function connectLiveUpdates(accessToken: string): WebSocket {
  return new WebSocket(`ws://live.example.com/orders?token=${accessToken}`); // insecure: the token in the URL of a cleartext WebSocket
}

export function connectLiveUpdatesSecurely(accessToken: string): WebSocket {
  const socket = new WebSocket("wss://live.example.com/orders"); // safe: TLS, and the token is sent as the first message
  socket.addEventListener("open", () => socket.send(JSON.stringify({ type: "auth", accessToken })));
  return socket;
}

export const inventoryApi = axios.create({
  baseURL: "http://inventory.example.com/api", // insecure: every request sends the Authorization header in cleartext
  headers: { Authorization: `Bearer ${sessionToken()}` },
});

export const ordersApi = axios.create({
  baseURL: "https://api.example.com", // safe: TLS
  headers: { Authorization: `Bearer ${sessionToken()}` },
});

export async function devProfile(): Promise<unknown> {
  const response = await fetch("http://localhost:4000/api/me", { headers: { Authorization: `Bearer ${sessionToken()}` } }); // safe: the local development server
  return response.json();
}
