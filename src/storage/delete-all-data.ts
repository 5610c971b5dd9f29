/**
 * Deletes everything Hearth keeps in this browser: models (web-llm's databases and our
 * manifests), conversations, settings. The app shell's own precache stays, so the app
 * still opens offline afterwards. The engine worker must be stopped first: an open
 * connection would block the deletion.
 */
export async function deleteAllData(): Promise<void> {
  const names =
    (await indexedDB.databases?.())
      ?.map((d) => d.name)
      .filter((n): n is string => !!n) ?? [];
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
          // Another tab holds it open; it closes on versionchange, then this succeeds.
          req.onblocked = () => {};
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
