import type { Plugin, Rolldown } from "vite";

type OutputChunk = Rolldown.OutputChunk;

/**
 * index.html's entry is small and imports the app (`import("./start-app")`) only after the
 * outline has painted. The app's styles still go in index.html as stylesheets, so the
 * outline is drawn with the app's own layout and the app does not restyle when it arrives.
 * Its scripts are not preloaded: the outline takes typing without them, and fetching them
 * before the first paint would compete with the paint.
 */
export function appStyles(entry = "/src/start-app.tsx"): Plugin {
  return {
    name: "hearth-app-styles",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter(
          (c): c is OutputChunk => c.type === "chunk",
        );
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!app) throw new Error(`appStyles: no chunk for ${entry}`);
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
        // The entry's own styles are linked by Vite already.
        const have = ctx.chunk ? cssOf(closure(ctx.chunk)) : new Set<string>();
        return [...cssOf(closure(app))]
          .filter((href) => !have.has(href))
          .map((href) => ({
            tag: "link",
            attrs: { rel: "stylesheet", crossorigin: true, href: `./${href}` },
            injectTo: "head" as const,
          }));
      },
    },
  };
}
