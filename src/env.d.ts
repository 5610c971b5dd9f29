declare module "virtual:model-catalog" {
  import type { CatalogEntry } from "./engine/catalog";
  export const catalog: CatalogEntry[];
}

/** The build's name (vite.config.ts), shown as `<html data-build>`. */
declare const __HEARTH_BUILD__: string;
