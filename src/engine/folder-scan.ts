/**
 * Finds MLC models in a folder the person chose (issue 22): the folder as a Hugging Face
 * repository holds it, subfolders too. A model is a folder holding `mlc-chat-config.json`
 * and `tensor-cache.json` (or the older `ndarray-cache.json`); unrelated files (README.md,
 * .gitattributes, *.safetensors) are ignored.
 */
import { t } from "../i18n/locale";
import { tokenizerFile } from "../worker/downloads/layout";

/** A file of the chosen folder, with its path inside it ("repo/params_shard_0.bin"). */
export interface FolderFile {
  path: string;
  file: File;
}

export interface FolderModel {
  /** The model's folder name, e.g. "Llama-2-7b-chat-hf-q4f16_1-MLC": its model id. */
  id: string;
  /** Its files by name inside its folder (not in subfolders of it). */
  files: Map<string, File>;
  /** The `.wasm` beside it (or in a `libs/` folder under it), if there is one. */
  library?: File;
}

const CONFIG = "mlc-chat-config.json";
const TENSOR_CACHES = ["tensor-cache.json", "ndarray-cache.json"];

const dirOf = (path: string) =>
  path.slice(0, Math.max(0, path.lastIndexOf("/")));
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

export function findModels(files: readonly FolderFile[]): FolderModel[] {
  const byDir = new Map<string, Map<string, File>>();
  for (const f of files) {
    const dir = dirOf(f.path);
    if (!byDir.has(dir)) byDir.set(dir, new Map());
    byDir.get(dir)!.set(nameOf(f.path), f.file);
  }
  const models: FolderModel[] = [];
  for (const [dir, inDir] of byDir) {
    if (!inDir.has(CONFIG) || !TENSOR_CACHES.some((n) => inDir.has(n)))
      continue;
    const wasm = files.find(
      (f) =>
        f.path.toLowerCase().endsWith(".wasm") &&
        (dirOf(f.path) === dir ||
          dirOf(f.path).startsWith(dir ? `${dir}/` : "")),
    );
    models.push({
      id: nameOf(dir) || "model",
      files: inDir,
      ...(wasm ? { library: wasm.file } : {}),
    });
  }
  return models.sort((a, b) => a.id.localeCompare(b.id));
}

/** What a folder model gives the worker, or the problem with it in plain words. */
export type FolderCheck =
  | {
      ok: true;
      files: Record<string, Blob>;
      weightBytes: number;
      contextWindow?: number;
    }
  | { ok: false; problem: string };

/**
 * Checks that every file the model's records name is there (each shard, a tokenizer the
 * config lists); the bytes themselves are checked as they are copied in (size, MD5).
 */
export async function checkFolderModel(
  model: FolderModel,
): Promise<FolderCheck> {
  const tensorName = TENSOR_CACHES.find((n) => model.files.has(n))!;
  let config: { tokenizer_files?: string[]; context_window_size?: number };
  let records: Array<{ dataPath?: unknown; nbytes?: unknown }>;
  try {
    config = JSON.parse(await model.files.get(CONFIG)!.text());
  } catch {
    return {
      ok: false,
      problem: t("engine.folder.badConfig", { file: CONFIG, model: model.id }),
    };
  }
  try {
    records = JSON.parse(await model.files.get(tensorName)!.text()).records;
    if (!Array.isArray(records)) throw new Error();
  } catch {
    return {
      ok: false,
      problem: t("engine.folder.noShards", {
        file: tensorName,
        model: model.id,
      }),
    };
  }
  const files: Record<string, Blob> = {
    [CONFIG]: model.files.get(CONFIG)!,
    // web-llm 0.2.86 reads tensor-cache.json; an older folder's ndarray-cache.json is the same record.
    "tensor-cache.json": model.files.get(tensorName)!,
  };
  const missing: string[] = [];
  let weightBytes = 0;
  for (const r of records) {
    const name = String(r.dataPath);
    const file = model.files.get(name);
    if (!file) missing.push(name);
    else files[name] = file;
    weightBytes += Number(r.nbytes) || 0;
  }
  // The one web-llm loads (and a download would store), so the copy is the same.
  const tokenizer = tokenizerFile(config.tokenizer_files);
  if (tokenizer && model.files.has(tokenizer))
    files[tokenizer] = model.files.get(tokenizer)!;
  else if (tokenizer) missing.push(tokenizer);
  if (missing.length) {
    const shown = missing.slice(0, 5).join(t("engine.list.separator"));
    return {
      ok: false,
      problem: t("engine.folder.missing", {
        count: missing.length,
        model: model.id,
        files:
          missing.length > 5
            ? t("engine.folder.moreFiles", { files: shown })
            : shown,
      }),
    };
  }
  return {
    ok: true,
    files,
    weightBytes,
    contextWindow: config.context_window_size,
  };
}
