import createDOMPurify, { type Config } from "dompurify";

/** Link schemes a reply may point at; anything else (javascript:, data:, relative) is dropped. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

// Only HTML (no SVG, no MathML), and nothing that loads, embeds, submits or styles.
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    "img",
    "picture",
    "source",
    "video",
    "audio",
    "track",
    "iframe",
    "frame",
    "object",
    "embed",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "textarea",
    "select",
    "option",
    "template",
    "svg",
    "math",
  ],
  FORBID_ATTR: [
    "style",
    "src",
    "srcset",
    "action",
    "formaction",
    "ping",
    "background",
    "poster",
  ],
  ADD_ATTR: ["target"],
  ALLOW_DATA_ATTR: true,
};

export type Sanitize = (html: string) => string;

/**
 * DOMPurify set up for model output: our renderer already escapes any HTML the model
 * writes, so this is the second wall. Links keep only safe schemes and open in a new tab
 * without an opener; every `on*` attribute goes, whatever DOMPurify's defaults do.
 */
export function createSanitizer(
  win: Window & typeof globalThis = window,
): Sanitize {
  const purify = createDOMPurify(win);
  purify.addHook("uponSanitizeAttribute", (_node, data) => {
    if (data.attrName.toLowerCase().startsWith("on")) data.keepAttr = false;
  });
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName !== "A") return;
    const href = node.getAttribute("href");
    if (href !== null && !isSafeHref(href)) node.removeAttribute("href");
    if (node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    } else {
      node.removeAttribute("target");
    }
  });
  return (html) => purify.sanitize(html, CONFIG) as string;
}

export function isSafeHref(href: string): boolean {
  try {
    // No base: a relative link has no meaning in a reply and must not reach the app.
    return SAFE_SCHEMES.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}
