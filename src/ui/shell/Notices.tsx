import type { ChatModel } from "../../chat/chat-model";
import type { EngineModel } from "../../engine/engine-model";
import { findEntry } from "../../engine/catalog";
import { errorText } from "../../engine/errors";
import { t } from "../../i18n/locale";
import { FitAdvice } from "../models/FitAdvice";

const linuxHelp = () =>
  t("shell.notices.linuxHelp", { flags: "chrome://flags" });

/** GPU findings and engine failures, each saying what happened and what to do next. */
export function Notices({
  engine,
  chat,
}: {
  engine: EngineModel;
  chat: ChatModel;
}) {
  const gpu = engine.gpu.value;
  const status = engine.status.value;
  const notice = engine.notice.value;

  return (
    <div class="notices">
      {gpu.kind === "no-webgpu" ? (
        <section
          class="notice error"
          role="alert"
          aria-labelledby="no-webgpu-title"
        >
          <h2 id="no-webgpu-title">{t("shell.notices.noWebgpu.title")}</h2>
          <p>{t("shell.notices.noWebgpu.body", { linuxHelp: linuxHelp() })}</p>
        </section>
      ) : null}
      {gpu.kind === "no-adapter" ? (
        <section
          class="notice error"
          role="alert"
          aria-labelledby="no-adapter-title"
        >
          <h2 id="no-adapter-title">{t("shell.notices.noAdapter.title")}</h2>
          <p>{t("shell.notices.noAdapter.body", { linuxHelp: linuxHelp() })}</p>
        </section>
      ) : null}
      {engine.gpuBusy.value ? (
        <section
          class="notice warn"
          role="alert"
          aria-labelledby="gpu-busy-title"
        >
          <h2 id="gpu-busy-title">{t("shell.notices.gpuBusy.title")}</h2>
          <p>{t("shell.notices.gpuBusy.body")}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => void engine.takeOver()}
            >
              {t("shell.notices.gpuBusy.takeOver")}
            </button>
          </div>
        </section>
      ) : null}
      <FitAdvice engine={engine} />
      {notice ? (
        <p class="notice info" role="status">
          {notice}
        </p>
      ) : null}
      {status.kind === "failed" ? (
        <FailureNotice engine={engine} chat={chat} />
      ) : null}
    </div>
  );
}

function FailureNotice({
  engine,
  chat,
}: {
  engine: EngineModel;
  chat: ChatModel;
}) {
  const status = engine.status.value;
  if (status.kind !== "failed") return null;
  const text = errorText(
    status.code,
    findEntry(engine.catalog, status.modelId)?.host,
  );
  return (
    <section class="notice error" role="alert" aria-labelledby="failure-title">
      <h2 id="failure-title">{text.title}</h2>
      {status.code === "disk-full" ? (
        // The sizes and what Hearth holds, already in words (storage-check.ts).
        <p>{status.detail}</p>
      ) : (
        <>
          <p>{text.advice}</p>
          <details>
            <summary>{t("shell.notices.failure.details")}</summary>
            <code>{status.detail}</code>
          </details>
        </>
      )}
      <div class="actions">
        {text.reload ? (
          <button
            type="button"
            class="primary"
            onClick={() => void engine.reload()}
          >
            {t("shell.notices.failure.reload")}
          </button>
        ) : null}
        {status.code === "device-lost" && engine.smaller.value ? (
          <button type="button" onClick={() => void engine.useSmaller()}>
            {t("shell.notices.failure.smaller")}
          </button>
        ) : null}
        {status.code === "context-window" ? (
          <button type="button" onClick={() => chat.newChat()}>
            {t("shell.notices.failure.newChat")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
