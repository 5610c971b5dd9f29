import { passagePlace } from "../../attachments/split";
import type { SourceUse } from "../../attachments/types";

/** "pages 4, 7 and 12" / "lines 1–20": where the passages of one document came from. */
function places(use: SourceUse): string {
  const pages = [
    ...new Set(use.passages.map((p) => p.page).filter((p) => p !== undefined)),
  ];
  if (pages.length)
    return `${pages.length === 1 ? "page" : "pages"} ${pages.join(", ")}`;
  return use.passages.map(passagePlace).join(", ");
}

export function sourcesSummary(sources: readonly SourceUse[]): string {
  return sources
    .map((s) =>
      s.whole
        ? `Read all of ${s.name}`
        : `Used ${s.passages.length} ${s.passages.length === 1 ? "passage" : "passages"} from ${s.name} (${places(s)})`,
    )
    .join("; ");
}

/** Under a reply: what it was given from the attachments, expandable to the passages. */
export function SourcesNote({ sources }: { sources?: readonly SourceUse[] }) {
  if (!sources?.length) return null;
  const passages = sources.flatMap((s) => s.passages.map((p) => ({ s, p })));
  if (passages.length === 0)
    return <p class="sources-note">{sourcesSummary(sources)}</p>;
  return (
    <details class="sources-note">
      <summary>{sourcesSummary(sources)}</summary>
      <ol>
        {passages.map(({ s, p }) => (
          <li key={`${s.attachmentId}/${p.id}`}>
            <p class="source-place">
              {s.name}, {passagePlace(p)}
            </p>
            <blockquote>{p.text}</blockquote>
          </li>
        ))}
      </ol>
    </details>
  );
}
