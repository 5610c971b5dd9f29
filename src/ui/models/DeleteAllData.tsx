import { useSignal } from "@preact/signals";
import { t } from "../../i18n/locale";

export function DeleteAllData({
  onDeleteAll,
}: {
  onDeleteAll: () => Promise<void>;
}) {
  const confirming = useSignal(false);
  const working = useSignal(false);
  const failure = useSignal<string | null>(null);
  if (!confirming.value) {
    return (
      <div class="danger-zone">
        <button
          type="button"
          class="danger"
          onClick={() => (confirming.value = true)}
        >
          {t("models.deleteAll.button")}
        </button>
      </div>
    );
  }
  return (
    <div
      class="danger-zone"
      role="alertdialog"
      aria-labelledby="delete-all-title"
      aria-describedby="delete-all-text"
    >
      <h3 id="delete-all-title">{t("models.deleteAll.title")}</h3>
      <p id="delete-all-text">{t("models.deleteAll.text")}</p>
      <button
        type="button"
        class="danger"
        disabled={working.value}
        onClick={async () => {
          working.value = true;
          failure.value = null;
          try {
            await onDeleteAll();
          } catch (err) {
            failure.value = t("models.deleteAll.failed", {
              reason: err instanceof Error ? err.message : String(err),
            });
            working.value = false;
          }
        }}
      >
        {t("models.deleteAll.confirm")}
      </button>
      <button
        type="button"
        ref={(b) => b?.focus()}
        onClick={() => (confirming.value = false)}
      >
        {t("models.deleteAll.keep")}
      </button>
      {failure.value && (
        <p class="row-error" role="alert">
          {failure.value}
        </p>
      )}
    </div>
  );
}
