import { useState } from "preact/hooks";
import type { EngineModel } from "../../engine/engine-model";
import type { HostsModel } from "../../engine/hosts-model";
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
      <summary>Device</summary>
      {gpu.kind === "checking" ? <p>Checking the GPU…</p> : null}
      {gpu.kind === "no-webgpu" ? (
        <p>WebGPU is not available in this browser.</p>
      ) : null}
      {gpu.kind === "no-adapter" ? (
        <p>No compatible GPU adapter was found.</p>
      ) : null}
      {gpu.kind === "ok" ? (
        <dl>
          <dt>Vendor</dt>
          <dd>{gpu.vendor}</dd>
          <dt>Architecture</dt>
          <dd>{gpu.architecture}</dd>
          {gpu.description ? (
            <>
              <dt>Description</dt>
              <dd>{gpu.description}</dd>
            </>
          ) : null}
          <dt>16-bit shaders</dt>
          <dd>{gpu.shaderF16 ? "Supported (shader-f16)" : "Not supported"}</dd>
          <dt>Largest storage binding</dt>
          <dd>{formatBytes(gpu.maxStorageBufferBindingSize)}</dd>
          <dt>Largest buffer</dt>
          <dd>{formatBytes(gpu.maxBufferSize)}</dd>
          {engine.gpuLabel.value ? (
            <>
              <dt>Engine runs on</dt>
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
