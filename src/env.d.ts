declare module "virtual:model-catalog" {
  import type { CatalogEntry } from "./engine/catalog";
  export const catalog: CatalogEntry[];
}
