import type { ReadonlySignal } from "@preact/signals";
import { useLayoutEffect, useRef } from "preact/hooks";
import { MarkdownView } from "./markdown-view";
import "./markdown.css";

/**
 * A model reply rendered as markdown. Give it the streaming signal while a reply is being
 * written (updates land once per frame, without re-rendering this component) and the
 * finished text afterwards (rendered at once).
 */
export function Markdown({
  source,
}: {
  source: ReadonlySignal<string> | string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<MarkdownView | null>(null);
  useLayoutEffect(() => {
    view.current = new MarkdownView(host.current!);
    return () => view.current?.dispose();
  }, []);
  useLayoutEffect(() => {
    const v = view.current!;
    if (typeof source === "string") {
      v.set(source, true);
      return;
    }
    return source.subscribe((text) => v.set(text));
  }, [source]);
  // Preact never touches this element's children: the view owns them.
  return <div class="markdown" ref={host} />;
}
