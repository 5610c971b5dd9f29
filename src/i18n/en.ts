// The English catalog: the one source of message keys. Every other language's module is
// typed by this one (a key missing there is a compile error); test/unit/i18n-catalogs.test.ts
// checks that holes and plural forms match and that every key is used.
import { chat } from "./parts/chat";
import { engine } from "./parts/engine";
import { files } from "./parts/files";
import { format } from "./parts/format";
import { models } from "./parts/models";
import { shell } from "./parts/shell";
import { worker } from "./parts/worker";

const en = {
  ...format,
  ...shell,
  ...chat,
  ...models,
  ...engine,
  ...worker,
  ...files,
} as const;

export default en;
