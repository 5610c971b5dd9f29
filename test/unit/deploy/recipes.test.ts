import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../fixtures/headers-file";

// The deploy recipes people copy (README, "Deploy"). The e2e deploy tests serve builds with
// public/_headers itself; the nginx snippet was also run through nginx 1.22 by hand (see
// docs/ARCHITECTURE.md, "Any path"), and is checked here for the same rules.
const read = (path: string) => readFileSync(path, "utf8");
const IMMUTABLE = "public, max-age=31536000, immutable";

describe("public/_headers (Netlify, Cloudflare Pages)", () => {
  const rules = parseHeadersFile(read("public/_headers"));
  const at = (path: string) => headersFor(rules, path);

  it("has the service worker, the page and the manifest checked on every load", () => {
    for (const path of ["/sw.js", "/", "/index.html", "/manifest.webmanifest"])
      expect(at(path)["cache-control"], path).toBe("no-cache");
  });

  it("keeps hashed assets for a year, with no other rule joined in", () => {
    for (const path of ["/assets/index-Bb1Hm2Ns.js", "/assets/a-b.css"])
      expect(at(path)["cache-control"], path).toBe(IMMUTABLE);
  });

  it("gives the manifest its type", () => {
    expect(at("/manifest.webmanifest")["content-type"]).toBe(
      "application/manifest+json",
    );
  });

  it("the parser joins headers from overlapping rules, as the hosts do", () => {
    const overlapping = parseHeadersFile(
      "/*\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: immutable\n",
    );
    expect(headersFor(overlapping, "/assets/x.js")["cache-control"]).toBe(
      "no-cache, immutable",
    );
    expect(headersFor(overlapping, "/sw.js")["cache-control"]).toBe("no-cache");
    expect(() => parseHeadersFile("  Orphan: header")).toThrow(/line 1/);
  });
});

describe("docs/deploy/nginx.conf", () => {
  const conf = read("docs/deploy/nginx.conf");
  // The body of the block opened by `location <selector> {`, nested blocks included.
  const block = (selector: string) => {
    const start = conf.indexOf(`location ${selector} {`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    let depth = 0;
    for (let i = conf.indexOf("{", start); i < conf.length; i++) {
      if (conf[i] === "{") depth++;
      if (conf[i] === "}" && --depth === 0) return conf.slice(start, i);
    }
    throw new Error(`unclosed ${selector}`);
  };

  it("serves sw.js, the page and the manifest with no-cache", () => {
    expect(block("= /hearth/sw.js")).toContain('Cache-Control "no-cache"');
    expect(block("/hearth/")).toContain('Cache-Control "no-cache"');
    expect(block("~ \\.webmanifest$")).toContain('Cache-Control "no-cache"');
  });

  it("keeps assets/ immutable, .wasm there too", () => {
    const assets = block("^~ /hearth/assets/");
    expect(assets).toContain(`Cache-Control "${IMMUTABLE}"`);
    expect(block("~ \\.wasm$")).toContain("default_type application/wasm");
    expect(assets.match(/immutable/g)).toHaveLength(2);
  });

  it("sets the wasm and manifest types", () => {
    expect(block("~ \\.webmanifest$")).toMatch(
      /types \{ \}\s+default_type application\/manifest\+json;/,
    );
    expect(conf.match(/default_type application\/wasm;/g)).toHaveLength(2);
  });
});

describe(".github/workflows/pages.yml", () => {
  const workflow = read(".github/workflows/pages.yml");
  it("builds with npm ci and npm run build and publishes dist/", () => {
    expect(workflow).toMatch(/- run: npm ci\n\s+- run: npm run build\n/);
    expect(workflow).toMatch(
      /uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/,
    );
    expect(workflow).toContain("uses: actions/deploy-pages@v");
    expect(workflow).toMatch(/pages: write\n\s+id-token: write/);
  });
});
