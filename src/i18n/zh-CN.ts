// STUB: not yet translated (replaced by the translation).
import en from "./en";
import type { Catalog } from "./messages";

const catalog: Catalog = { ...en };

export default catalog;
