/** A reply's markdown as words for a screen reader: no fences, hashes or emphasis marks. */
export function speakable(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(?:```|~~~).*$/gm, "")
    .replace(/^ {0,3}#{1,6}\s+/gm, "")
    .replace(/(\*\*|__|~~)(?=\S)([^]*?\S)\1/g, "$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
