import { t } from "../i18n/locale";
import { checkWebAddress } from "./web-address";
import type { CatalogEntry } from "./catalog";

/**
 * Where built-in models come from (issue 22, item 6). Each base replaces the start of a
 * built-in model's URLs and keeps the rest of the path, so a mirror is a copy of the same
 * paths: `<models>mlc-ai/<repo>/resolve/main/<file>` and
 * `<libraries>mlc-ai/binary-mlc-llm-libs/main/…/<name>.wasm`.
 */
export interface ModelHosts {
  /** Replaces `https://huggingface.co/` in every built-in model's `modelUrl`. */
  models?: string;
  /** Replaces `https://raw.githubusercontent.com/` in every built-in model's library URL. */
  libraries?: string;
}

/** What web-llm's prebuilt list points at (every record, 0.2.86). */
export const DEFAULT_HOSTS = {
  models: "https://huggingface.co/",
  libraries: "https://raw.githubusercontent.com/",
} as const;

/** A base URL with exactly one trailing slash, so the kept path joins it cleanly. */
export function asBase(url: string): string {
  return new URL(url.trim()).href.replace(/\/*$/, "/");
}

/** Why `value` cannot be a host's base URL, in plain words; undefined when it can. */
export function checkHostUrl(label: string, value: string): string | undefined {
  const problem = checkWebAddress(label, value);
  if (problem) return problem;
  const url = new URL(value.trim());
  if (url.search || url.hash) return t("engine.address.notFolder", { label });
  return undefined;
}

function swapPrefix(url: string, from: string, to: string | undefined): string {
  return to && url.startsWith(from) ? asBase(to) + url.slice(from.length) : url;
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** A built-in model's entry pointed at the hosts; models added by hand keep their own. */
export function rehost(entry: CatalogEntry, hosts: ModelHosts): CatalogEntry {
  if (entry.custom || (!hosts.models && !hosts.libraries)) return entry;
  const modelUrl = swapPrefix(
    entry.modelUrl,
    DEFAULT_HOSTS.models,
    hosts.models,
  );
  const modelLib = swapPrefix(
    entry.modelLib,
    DEFAULT_HOSTS.libraries,
    hosts.libraries,
  );
  if (modelUrl === entry.modelUrl && modelLib === entry.modelLib) return entry;
  return { ...entry, modelUrl, modelLib, host: hostname(modelUrl) };
}

/** The file's hosts with the person's own on top, field by field. */
export function mergeHosts(file: ModelHosts, own: ModelHosts): ModelHosts {
  return {
    models: own.models ?? file.models,
    libraries: own.libraries ?? file.libraries,
  };
}

/**
 * `hearth-hosts.json` as deployed: `{ "models": "https://…/", "libraries": "https://…/" }`,
 * both optional. Anything else in it, or a field that is not an http(s) URL, is ignored.
 */
export function parseHostsFile(json: unknown): ModelHosts {
  const hosts: ModelHosts = {};
  if (typeof json !== "object" || json === null) return hosts;
  for (const key of ["models", "libraries"] as const) {
    const value = (json as Record<string, unknown>)[key];
    if (typeof value === "string" && !checkHostUrl(key, value))
      hosts[key] = asBase(value);
  }
  return hosts;
}

/** "huggingface.co", or the mirror's host (with its port, so 127.0.0.1:8080 is told apart). */
export function hostLabel(base: string | undefined, fallback: string): string {
  if (!base) return new URL(fallback).host;
  try {
    return new URL(base).host;
  } catch {
    return base;
  }
}
