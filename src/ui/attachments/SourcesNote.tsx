import type { Passage, SourceUse } from "../../attachments/types";
import { formatNumber, t } from "../../i18n/locale";

/** A page or line number as Hearth has always written it: no grouping. */
const plain = (n: number) => formatNumber(n, { useGrouping: false });

/**
 * "page 31", "lines 10–24": where a passage is, in the page's language (the model is
 * told the same in English, by split.ts's passagePlace).
 */
function passagePlace(p: Passage): string {
  if (p.page !== undefined)
    return t("files.sources.page", { n: plain(p.page) });
  if (p.lineStart === undefined) return "";
  return p.lineStart === p.lineEnd
    ? t("files.sources.line", { n: plain(p.lineStart) })
    : t("files.sources.lines", {
        start: plain(p.lineStart),
        end: plain(p.lineEnd ?? p.lineStart),
      });
}

/** "pages 4, 7, 12" / "lines 1–20": where the passages of one document came from. */
function places(use: SourceUse): string {
  const pages = [
    ...new Set(use.passages.map((p) => p.page).filter((p) => p !== undefined)),
  ];
  if (pages.length)
    return t("files.sources.pages", {
      count: pages.length,
      pages: pages.map(plain).join(", "),
    });
  return use.passages.map(passagePlace).join(", ");
}

export function sourcesSummary(sources: readonly SourceUse[]): string {
  return sources
    .map((s) =>
      s.whole
        ? t("files.sources.whole", { name: s.name })
        : t("files.sources.passages", {
            count: s.passages.length,
            name: s.name,
            places: places(s),
          }),
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
              {t("files.sources.passage", {
                name: s.name,
                place: passagePlace(p),
              })}
            </p>
            <blockquote>{p.text}</blockquote>
          </li>
        ))}
      </ol>
    </details>
  );
}
