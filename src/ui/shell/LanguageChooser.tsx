import { useSignal } from "@preact/signals";
import { Languages } from "lucide-preact";
import { LANGUAGES, isLanguage, languageNamed } from "../../i18n/languages";
import { language, t } from "../../i18n/locale";
import { chooseLanguage } from "../../i18n/preference";
import "./language.css";

/**
 * The interface language, one click away in the sidebar. Each language is listed in its
 * own name, and the accessible name always holds the English word "Language", so a
 * person left in a language they cannot read still finds the way back.
 */
export function LanguageChooser() {
  const lang = language();
  const failed = useSignal<string | null>(null);
  const label = lang === "en" ? "Language" : `${t("shell.language")} · Language`;
  return (
    <div class="language-chooser">
      <label>
        <Languages size={16} aria-hidden="true" />
        <select
          aria-label={label}
          title={label}
          value={lang}
          onChange={(e) => {
            const select = e.currentTarget;
            const code = select.value;
            if (!isLanguage(code)) return;
            failed.value = null;
            chooseLanguage(code).catch(() => {
              // The language still in use stays chosen.
              failed.value = languageNamed(code).name;
              select.value = language();
            });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {failed.value ? (
        <p role="alert">{t("language.failed", { name: failed.value })}</p>
      ) : null}
    </div>
  );
}
