import type { ChatMessage } from "./types";

// A conversation is a tree of messages: each message names its parent (null for the first
// question and its versions), and siblings are versions of one another. The chat shows one
// path, from a first message down to `activeId`. Pure functions: nothing here mutates.

type Messages = readonly ChatMessage[];

const parentOf = (m: ChatMessage): string | null => m.parentId ?? null;

const byTime = (a: ChatMessage, b: ChatMessage) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Gives each message saved before trees (no `parentId` field at all) the one before it in
 * time as its parent, as the linear chat showed them (messages this release adds are always
 * later in time than the old ones). Messages that already have a parent
 * keep it, so running this twice changes nothing. Returns the input when nothing changes.
 */
export function linkLegacy(messages: Messages): ChatMessage[] {
  if (messages.every((m) => m.parentId !== undefined)) return [...messages];
  let previous: string | null = null;
  const linked = new Map<string, ChatMessage>();
  for (const m of [...messages].sort(byTime)) {
    // A message of the old chat this release already saved (marked interrupted, say)
    // has its parent, and is still the one before the next old message.
    if (m.parentId === undefined)
      linked.set(m.id, { ...m, parentId: previous });
    previous = m.id;
  }
  return messages.map((m) => linked.get(m.id) ?? m);
}

/** The versions of a message (itself included), oldest first. */
export function siblingsOf(messages: Messages, id: string): ChatMessage[] {
  const message = messages.find((m) => m.id === id);
  if (!message) return [];
  const parent = parentOf(message);
  return messages.filter((m) => parentOf(m) === parent).sort(byTime);
}

export function childrenOf(
  messages: Messages,
  id: string | null,
): ChatMessage[] {
  return messages.filter((m) => parentOf(m) === id).sort(byTime);
}

function childMap(messages: Messages): Map<string, ChatMessage[]> {
  const children = new Map<string, ChatMessage[]>();
  for (const m of messages) {
    const p = parentOf(m);
    if (p === null) continue;
    const list = children.get(p);
    if (list) list.push(m);
    else children.set(p, [m]);
  }
  return children;
}

/** The newest leaf at or under a message: where showing that version leads. */
export function newestLeaf(messages: Messages, id: string): string {
  const children = childMap(messages);
  let at = id;
  for (let guard = messages.length; guard > 0; guard--) {
    const below = children.get(at);
    if (!below) break;
    at = below.reduce((a, b) => (byTime(a, b) >= 0 ? a : b)).id;
  }
  return at;
}

/**
 * The messages on screen: from the first message down to `activeId`. Without a valid
 * `activeId`, the newest leaf of the newest first message.
 */
export function activePath(stored: Messages, activeId?: string): ChatMessage[] {
  const messages = linkLegacy(stored);
  const byId = new Map(messages.map((m) => [m.id, m]));
  let leaf = activeId !== undefined ? byId.get(activeId) : undefined;
  if (!leaf) {
    const roots = childrenOf(messages, null);
    if (roots.length === 0) return [];
    leaf = byId.get(newestLeaf(messages, roots[roots.length - 1].id));
  }
  const path: ChatMessage[] = [];
  const seen = new Set<string>();
  for (let m = leaf; m && !seen.has(m.id); m = byId.get(parentOf(m) ?? "")) {
    seen.add(m.id);
    path.push(m);
  }
  return path.reverse();
}

/** Which version a message is, "n of m" (1-based). */
export function versionOf(
  messages: Messages,
  id: string,
): { index: number; count: number; siblings: ChatMessage[] } {
  const siblings = siblingsOf(messages, id);
  return {
    index: siblings.findIndex((m) => m.id === id) + 1,
    count: siblings.length,
    siblings,
  };
}

/** Every message's "n of m" at once: one pass, for drawing a whole chat. */
export function versionIndex(
  messages: Messages,
): Map<string, { index: number; count: number }> {
  const groups = new Map<string | null, ChatMessage[]>();
  for (const m of messages) {
    const p = parentOf(m);
    const group = groups.get(p);
    if (group) group.push(m);
    else groups.set(p, [m]);
  }
  const index = new Map<string, { index: number; count: number }>();
  for (const group of groups.values()) {
    group.sort(byTime);
    group.forEach((m, i) =>
      index.set(m.id, { index: i + 1, count: group.length }),
    );
  }
  return index;
}

/**
 * The active leaf after showing the version `step` away from the message (-1 previous,
 * +1 next); undefined when there is no such version.
 */
export function switchVersion(
  messages: Messages,
  id: string,
  step: number,
): string | undefined {
  const { index, siblings } = versionOf(messages, id);
  const target = siblings[index - 1 + step];
  return target && newestLeaf(messages, target.id);
}

/** The ids of a message and every message under it. */
export function subtreeIds(messages: Messages, id: string): string[] {
  const children = childMap(messages);
  const ids = [id];
  const seen = new Set(ids);
  for (let i = 0; i < ids.length; i++)
    for (const c of children.get(ids[i]) ?? [])
      if (!seen.has(c.id)) {
        seen.add(c.id);
        ids.push(c.id);
      }
  return ids;
}

/**
 * Removes a message and its descendants. The new active leaf: unchanged when the path
 * did not go through it; else another version of it (the one before, else after), else
 * its parent.
 */
export function deleteSubtree(
  messages: Messages,
  id: string,
  activeId?: string,
): { messages: ChatMessage[]; removed: ChatMessage[]; activeId?: string } {
  const ids = new Set(subtreeIds(messages, id));
  const removed = messages.filter((m) => ids.has(m.id));
  const kept = messages.filter((m) => !ids.has(m.id));
  const onPath = activePath(messages, activeId).some((m) => m.id === id);
  if (!onPath) return { messages: kept, removed, activeId };
  const { index, siblings } = versionOf(messages, id);
  const other = siblings[index - 2] ?? siblings[index];
  const parent = messages.find((m) => m.id === id)?.parentId ?? undefined;
  return {
    messages: kept,
    removed,
    activeId: other ? newestLeaf(kept, other.id) : parent,
  };
}
