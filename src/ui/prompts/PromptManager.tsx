import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../../i18n/locale";
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
      const name = form.value.title.trim();
      said.value = wasEditing
        ? t("shell.prompts.manager.saved", { title: name })
        : t("shell.prompts.manager.added", { title: name });
      reset();
      title.current?.focus();
    }
  };
  const remove = async (p: SavedPrompt) => {
    if (await library.remove(p.id)) {
      said.value = t("shell.prompts.manager.deleted", { title: p.title });
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
        <h2 id="prompt-manager-title">{t("shell.prompts.manager.title")}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t("shell.prompts.manager.close")}
        </button>
      </header>
      {saved.length === 0 ? (
        <p>{t("shell.prompts.manager.empty")}</p>
      ) : (
        <ul
          class="prompt-list"
          aria-label={t("shell.prompts.manager.listLabel")}
        >
          {saved.map((p) => (
            <li key={p.id}>
              <span class="prompt-title">{p.title}</span>
              {p.kind === "system" ? (
                <span class="prompt-kind">
                  {" "}
                  {t("shell.prompts.systemKind")}
                </span>
              ) : null}
              <span class="prompt-actions">
                <button
                  type="button"
                  aria-label={t("shell.prompts.manager.editLabel", {
                    title: p.title,
                  })}
                  onClick={() => edit(p)}
                >
                  {t("shell.prompts.manager.edit")}
                </button>
                <button
                  type="button"
                  aria-label={t("shell.prompts.manager.deleteLabel", {
                    title: p.title,
                  })}
                  onClick={() => void remove(p)}
                >
                  {t("shell.prompts.manager.delete")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="prompt-form"
        aria-label={
          editing.value
            ? t("shell.prompts.manager.editHeading")
            : t("shell.prompts.manager.newHeading")
        }
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>
          {editing.value
            ? t("shell.prompts.manager.editHeading")
            : t("shell.prompts.manager.newHeading")}
        </h3>
        <label>
          {t("shell.prompts.manager.titleField")}
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
          {t("shell.prompts.manager.textField")}
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
          {t("shell.prompts.manager.systemField")}
        </label>
        <div class="prompt-form-actions">
          <button type="submit" class="primary">
            {editing.value
              ? t("shell.prompts.manager.saveChanges")
              : t("shell.prompts.manager.add")}
          </button>
          {editing.value ? (
            <button type="button" onClick={reset}>
              {t("shell.prompts.manager.cancelEdit")}
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
