import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { Attachment } from "../../attachments/types";
import { formatNumber, t } from "../../i18n/locale";
import { formatBytes } from "../kit/format";
import "./attachments.css";

/** A count as Hearth has always written it here: no grouping ("1500 lines"). */
const plain = (n: number) => formatNumber(n, { useGrouping: false });

export function attachmentLabel(a: Attachment): string {
  const lines = a.lines ?? 0;
  const extent =
    a.pages !== undefined
      ? t("files.chip.pages", { count: a.pages, n: plain(a.pages) })
      : t("files.chip.lines", { count: lines, n: plain(lines) });
  const size =
    a.size < 1024 * 1024
      ? t("files.chip.kilobytes", {
          n: plain(Math.max(1, Math.round(a.size / 1024))),
        })
      : formatBytes(a.size);
  return t("files.chip.meta", { extent, size });
}

/**
 * Attachments as chips: name, pages or lines, size. A chip opens the extracted text (as
 * text: an HTML file's markup is never rendered); `onRemove` adds a remove button.
 */
export function AttachmentChips({
  attachments,
  label,
  onRemove,
}: {
  attachments: readonly Attachment[];
  label: string;
  onRemove?: (id: string) => void;
}) {
  const open = useSignal<Attachment | null>(null);
  if (attachments.length === 0) return null;
  return (
    <>
      <ul class="attachment-chips" aria-label={label}>
        {attachments.map((a) => (
          <li key={a.id} class="attachment-chip">
            <button
              type="button"
              class="chip-open"
              title={t("files.chip.open")}
              onClick={() => (open.value = a)}
            >
              <span class="chip-name">{a.name}</span>{" "}
              <span class="chip-meta">{attachmentLabel(a)}</span>
            </button>
            {onRemove ? (
              <button
                type="button"
                class="chip-remove"
                aria-label={t("files.chip.remove", { name: a.name })}
                onClick={() => onRemove(a.id)}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {open.value ? (
        <TextDialog
          attachment={open.value}
          onClose={() => (open.value = null)}
        />
      ) : null}
    </>
  );
}

function TextDialog({
  attachment,
  onClose,
}: {
  attachment: Attachment;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="attachment-text"
      aria-label={t("files.text.label", { name: attachment.name })}
      onClose={onClose}
    >
      <header>
        <h2>{attachment.name}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t("files.text.close")}
        </button>
      </header>
      <pre tabIndex={0}>{attachment.text}</pre>
    </dialog>
  );
}
