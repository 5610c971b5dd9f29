/**
 * How tabs of the app hear about each other's writes, and whether a reply saved as
 * "streaming" is still being written by a live tab. See docs/ARCHITECTURE.md.
 */
export type TabChange =
  | { type: "conversation"; conversationId: string }
  | { type: "deleted"; conversationId: string }
  | { type: "list" };

export interface TabSync {
  notify(change: TabChange): void;
  listen(onChange: (change: TabChange) => void): () => void;
  /** Held while this tab writes a reply; released when the reply ends or the tab dies. */
  holdReply(messageId: string): () => void;
  /** Whether some live tab still holds the reply's lock. */
  isReplyLive(messageId: string): Promise<boolean>;
}

const CHANNEL = "hearth-conversations";
const lockName = (messageId: string) => `hearth-reply:${messageId}`;

/** BroadcastChannel for news, Web Locks for liveness: the browser frees a dead tab's locks. */
export function createTabSync(): TabSync {
  const channel =
    typeof BroadcastChannel === "undefined"
      ? null
      : new BroadcastChannel(CHANNEL);
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  return {
    notify(change) {
      channel?.postMessage(change);
    },
    listen(onChange) {
      if (!channel) return () => {};
      const handler = (e: MessageEvent<TabChange>) => onChange(e.data);
      channel.addEventListener("message", handler);
      return () => channel.removeEventListener("message", handler);
    },
    holdReply(messageId) {
      if (!locks) return () => {};
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      void locks
        .request(lockName(messageId), { ifAvailable: true }, () => held)
        .catch(() => {});
      return release;
    },
    async isReplyLive(messageId) {
      if (!locks) return false;
      const state = await locks.query();
      return (state.held ?? []).some((l) => l.name === lockName(messageId));
    },
  };
}
