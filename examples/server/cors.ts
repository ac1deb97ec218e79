// CORS for the browser client and the partner widget.
import express from "express";
import cors from "cors";

const TRUSTED_ORIGINS = ["https://shop.example.com", "https://admin.example.com"];

export const api = express.Router();

// safe: credentials only for an explicit list of origins
api.use(cors({ origin: TRUSTED_ORIGINS, credentials: true }));

export const widget = express.Router();

// insecure: origin: true echoes any Origin back with credentials allowed
widget.use(cors({ origin: true, credentials: true }));

// safe: public, cookie-less catalogue may be read from anywhere
export const catalogue = express.Router();
catalogue.use(cors({ origin: "*" }));

// insecure: hand-written CORS that reflects the request Origin with credentials
export function legacyCors(req: express.Request, res: express.Response, next: express.NextFunction) {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
}
