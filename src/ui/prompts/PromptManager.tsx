import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { PromptKind, SavedPrompt } from "../../prompts/prompt";
import type { PromptLibrary } from "../../prompts/prompt-library";

const EMPTY = { title: "", text: "", kind: "message" as PromptKind };

/** A modal dialog: the user's saved prompts, each with Edit and Delete, and a form to add one. */
export function PromptManager({
  library,
  onClose,
}: {
  library: PromptLibrary;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLInputElement>(null);
  const form = useSignal(EMPTY);
  const editing = useSignal<string | undefined>(undefined);
  const said = useSignal("");
  useEffect(() => {
    dialog.current?.showModal();
    void library.load();
  }, []);

  const edit = (p: SavedPrompt) => {
    editing.value = p.id;
    form.value = { title: p.title, text: p.text, kind: p.kind };
    said.value = "";
    title.current?.focus();
  };
  const reset = () => {
    editing.value = undefined;
    form.value = EMPTY;
  };
  const save = async () => {
    const wasEditing = editing.value !== undefined;
    if (await library.save(form.value, editing.value)) {
      said.value = `${wasEditing ? "Saved" : "Added"} “${form.value.title.trim()}”.`;
      reset();
      title.current?.focus();
    }
  };
  const remove = async (p: SavedPrompt) => {
    if (await library.remove(p.id)) {
      said.value = `Deleted “${p.title}”.`;
      if (editing.value === p.id) reset();
      title.current?.focus();
    }
  };
  const saved = library.saved.value;
  const problem = library.problem.value;

  return (
    <dialog
      ref={dialog}
      class="prompt-manager"
      aria-labelledby="prompt-manager-title"
      onClose={onClose}
    >
      <header>
        <h2 id="prompt-manager-title">Saved prompts</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      {saved.length === 0 ? (
        <p>
          You have no prompts of your own yet. Hearth's built-in ones are always
          in the “/” menu.
        </p>
      ) : (
        <ul class="prompt-list" aria-label="Your prompts">
          {saved.map((p) => (
            <li key={p.id}>
              <span class="prompt-title">{p.title}</span>
              {p.kind === "system" ? (
                <span class="prompt-kind"> (system prompt)</span>
              ) : null}
              <span class="prompt-actions">
                <button
                  type="button"
                  aria-label={`Edit prompt ${p.title}`}
                  onClick={() => edit(p)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Delete prompt ${p.title}`}
                  onClick={() => void remove(p)}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="prompt-form"
        aria-label={editing.value ? "Edit prompt" : "New prompt"}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{editing.value ? "Edit prompt" : "New prompt"}</h3>
        <label>
          Title
          <input
            ref={title}
            value={form.value.title}
            maxLength={120}
            onInput={(e) =>
              (form.value = { ...form.value, title: e.currentTarget.value })
            }
          />
        </label>
        <label>
          Prompt text
          <textarea
            rows={5}
            value={form.value.text}
            onInput={(e) =>
              (form.value = { ...form.value, text: e.currentTarget.value })
            }
          />
        </label>
        <label class="prompt-system">
          <input
            type="checkbox"
            checked={form.value.kind === "system"}
            onChange={(e) =>
              (form.value = {
                ...form.value,
                kind: e.currentTarget.checked ? "system" : "message",
              })
            }
          />
          Use as the chat's system prompt (instead of filling the message box)
        </label>
        <div class="prompt-form-actions">
          <button type="submit" class="primary">
            {editing.value ? "Save changes" : "Add prompt"}
          </button>
          {editing.value ? (
            <button type="button" onClick={reset}>
              Cancel editing
            </button>
          ) : null}
        </div>
      </form>
      <p class="prompt-problem" role="alert">
        {problem ?? ""}
      </p>
      <p role="status">{said.value}</p>
    </dialog>
  );
}
