import { computed, signal } from "@preact/signals";
import {
  asBase,
  mergeHosts,
  parseHostsFile,
  type ModelHosts,
} from "./model-hosts";

/** The person's own hosts (the Device panel), and the last `hearth-hosts.json` read. */
const OWN_KEY = "hearth-model-hosts";
const FILE_KEY = "hearth-hosts-file";
export const HOSTS_FILE = "hearth-hosts.json";

type KeyValue = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function read(storage: KeyValue, key: string): ModelHosts {
  try {
    return parseHostsFile(JSON.parse(storage.getItem(key) ?? "null"));
  } catch {
    return {};
  }
}

function write(storage: KeyValue, key: string, hosts: ModelHosts): void {
  try {
    if (hosts.models || hosts.libraries)
      storage.setItem(key, JSON.stringify(hosts));
    else storage.removeItem(key);
  } catch {
    // Storage refused (private mode, full): the setting holds for this visit only.
  }
}

/**
 * Where built-in models come from: an organisation's `hearth-hosts.json` beside
 * `index.html`, which the person's own setting overrides field by field. The file's last
 * answer is remembered, so a mirror set by file still applies offline (the service worker
 * only knows the build's files, and this one is added after the build).
 */
export class HostsModel {
  readonly file = signal<ModelHosts>({});
  readonly own = signal<ModelHosts>({});
  readonly hosts = computed(() => mergeHosts(this.file.value, this.own.value));

  constructor(
    private readonly storage: KeyValue,
    private readonly fetcher: typeof fetch = (...a) => fetch(...a),
  ) {
    this.own.value = read(storage, OWN_KEY);
    this.file.value = read(storage, FILE_KEY);
  }

  /**
   * Reads `hearth-hosts.json` from the app's folder (`base`, the page's URL). Any answer
   * but the file (a 404, a host's HTML fallback page) means there is none; no answer at
   * all (offline) keeps the last one.
   */
  async loadFile(base: string): Promise<void> {
    let response: Response;
    try {
      response = await this.fetcher(new URL(HOSTS_FILE, base).href, {
        cache: "no-cache",
        credentials: "same-origin",
      });
    } catch {
      return;
    }
    let hosts: ModelHosts = {};
    if (response.ok) {
      try {
        hosts = parseHostsFile(await response.json());
      } catch {
        hosts = {};
      }
    }
    this.file.value = hosts;
    write(this.storage, FILE_KEY, hosts);
  }

  /** The person's own hosts; an empty field falls back to the file's, then the default. */
  save(own: ModelHosts): void {
    const clean: ModelHosts = {
      ...(own.models?.trim() ? { models: asBase(own.models) } : {}),
      ...(own.libraries?.trim() ? { libraries: asBase(own.libraries) } : {}),
    };
    this.own.value = clean;
    write(this.storage, OWN_KEY, clean);
  }

  reset(): void {
    this.save({});
  }
}
