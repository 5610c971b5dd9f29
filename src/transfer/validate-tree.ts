import type { ChatMessage } from "../chat/types";
import { ImportError } from "./import-error";

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
    throw new ImportError(
      `${where}, messages`,
      "some messages name a parent and others do not",
    );
  const byId = new Map(messages.map((m) => [m.id, m]));
  messages.forEach((m, i) => {
    if (m.parentId !== null && !byId.has(m.parentId!))
      throw new ImportError(
        `${where}, message ${i + 1}, parent`,
        `names a message (“${m.parentId!.slice(0, 40)}”) that is not in this conversation`,
      );
  });
  const roots = messages.filter((m) => m.parentId === null);
  if (roots.length === 0 || roots.some((m) => m.role !== roots[0].role))
    throw new ImportError(
      `${where}, messages`,
      roots.length === 0
        ? "have no first message: every message names a parent, so they form a loop"
        : "have two roots: first messages of different roles, which cannot be versions of one message",
    );
  // Each message reaches a root within as many steps as there are messages, or loops.
  const reachesRoot = new Set(roots.map((m) => m.id));
  messages.forEach((m, i) => {
    const chain = new Set<string>();
    let at: ChatMessage | undefined = m;
    while (at && !reachesRoot.has(at.id)) {
      if (chain.has(at.id))
        throw new ImportError(
          `${where}, message ${i + 1}, parent`,
          "makes a loop: following the parents comes back to the same message",
        );
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
      `${where}, active message`,
      "names a message that is not in this conversation",
    );
}
