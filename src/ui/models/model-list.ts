import type { CatalogEntry } from "../../engine/catalog";
import { t } from "../../i18n/locale";

export interface ModelGroup {
  family: string;
  entries: CatalogEntry[];
}

/** "Llama 2", "Llama 3.2", "TinyLlama", "Qwen", "Phi": what a person would call the family. */
export function familyOf(entry: CatalogEntry): string {
  if (entry.custom) return t("models.picker.customFamily");
  const llama = /^Llama (\d+(?:\.\d+)?)/.exec(entry.name);
  if (llama) return `Llama ${llama[1]}`;
  const first = entry.name.split(" ")[0].replace(/[\d.]+$/, "");
  return first ? first[0].toUpperCase() + first.slice(1) : entry.name;
}

/** Every word of the query appears in the model's name, build, id or family. */
export function matches(entry: CatalogEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text =
    `${entry.name} ${entry.quantization} ${entry.id} ${familyOf(entry)}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * The picker's list: the featured Llama models (and the selected one) unless the reader
 * asks for all or searches, which looks through every model. Grouped by family in catalog
 * order, so Llama 2 comes first.
 */
export function pickerGroups(
  catalog: readonly CatalogEntry[],
  {
    query,
    showAll,
    selectedId,
  }: { query: string; showAll: boolean; selectedId?: string },
): ModelGroup[] {
  const q = query.trim();
  const shown = catalog.filter((e) =>
    q
      ? matches(e, q)
      : showAll || e.featured || e.custom || e.id === selectedId,
  );
  const groups = new Map<string, CatalogEntry[]>();
  for (const e of shown) {
    const family = familyOf(e);
    groups.set(family, [...(groups.get(family) ?? []), e]);
  }
  return [...groups].map(([family, entries]) => ({ family, entries }));
}
