import { describe, it, expect } from "vitest";
import {
  asvs,
  asvsUrl,
  cheatSheets,
  cwe,
  cweTitle,
  cweUrl,
  owasp,
  owaspSection,
  passwordStorageMinimums,
  patterns,
  rfc,
  rfcReference,
  type AsvsId,
  type CweId,
  type OwaspId,
  type RfcId,
} from "../src/references.js";

const owaspIds = Object.keys(owasp) as OwaspId[];
const asvsIds = Object.keys(asvs) as AsvsId[];
const cweIds = Object.keys(cwe).map(Number) as CweId[];
const rfcIds = Object.keys(rfc) as RfcId[];

const ANCHOR = /^[a-z0-9_-]+$/;
const ASVS_ID = /^v(4\.0\.3|5\.0\.0)-\d+\.\d+\.\d+$/;

function expectHttpsUrl(value: string): URL {
  let url: URL | undefined;
  expect(() => (url = new URL(value)), value).not.toThrow();
  expect(url!.protocol, value).toBe("https:");
  expect(url!.hostname, value).not.toBe("");
  expect(value, "no whitespace in URLs").not.toMatch(/\s/);
  return url!;
}

describe("patterns", () => {
  const entries = Object.entries(patterns);

  it("has the catalog rows and the requested additions", () => {
    for (const id of [
      "token-in-web-storage",
      "token-cookie-js-readable",
      "cookie-missing-httponly",
      "csrf-cookie-auth-unprotected",
      "jwt-untrusted-key-header",
      "password-weak-hash",
      "token-in-logs",
      "timing-unsafe-compare",
      "cleartext-token-transport",
      "memory-session-store",
      "session-cookie-name-fingerprint",
    ]) {
      expect(Object.keys(patterns)).toContain(id);
    }
  });

  it.each(entries)("%s refers only to ids that exist", (_id, pattern) => {
    for (const id of pattern.owasp) expect(owaspIds, "owasp").toContain(id);
    for (const id of pattern.asvs) expect(asvsIds, "asvs").toContain(id);
    for (const id of pattern.cwe) expect(Object.keys(cwe), "cwe").toContain(String(id));
    for (const id of pattern.rfc) expect(rfcIds, "rfc").toContain(id);
  });

  it.each(entries)("%s cites at least one OWASP section and one CWE, without duplicates", (_id, pattern) => {
    expect(pattern.owasp.length).toBeGreaterThan(0);
    expect(pattern.cwe.length).toBeGreaterThan(0);
    for (const list of [pattern.owasp, pattern.asvs, pattern.cwe, pattern.rfc] as readonly (readonly unknown[])[]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it.each(entries)("%s lists ASVS 5.0.0 ids before 4.0.3 ids", (_id, pattern) => {
    const versions = pattern.asvs.map((id) => id.slice(0, 6));
    const firstOld = versions.indexOf("v4.0.3");
    if (firstOld !== -1) expect(versions.slice(firstOld).every((v) => v === "v4.0.3")).toBe(true);
  });

  it.each(entries)("%s has a one-sentence fix", (_id, pattern) => {
    expect(pattern.fix.trim().length).toBeGreaterThan(20);
    expect(pattern.fix.trim()).toMatch(/\.$/);
    // One sentence: no full stop followed by a space and a capital letter mid-text.
    expect(pattern.fix.trim().slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
  });
});

describe("owasp", () => {
  it("keys every section as `${sheet}#${anchor}`", () => {
    for (const [key, section] of Object.entries(owasp)) {
      expect(key).toBe(`${section.sheet}#${section.anchor}`);
      expect(Object.keys(cheatSheets)).toContain(section.sheet);
    }
  });

  it("uses lowercase slug characters only in anchors", () => {
    for (const section of Object.values(owasp)) expect(section.anchor, section.anchor).toMatch(ANCHOR);
  });

  it("has human titles", () => {
    for (const section of Object.values(owasp)) {
      expect(section.title.trim()).toBe(section.title);
      expect(section.title.length).toBeGreaterThan(0);
    }
  });

  it("builds well-formed, unique https URLs", () => {
    const urls = owaspIds.map((id) => owaspSection(id).url);
    for (const [index, value] of urls.entries()) {
      const url = expectHttpsUrl(value);
      expect(url.hostname).toBe("cheatsheetseries.owasp.org");
      expect(url.pathname).toMatch(/^\/cheatsheets\/[A-Za-z0-9_.-]+_Cheat_Sheet\.html$/);
      expect(url.hash).toBe(`#${owasp[owaspIds[index]!].anchor}`);
    }
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("resolves sections like the contract examples", () => {
    expect(owaspSection("session#httponly-attribute")).toEqual({
      sheetTitle: "Session Management",
      title: "HttpOnly Attribute",
      url: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#httponly-attribute",
    });
    expect(owaspSection("jwt#unsecured-jwts").url).toBe(
      "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#unsecured-jwts",
    );
    expect(owasp["session#the-localstorage-api"].title).toBe("The localStorage API");
    expect(owasp["jwt#mac"].title).toBe("MAC");
    expect(owasp["logging#data-to-exclude"].title).toBe("Data to exclude");
  });
});

describe("cheatSheets", () => {
  it("names sheets without the 'Cheat Sheet' suffix and with a URL-safe file name", () => {
    for (const sheet of Object.values(cheatSheets)) {
      expect(sheet.title).not.toMatch(/cheat ?sheet/i);
      expect(sheet.file).toMatch(/^[A-Za-z0-9_.-]+_Cheat_Sheet$/);
    }
  });
});

describe("asvs", () => {
  it("writes every id as v<version>-<chapter>.<section>.<requirement>", () => {
    for (const id of asvsIds) expect(id).toMatch(ASVS_ID);
  });

  it("has a level and a short paraphrase for every requirement", () => {
    for (const requirement of Object.values(asvs)) {
      expect([1, 2, 3]).toContain(requirement.level);
      expect(requirement.text.length).toBeGreaterThan(10);
    }
  });

  it("links to well-formed https URLs on the matching version", () => {
    for (const id of asvsIds) {
      const url = expectHttpsUrl(asvsUrl(id));
      expect(url.hostname).toBe("github.com");
      expect(url.pathname).toContain(id.startsWith("v4.0.3") ? "/v4.0.3/4.0/en" : "/v5.0.0/5.0/en");
    }
    expect(asvsUrl("v5.0.0-9.1.2")).toBe("https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x18-V9-Self-contained-Tokens.md");
    expect(asvsUrl("v4.0.3-3.4.2")).toBe("https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x12-V3-Session-management.md");
  });
});

describe("cwe", () => {
  it("has a title and a MITRE https URL for every id", () => {
    for (const id of cweIds) {
      expect(cweTitle(id).length).toBeGreaterThan(0);
      const url = expectHttpsUrl(cweUrl(id));
      expect(url.href).toBe(`https://cwe.mitre.org/data/definitions/${id}.html`);
    }
  });

  it("includes the ids added for the new rules", () => {
    expect(cweTitle(208)).toBe("Observable Timing Discrepancy");
    expect(cweTitle(532)).toBe("Insertion of Sensitive Information into Log File");
    expect(cweTitle(759)).toBe("Use of a One-Way Hash without a Salt");
    expect(cweTitle(916)).toBe("Use of Password Hash With Insufficient Computational Effort");
  });
});

describe("rfc", () => {
  it("has well-formed https URLs that match the section in the key", () => {
    for (const id of rfcIds) {
      const { title, url } = rfcReference(id);
      expect(title.length).toBeGreaterThan(0);
      expectHttpsUrl(url);
      const section = /^(RFC (\d+)|(draft-[a-z0-9-]+)) §([\d.]+)$/.exec(id);
      if (section) {
        const doc = section[2] ? `rfc${section[2]}` : section[3];
        expect(url).toBe(`https://datatracker.ietf.org/doc/html/${doc}#section-${section[4]}`);
      } else {
        expect(id).toBe("WHATWG Fetch CORS protocol");
        expect(url).toBe("https://fetch.spec.whatwg.org/#http-cors-protocol");
      }
    }
  });
});

describe("passwordStorageMinimums", () => {
  it("records the OWASP headline figures", () => {
    expect(passwordStorageMinimums.argon2id).toContainEqual({ memoryKiB: 19456, iterations: 2, parallelism: 1 });
    expect(passwordStorageMinimums.scrypt[0]).toEqual({ cost: 131072, blockSize: 8, parallelism: 1 });
    expect(passwordStorageMinimums.bcrypt.minCost).toBe(10);
    expect(passwordStorageMinimums.pbkdf2Iterations.sha256).toBe(600_000);
  });
});
