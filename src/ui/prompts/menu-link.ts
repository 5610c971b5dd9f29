// The contract between the composer's small side of the "/" menu (use-prompt-menu.tsx) and
// the lazily loaded menu (PromptMenu.tsx), so that each imports it and neither the other's types.

/** What the lazily loaded menu tells the message box: the listbox and its active option. */
export interface BoxAria {
  controls?: string;
  active?: string;
}

/** The menu's keys: true when it took the key, so the box does nothing more with it. */
export type MenuKeys = (e: KeyboardEvent) => boolean;
