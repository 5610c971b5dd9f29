import type { Plugin } from "vite";

/**
 * pdf.js probes for `eval` (`new Function("")`) and, where it finds it, compiles PostScript
 * functions with `new Function(...)`. Hearth's CSP has no 'unsafe-eval' and a test checks
 * that no shipped script calls it, so the probe is made to fail and pdf.js takes its
 * interpreted path (it does the same under any CSP without eval). Text extraction never
 * needs it; getDocument is also passed `isEvalSupported: false` (src/attachments/pdf.ts).
 *
 * Fails the build if pdf.js no longer has the calls, so it cannot silently stop applying.
 */
const CALL = /new Function\(/g;
const REPLACEMENT =
  "(function () { throw new EvalError('no eval in Hearth'); })(";

export function patchPdfjsSource(source: string): string {
  if (!CALL.test(source))
    throw new Error("pdf.js no-eval patch: no `new Function(` left");
  return source.replace(CALL, REPLACEMENT);
}

export function pdfjsNoEval(): Plugin {
  return {
    name: "hearth-pdfjs-no-eval",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]pdfjs-dist[\\/]build[\\/]pdf(\.worker)?\.mjs$/.test(id))
        return null;
      return { code: patchPdfjsSource(code), map: null };
    },
  };
}
