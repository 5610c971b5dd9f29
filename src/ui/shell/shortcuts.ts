/** Ctrl+Shift+O (Cmd+Shift+O on a Mac) starts a new chat, as in other chat apps. */
export function isNewChatShortcut(
  e: Pick<
    KeyboardEvent,
    "key" | "code" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey"
  >,
): boolean {
  return (
    (e.ctrlKey || e.metaKey) &&
    e.shiftKey &&
    !e.altKey &&
    (e.code === "KeyO" || e.key.toLowerCase() === "o")
  );
}
