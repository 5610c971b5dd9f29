import { get, set, type UseStore } from "idb-keyval";
import { createStore } from "./idb-store";
import { asStorageError } from "./storage-error";

/** App-wide preferences, each under its own key; absent until first set. */
export interface AppSettings {
  /** The conversation open when the page was left, reopened on the next visit. */
  activeConversationId: string;
}

export interface SettingsStore {
  get<K extends keyof AppSettings>(key: K): Promise<AppSettings[K] | undefined>;
  set<K extends keyof AppSettings>(
    key: K,
    value: AppSettings[K],
  ): Promise<void>;
}

export function createSettingsStore(
  db: UseStore = createStore("hearth-settings", "settings"),
): SettingsStore {
  return {
    get: (key) => asStorageError(get(key, db)),
    set: (key, value) => asStorageError(set(key, value, db)),
  };
}
