import { del, entries, set, type UseStore } from "idb-keyval";
import { createStore } from "./idb-store";
import type { CatalogEntry } from "../engine/catalog";

/** The user's own models (Add model), kept across reloads. */
export interface CustomModelStore {
  list(): Promise<CatalogEntry[]>;
  save(entry: CatalogEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

export const CUSTOM_MODELS_DB = "hearth-custom-models";

export function createCustomModelStore(
  store: UseStore = createStore(CUSTOM_MODELS_DB, "models"),
): CustomModelStore {
  return {
    async list() {
      const rows = await entries<string, CatalogEntry>(store);
      return rows
        .map(([, e]) => e)
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    save: (entry) => set(entry.id, entry, store),
    remove: (id) => del(id, store),
  };
}
