import { del, entries, get, set } from "idb-keyval";
import { createStore } from "../../storage/idb-store";
import type { PlannedFile } from "./layout";

/**
 * Hearth's own record of each model it downloads, beside web-llm's cache: which files
 * belong to the model (so Delete removes all of them, even offline) and where the download
 * stands. The main thread reads it to show states without starting the worker.
 */
export type DownloadState = "downloading" | "paused" | "complete" | "damaged";

export interface ModelManifest {
  modelId: string;
  files: Array<Pick<PlannedFile, "kind" | "url" | "scope" | "bytes">>;
  totalBytes: number;
  storedBytes: number;
  state: DownloadState;
  updatedAt: number;
  /** Why the model is damaged, in plain words. */
  problem?: string;
  /**
   * How its shards were checked: "md5" against tensor-cache.json's `md5sum` (every shard
   * lists one), "size" where its records list none (very old conversions). Absent in
   * manifests written before issue 20: those shards were never hashed.
   */
  checks?: "md5" | "size";
}

export const MANIFEST_DB = "hearth-models";
const store = () => createStore(MANIFEST_DB, "downloads");
let cached: ReturnType<typeof createStore> | undefined;
const manifests = () => (cached ??= store());

export const readManifest = (modelId: string) =>
  get<ModelManifest>(modelId, manifests());
export const writeManifest = (m: ModelManifest) =>
  set(m.modelId, m, manifests());
export const deleteManifest = (modelId: string) => del(modelId, manifests());
export async function allManifests(): Promise<ModelManifest[]> {
  return (await entries<string, ModelManifest>(manifests())).map(([, m]) => m);
}
