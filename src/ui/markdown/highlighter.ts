// Its own chunk, loaded on the first fenced code block (lazy.ts).
import hljs from "highlight.js/lib/common";
import type { Highlighter } from "./renderer";

export const highlighter: Highlighter = hljs;
