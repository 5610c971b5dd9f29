import { useSignal } from "@preact/signals";

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
          Delete all data
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
      <h3 id="delete-all-title">Delete all data?</h3>
      <p id="delete-all-text">
        This removes every downloaded model, every conversation and all settings
        from this browser. It cannot be undone.
      </p>
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
            failure.value = `Not everything could be deleted. ${err instanceof Error ? err.message : String(err)}`;
            working.value = false;
          }
        }}
      >
        Delete everything
      </button>
      <button
        type="button"
        ref={(b) => b?.focus()}
        onClick={() => (confirming.value = false)}
      >
        Keep my data
      </button>
      {failure.value && (
        <p class="row-error" role="alert">
          {failure.value}
        </p>
      )}
    </div>
  );
}
