import { useState } from "preact/hooks";
import type { EngineModel } from "../../engine/engine-model";
import type { HostsModel } from "../../engine/hosts-model";
import { t } from "../../i18n/locale";
import { DeployCheck } from "./DeployCheck";
import { ModelHostSetting } from "./ModelHostSetting";
import { formatBytes } from "../kit/format";

export function DevicePanel({
  engine,
  hosts,
}: {
  engine: EngineModel;
  hosts?: HostsModel;
}) {
  const gpu = engine.gpu.value;
  const [open, setOpen] = useState(false);
  return (
    <details
      class="device-panel"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t("shell.device.title")}</summary>
      {gpu.kind === "checking" ? <p>{t("shell.device.checkingGpu")}</p> : null}
      {gpu.kind === "no-webgpu" ? <p>{t("shell.device.noWebgpu")}</p> : null}
      {gpu.kind === "no-adapter" ? <p>{t("shell.device.noAdapter")}</p> : null}
      {gpu.kind === "ok" ? (
        <dl>
          <dt>{t("shell.device.vendor")}</dt>
          <dd>{gpu.vendor}</dd>
          <dt>{t("shell.device.architecture")}</dt>
          <dd>{gpu.architecture}</dd>
          {gpu.description ? (
            <>
              <dt>{t("shell.device.description")}</dt>
              <dd>{gpu.description}</dd>
            </>
          ) : null}
          <dt>{t("shell.device.shaderF16")}</dt>
          <dd>
            {gpu.shaderF16
              ? t("shell.device.shaderF16Yes")
              : t("shell.device.shaderF16No")}
          </dd>
          <dt>{t("shell.device.maxStorageBinding")}</dt>
          <dd>{formatBytes(gpu.maxStorageBufferBindingSize)}</dd>
          <dt>{t("shell.device.maxBuffer")}</dt>
          <dd>{formatBytes(gpu.maxBufferSize)}</dd>
          {engine.gpuLabel.value ? (
            <>
              <dt>{t("shell.device.engineRunsOn")}</dt>
              <dd>{engine.gpuLabel.value}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {open ? <DeployCheck /> : null}
      {open && hosts ? <ModelHostSetting hosts={hosts} /> : null}
    </details>
  );
}
