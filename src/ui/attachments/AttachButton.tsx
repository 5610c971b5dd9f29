import { useRef } from "preact/hooks";
import type { AttachmentsModel } from "../../attachments/attachments-model";
import { t } from "../../i18n/locale";

/** The paperclip: opens the browser's file chooser, several files at once. */
export function AttachButton({
  attachments,
}: {
  attachments: AttachmentsModel;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        class="attach-button"
        aria-label={t("files.attach.button")}
        title={t("files.attach.buttonTitle")}
        onClick={() => input.current?.click()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M21 11.5l-8.5 8.5a5 5 0 0 1-7-7L14 4.5a3.5 3.5 0 0 1 5 5L10.5 18a2 2 0 0 1-3-3L15 7.5"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
          />
        </svg>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          void attachments.add(files);
        }}
      />
    </>
  );
}

/** Drop and paste of files onto the conversation (handlers for its column). */
export function fileDropHandlers(attachments: AttachmentsModel | null) {
  if (!attachments) return {};
  const hasFiles = (e: DragEvent) =>
    [...(e.dataTransfer?.types ?? [])].includes("Files");
  return {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      void attachments.add([...(e.dataTransfer?.files ?? [])]);
    },
  };
}
