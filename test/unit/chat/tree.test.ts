import { describe, expect, it } from "vitest";
import {
  activePath,
  deleteSubtree,
  linkLegacy,
  newestLeaf,
  subtreeIds,
  switchVersion,
  versionOf,
} from "../../../src/chat/tree";
import type { ChatMessage } from "../../../src/chat/types";
import { msg } from "../support/messages";

const node = (
  id: string,
  parentId: string | null,
  createdAt: number,
  role: ChatMessage["role"] = "user",
): ChatMessage => ({ ...msg(id, role, id, createdAt), parentId });

/**
 *  q1 ─ a1 ─ q2 ─ a2
 *     ├ a1b          (regenerated)
 *     └ a1c ─ q3     (regenerated, then a follow-up)
 *  q1e ─ e1          (first question edited)
 */
const tree = (): ChatMessage[] => [
  node("q1", null, 1),
  node("a1", "q1", 2, "assistant"),
  node("q2", "a1", 3),
  node("a2", "q2", 4, "assistant"),
  node("a1b", "q1", 5, "assistant"),
  node("a1c", "q1", 6, "assistant"),
  node("q3", "a1c", 7),
  node("q1e", null, 8),
  node("e1", "q1e", 9, "assistant"),
];
const ids = (ms: readonly ChatMessage[]) => ms.map((m) => m.id);
const frozen = () => Object.freeze(tree().map((m) => Object.freeze(m)));

describe("conversation tree (pure functions)", () => {
  it("gives the path on screen: from a first message down to the active one", () => {
    expect(ids(activePath(frozen(), "a2"))).toEqual(["q1", "a1", "q2", "a2"]);
    expect(ids(activePath(frozen(), "q3"))).toEqual(["q1", "a1c", "q3"]);
    // No (or an unknown) active message: the newest leaf of the newest first message.
    expect(ids(activePath(frozen()))).toEqual(["q1e", "e1"]);
    expect(ids(activePath(frozen(), "gone"))).toEqual(["q1e", "e1"]);
    expect(activePath([])).toEqual([]);
  });

  it("counts versions and switches between them, following the newest reply below", () => {
    expect(versionOf(frozen(), "a1b")).toMatchObject({ index: 2, count: 3 });
    expect(versionOf(frozen(), "q1e")).toMatchObject({ index: 2, count: 2 });
    expect(versionOf(frozen(), "a2")).toMatchObject({ index: 1, count: 1 });
    expect(switchVersion(frozen(), "a1", 1)).toBe("a1b");
    expect(switchVersion(frozen(), "a1b", 1)).toBe("q3");
    expect(switchVersion(frozen(), "a1c", 1)).toBeUndefined();
    expect(switchVersion(frozen(), "a1", -1)).toBeUndefined();
    expect(switchVersion(frozen(), "q1e", -1)).toBe("q3");
    expect(newestLeaf(frozen(), "a1")).toBe("a2");
  });

  it("adds a sibling: a new version appears beside the old and becomes the path", () => {
    const before = frozen();
    const added = [...before, node("a1d", "q1", 10, "assistant")];
    expect(versionOf(added, "a1d")).toMatchObject({ index: 4, count: 4 });
    expect(ids(activePath(added, "a1d"))).toEqual(["q1", "a1d"]);
    expect(ids(before)).toEqual(ids(tree()));
  });

  it("deletes a message with everything below it, and picks the version beside it", () => {
    const all = frozen();
    expect(subtreeIds(all, "a1").sort()).toEqual(["a1", "a2", "q2"]);
    const cut = deleteSubtree(all, "a1c", "q3");
    expect(ids(cut.removed)).toEqual(["a1c", "q3"]);
    expect(ids(cut.messages)).not.toContain("q3");
    expect(cut.activeId).toBe("a1b");
    // Off the path: the path stays.
    expect(deleteSubtree(all, "q1e", "a2").activeId).toBe("a2");
    // The only version: its parent is shown.
    expect(deleteSubtree(all, "q2", "a2").activeId).toBe("a1");
    expect(ids(all)).toEqual(ids(tree()));
  });

  it("links messages saved before trees in time order, and changes nothing the second time", () => {
    const legacy = [
      msg("b", "assistant", "b", 2),
      msg("a", "user", "a", 1),
      msg("c", "user", "c", 3),
    ];
    const linked = linkLegacy(legacy);
    expect(linked.map((m) => [m.id, m.parentId])).toEqual([
      ["b", "a"],
      ["a", null],
      ["c", "b"],
    ]);
    expect(linkLegacy(linked)).toEqual(linked);
    // One old message already saved again by this release (it was marked interrupted).
    const mixed = linkLegacy([
      legacy[1],
      { ...legacy[0], parentId: "a" },
      legacy[2],
    ]);
    expect(mixed.map((m) => m.parentId)).toEqual([null, "a", "b"]);
    expect(legacy[0]).not.toHaveProperty("parentId");
    expect(ids(activePath(legacy))).toEqual(["a", "b", "c"]);
  });
});
