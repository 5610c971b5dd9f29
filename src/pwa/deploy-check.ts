import { formatNumber, t } from "../i18n/locale";

/**
 * What a person publishing Hearth needs to know about their deploy, read from the page:
 * the two things that break one are plain HTTP (no WebGPU, no service worker) and a
 * `sw.js` cached for long (updates arrive late or never). Shown in the Device panel.
 */
export interface DeployFacts {
  /** HTTPS, or localhost: WebGPU and service workers exist only in secure contexts. */
  secure: boolean;
  /** The folder the offline copy serves ("…/hearth/"), or why there is none. */
  offline:
    | { kind: "ready"; scope: string }
    | { kind: "pending" }
    | { kind: "unsupported" };
  /** `sw.js`'s Cache-Control as served now; null when it could not be fetched. */
  swCaching: string | null;
  version: string;
}

/** The part of `window` the check reads, so a unit test can hand in its own. */
export interface DeploySource {
  isSecureContext: boolean;
  navigator: {
    serviceWorker?: {
      getRegistration(): Promise<
        { active: unknown; scope: string } | undefined
      >;
    };
  };
  fetch(url: string, init: RequestInit): Promise<Response>;
}

// Longer than this and a proxy or CDN may keep handing out the old service worker.
const MAX_SW_AGE_S = 600;

export async function checkDeploy(
  source: DeploySource,
  version: string,
): Promise<DeployFacts> {
  const sw = source.navigator.serviceWorker;
  const registration = await sw?.getRegistration().catch(() => undefined);
  const swCaching = await source
    // Relative to the page, as it is registered; never from the HTTP cache.
    .fetch("./sw.js", { method: "HEAD", cache: "no-store" })
    .then((r) => (r.ok ? (r.headers.get("cache-control") ?? "") : null))
    .catch(() => null);
  return {
    secure: source.isSecureContext,
    offline: !sw
      ? { kind: "unsupported" }
      : registration?.active
        ? { kind: "ready", scope: registration.scope }
        : { kind: "pending" },
    swCaching,
    version,
  };
}

/** Plain words for `sw.js`'s caching, and whether it is fine. */
export function describeSwCaching(value: string | null): {
  ok: boolean;
  text: string;
} {
  if (value === null)
    return { ok: true, text: t("shell.deploy.caching.notChecked") };
  const directives = value
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  if (directives.includes("no-cache") || directives.includes("no-store"))
    return { ok: true, text: t("shell.deploy.caching.everyLoad", { value }) };
  const age = directives
    .map((d) => /^(?:max-age|s-maxage)=(\d+)$/.exec(d)?.[1])
    .filter((a) => a !== undefined)
    .map(Number);
  if (age.length === 0)
    return {
      ok: true,
      text: value
        ? t("shell.deploy.caching.noLifetime", { value })
        : t("shell.deploy.caching.noHeader"),
    };
  const longest = Math.max(...age);
  // Seconds as the header gives them: no grouping separators.
  const seconds = formatNumber(longest, { useGrouping: false });
  return longest <= MAX_SW_AGE_S
    ? { ok: true, text: t("shell.deploy.caching.short", { seconds, value }) }
    : { ok: false, text: t("shell.deploy.caching.long", { seconds }) };
}
