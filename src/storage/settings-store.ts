import { get, set, type UseStore } from "idb-keyval";
import { createStore } from "./idb-store";
import { StorageError } from "./storage-error";

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
  const wrap = <T>(p: Promise<T>) =>
    p.catch((err: unknown) => {
      throw StorageError.from(err);
    });
  return {
    get: (key) => wrap(get(key, db)),
    set: (key, value) => wrap(set(key, value, db)),
  };
}
