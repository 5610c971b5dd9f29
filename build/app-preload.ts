import type { Plugin, Rolldown } from "vite";

type OutputChunk = Rolldown.OutputChunk;

/**
 * index.html's entry is small and runs the app (`import("./start-app")`) only after the
 * outline has painted. The app's styles go in index.html as stylesheets, so the outline is
 * drawn with the app's own layout, and its chunks as modulepreloads: fetched beside the
 * entry, and part of the page's load, so a page that has loaded has its app's code even if
 * the network goes the moment after (the outline's Retry is for a page that did not).
 */
export function appPreload(entry = "/src/start-app.tsx"): Plugin {
  return {
    name: "hearth-app-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter(
          (c): c is OutputChunk => c.type === "chunk",
        );
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!app) throw new Error(`appPreload: no chunk for ${entry}`);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        // The chunks a chunk needs before it runs: itself and its static imports.
        const closure = (c: OutputChunk, into = new Set<string>()) => {
          if (into.has(c.fileName)) return into;
          into.add(c.fileName);
          for (const i of c.imports) {
            const next = byName.get(i);
            if (next) closure(next, into);
          }
          return into;
        };
        const cssOf = (files: Set<string>) =>
          new Set(
            [...files].flatMap((f) => [
              ...(byName.get(f)?.viteMetadata?.importedCss ?? []),
            ]),
          );
        // The entry's own chunks and styles are linked by Vite already.
        const entryChunks = ctx.chunk ? closure(ctx.chunk) : new Set<string>();
        const have = cssOf(entryChunks);
        const appChunks = closure(app);
        const styles = [...cssOf(appChunks)]
          .filter((href) => !have.has(href))
          .map((href) => ({
            tag: "link",
            attrs: { rel: "stylesheet", crossorigin: true, href: `./${href}` },
            injectTo: "head" as const,
          }));
        const scripts = [...appChunks]
          .filter((file) => !entryChunks.has(file))
          .map((file) => ({
            tag: "link",
            attrs: {
              rel: "modulepreload",
              crossorigin: true,
              // After the outline's styles: the first paint needs them, not these.
              fetchpriority: "low",
              href: `./${file}`,
            },
            injectTo: "head" as const,
          }));
        return [...styles, ...scripts];
      },
    },
  };
}
