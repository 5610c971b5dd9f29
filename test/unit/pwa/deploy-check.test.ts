import { describe, expect, it } from "vitest";
import {
  checkDeploy,
  describeSwCaching,
  type DeploySource,
} from "../../../src/pwa/deploy-check";

function source(over: {
  secure?: boolean;
  registration?: { active: unknown; scope: string };
  noServiceWorker?: boolean;
  cacheControl?: string | null;
  offline?: boolean;
}): DeploySource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    isSecureContext: over.secure ?? true,
    navigator: over.noServiceWorker
      ? {}
      : { serviceWorker: { getRegistration: async () => over.registration } },
    fetch: async (url, init) => {
      asked.push(`${init.method} ${url} ${init.cache}`);
      if (over.offline) throw new TypeError("Failed to fetch");
      const headers = new Headers();
      if (over.cacheControl) headers.set("cache-control", over.cacheControl);
      return new Response(null, { status: 200, headers });
    },
  };
}

describe("checkDeploy", () => {
  it("reports the secure context, the offline copy's scope and sw.js's caching", async () => {
    const s = source({
      registration: { active: {}, scope: "https://x.github.io/hearth/" },
      cacheControl: "max-age=600",
    });
    expect(await checkDeploy(s, "0.1.0")).toEqual({
      secure: true,
      offline: { kind: "ready", scope: "https://x.github.io/hearth/" },
      swCaching: "max-age=600",
      version: "0.1.0",
    });
    // Relative to the page, bypassing the HTTP cache: the answer is the server's now.
    expect(s.asked).toEqual(["HEAD ./sw.js no-store"]);
  });

  it("says when there is no service worker yet, or none at all, or no network", async () => {
    expect(
      await checkDeploy(source({ secure: false, offline: true }), "b"),
    ).toMatchObject({
      secure: false,
      offline: { kind: "pending" },
      swCaching: null,
    });
    expect(
      (await checkDeploy(source({ noServiceWorker: true }), "b")).offline,
    ).toEqual({ kind: "unsupported" });
  });
});

describe("describeSwCaching", () => {
  it("accepts no-cache, no-store, short lifetimes and none", () => {
    for (const value of [
      "no-cache",
      "public, no-store",
      "max-age=600",
      "",
      null,
    ])
      expect(describeSwCaching(value).ok, String(value)).toBe(true);
  });

  it("flags a long lifetime, from a browser's or a CDN's max-age", () => {
    for (const value of [
      "max-age=86400",
      "public, s-maxage=3600",
      "max-age=0, s-maxage=7200",
    ])
      expect(describeSwCaching(value).ok, value).toBe(false);
    expect(describeSwCaching("max-age=86400").text).toMatch(
      /Cached 86400 s: .*no-cache/,
    );
  });
});
