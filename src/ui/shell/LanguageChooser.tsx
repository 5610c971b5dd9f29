import { useSignal } from "@preact/signals";
import { Languages } from "lucide-preact";
import { useRef } from "preact/hooks";
import {
  LANGUAGES,
  languageNamed,
  type LanguageCode,
} from "../../i18n/languages";
import { language, t } from "../../i18n/locale";
import { chooseLanguage } from "../../i18n/preference";
import "./language.css";

/**
 * The interface language, one click away in the sidebar: a button that opens the list of
 * languages, each in its own name. The button's accessible name always holds the English
 * word "Language", so a person left in a language they cannot read finds the way back.
 * Plain buttons, not a <select>: the page's only options stay the model picker's.
 */
export function LanguageChooser() {
  const lang = language();
  const open = useSignal(false);
  const failed = useSignal<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const label =
    lang === "en" ? "Language" : `${t("shell.language")} · Language`;
  const close = () => {
    open.value = false;
    toggle.current?.focus();
  };
  const choose = (code: LanguageCode) => {
    failed.value = null;
    close();
    if (code === lang) return;
    chooseLanguage(code).catch(() => {
      failed.value = languageNamed(code).name;
    });
  };
  return (
    <div
      class="language-chooser"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open.value) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="language-toggle"
        aria-label={label}
        title={label}
        aria-expanded={open.value}
        aria-controls="language-list"
        onClick={() => (open.value = !open.value)}
      >
        <Languages size={16} aria-hidden="true" />
        <span lang={lang}>{languageNamed(lang).name}</span>
      </button>
      {open.value ? (
        <ul id="language-list" class="language-list" aria-label={label}>
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button
                type="button"
                lang={l.code}
                aria-current={l.code === lang ? "true" : undefined}
                onClick={() => choose(l.code)}
              >
                {l.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {failed.value ? (
        <p role="alert">{t("language.failed", { name: failed.value })}</p>
      ) : null}
    </div>
  );
}
