import type { AttachmentsModel } from "../../attachments/attachments-model";
import { t } from "../../i18n/locale";
import { AttachmentChips } from "./AttachmentChips";

/** Above the message box: the chips waiting to be sent, files being read, a refused file. */
export function ComposerAttachments({
  attachments,
  conversationId,
}: {
  attachments: AttachmentsModel;
  conversationId: string;
}) {
  const reading = attachments.reading.value;
  const notice = attachments.notice.value;
  return (
    <div class="composer-attachments">
      <AttachmentChips
        attachments={attachments.pendingFor(conversationId)}
        label={t("files.composer.attached")}
        onRemove={(id) => attachments.removePending(conversationId, id)}
      />
      <p class="attach-status" role="status">
        {reading.length
          ? t("files.composer.reading", { names: reading.join(", ") })
          : ""}
      </p>
      {notice ? (
        <p class="attach-notice" role="alert">
          <span>{notice}</span>
          <button
            type="button"
            onClick={() => (attachments.notice.value = null)}
          >
            {t("files.composer.dismiss")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
