import { useSignal } from "@preact/signals";
import { Search } from "lucide-preact";
import { useEffect, useRef } from "preact/hooks";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import {
  fitText,
  memoryText,
  modelTitle,
  sizeText,
  stateBadge,
} from "./model-facts";
import { pickerGroups } from "./model-list";

const optionId = (id: string) => `model-option-${id.replace(/[^\w-]/g, "_")}`;

/**
 * The open model list: a search field (the keyboard stays in it: type to filter, arrows
 * to move, Enter to choose, Escape to close) over a listbox of options grouped by family.
 * Each option says its download size, GPU memory, fit and whether it is on this device.
 */
export function ModelListbox({
  engine,
  models,
  onPick,
  onClose,
}: {
  engine: EngineModel;
  models: ModelManager;
  onPick: (id: string) => void;
  onClose: (refocus: boolean) => void;
}) {
  const query = useSignal("");
  const showAll = useSignal(false);
  const selectedId = engine.selected.value?.id;
  const active = useSignal(selectedId);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => input.current?.focus(), []);

  const groups = pickerGroups(engine.catalog, {
    query: query.value,
    showAll: showAll.value,
    selectedId,
  });
  const flat = groups.flatMap((g) => g.entries);
  const activeId = flat.some((e) => e.id === active.value)
    ? active.value
    : flat[0]?.id;
  useEffect(() => {
    if (activeId)
      list.current
        ?.querySelector(`#${optionId(activeId)}`)
        ?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const move = (step: number) => {
    if (!flat.length) return;
    const at = flat.findIndex((e) => e.id === activeId);
    active.value = flat[(at + step + flat.length) % flat.length].id;
  };
  const fits = engine.fits.value;

  return (
    <div class="model-popover">
      <div class="model-search">
        <Search aria-hidden="true" size={16} />
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t("models.picker.search")}
          aria-expanded="true"
          aria-controls="model-listbox"
          aria-autocomplete="list"
          aria-activedescendant={activeId ? optionId(activeId) : undefined}
          placeholder={t("models.picker.search")}
          value={query.value}
          onInput={(e) => (query.value = e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              move(e.key === "ArrowDown" ? 1 : -1);
            } else if (e.key === "Enter" && activeId) {
              e.preventDefault();
              onPick(activeId);
            } else if (e.key === "Escape") {
              e.preventDefault();
              onClose(true);
            } else if (e.key === "Tab") onClose(false);
          }}
        />
      </div>
      <label class="switch">
        <input
          type="checkbox"
          checked={showAll.value}
          onChange={(e) => (showAll.value = e.currentTarget.checked)}
        />
        {t("models.picker.showAll")}
      </label>
      <div
        ref={list}
        id="model-listbox"
        role="listbox"
        aria-label={t("models.picker.list")}
        class="model-options"
      >
        {flat.length === 0 ? (
          <p class="model-empty">
            {t("models.picker.noMatch", { query: query.value })}
          </p>
        ) : null}
        {groups.map((g) => (
          <div role="group" aria-label={g.family} key={g.family}>
            <div class="model-family" aria-hidden="true">
              {g.family}
            </div>
            {g.entries.map((e) => {
              const fit = fitText(fits.get(e.id));
              const state = models.state(e.id);
              return (
                <div
                  key={e.id}
                  id={optionId(e.id)}
                  role="option"
                  aria-selected={e.id === selectedId}
                  aria-label={modelTitle(e)}
                  aria-describedby={`${optionId(e.id)}-facts`}
                  data-value={e.id}
                  class={
                    e.id === activeId ? "model-option active" : "model-option"
                  }
                  onPointerMove={() => (active.value = e.id)}
                  onClick={() => onPick(e.id)}
                >
                  <span class="model-option-name">{modelTitle(e)}</span>
                  <span
                    class="model-option-facts"
                    id={`${optionId(e.id)}-facts`}
                  >
                    {sizeText(e, state)} · {memoryText(e)}
                    {fit ? (
                      <span class={`fit-text-${fits.get(e.id)?.level}`}>
                        {" "}
                        · {fit}
                      </span>
                    ) : null}
                    <span class={`state state-${state.kind}`}>
                      {" "}
                      · {stateBadge(state)}
                    </span>
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
