import type { ChatMessage } from "../chat/types";
import { t } from "../i18n/locale";
import { entry, ImportError, within } from "./import-error";

/** "Conversation 1, message 3, parent". */
const parentOf = (where: string, i: number) =>
  within(
    within(where, t("files.import.place.message", { n: entry(i) })),
    t("files.import.field.parentId"),
  );
const messagesOf = (where: string) =>
  within(where, t("files.import.field.messages"));

/**
 * A conversation's messages must form one tree: every parent is a message of the same
 * conversation, no message is its own ancestor, and the first level (no parent) holds only
 * versions of one first message, so all of one role. Files written before trees have no
 * parents at all and are read as the linear chats they were; a file mixing both is refused.
 */
export function checkTree(
  messages: readonly ChatMessage[],
  where: string,
  activeId: string | undefined,
): void {
  const withParent = messages.filter((m) => m.parentId !== undefined).length;
  if (withParent === 0) {
    if (activeId !== undefined) checkActive(messages, where, activeId);
    return;
  }
  if (withParent !== messages.length)
    throw new ImportError(messagesOf(where), t("files.import.tree.mixed"));
  const byId = new Map(messages.map((m) => [m.id, m]));
  messages.forEach((m, i) => {
    if (m.parentId !== null && !byId.has(m.parentId!))
      throw new ImportError(
        parentOf(where, i),
        t("files.import.tree.missingParent", {
          id: m.parentId!.slice(0, 40),
        }),
      );
  });
  const roots = messages.filter((m) => m.parentId === null);
  if (roots.length === 0 || roots.some((m) => m.role !== roots[0].role))
    throw new ImportError(
      messagesOf(where),
      roots.length === 0
        ? t("files.import.tree.noRoot")
        : t("files.import.tree.twoRoots"),
    );
  // Each message reaches a root within as many steps as there are messages, or loops.
  const reachesRoot = new Set(roots.map((m) => m.id));
  messages.forEach((m, i) => {
    const chain = new Set<string>();
    let at: ChatMessage | undefined = m;
    while (at && !reachesRoot.has(at.id)) {
      if (chain.has(at.id))
        throw new ImportError(parentOf(where, i), t("files.import.tree.loop"));
      chain.add(at.id);
      at = byId.get(at.parentId ?? "");
    }
    for (const id of chain) reachesRoot.add(id);
  });
  if (activeId !== undefined) checkActive(messages, where, activeId);
}

function checkActive(
  messages: readonly ChatMessage[],
  where: string,
  activeId: string,
): void {
  if (!messages.some((m) => m.id === activeId))
    throw new ImportError(
      within(where, t("files.import.field.activeId")),
      t("files.import.tree.missingActive"),
    );
}
