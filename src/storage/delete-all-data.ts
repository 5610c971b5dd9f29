import { t } from "../i18n/locale";

/**
 * Deletes everything Hearth keeps in this browser: models (web-llm's databases and our
 * manifests), conversations, settings. The app shell's own precache stays, so the app
 * still opens offline afterwards. The engine worker must be stopped first: an open
 * connection would block the deletion.
 */
export async function deleteAllData(blockedMs = 5000): Promise<void> {
  const names =
    (await indexedDB.databases?.())
      ?.map((d) => d.name)
      .filter((n): n is string => !!n) ?? [];
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          // Hearth's own connections close on versionchange (idb-store.ts), so a delete
          // that stays blocked means a tab that does not let go, e.g. an older version.
          let timer: ReturnType<typeof setTimeout> | undefined;
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = () => {
            clearTimeout(timer);
            resolve();
          };
          req.onerror = () => {
            clearTimeout(timer);
            reject(req.error);
          };
          req.onblocked = () => {
            timer = setTimeout(
              () => reject(new Error(t("worker.storage.deleteBlocked"))),
              blockedMs,
            );
          };
        }),
    ),
  );
  localStorage.clear();
  if ("caches" in self) {
    for (const key of await caches.keys()) {
      if (!key.startsWith("workbox-precache")) await caches.delete(key);
    }
  }
}
