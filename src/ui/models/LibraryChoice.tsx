import { useSignal } from "@preact/signals";
import type { FolderModel } from "../../engine/folder-scan";

/**
 * A folder model's library, given by the person when the folder has none and no built-in
 * model shares its id: its address (fetched once, then offline) or its `.wasm` file.
 */
export function LibraryChoice({
  model,
  onChosen,
}: {
  model: FolderModel;
  onChosen: (model: FolderModel, libraryUrl?: string) => void;
}) {
  const url = useSignal("");
  const problem = useSignal<string | undefined>(undefined);
  const useUrl = (e: Event) => {
    e.preventDefault();
    let parsed: URL | undefined;
    try {
      parsed = new URL(url.value.trim());
    } catch {
      parsed = undefined;
    }
    if (
      !parsed ||
      !/^https?:$/.test(parsed.protocol) ||
      !parsed.pathname.endsWith(".wasm")
    ) {
      problem.value =
        "Give the address of the model's .wasm file, starting with https://.";
      return;
    }
    problem.value = undefined;
    onChosen(model, parsed.href);
  };
  return (
    <form class="library-choice" onSubmit={useUrl}>
      <label>
        Library URL for {model.id}
        <input
          type="url"
          value={url.value}
          onInput={(e) => (url.value = e.currentTarget.value)}
          placeholder="https://…/model-webgpu.wasm"
        />
      </label>
      <button type="submit">Use this library</button>
      <label class="library-file">
        Or its .wasm file
        <input
          type="file"
          accept=".wasm,application/wasm"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onChosen({ ...model, library: file });
          }}
        />
      </label>
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
    </form>
  );
}
