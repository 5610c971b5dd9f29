import { useEffect, useState } from "preact/hooks";
import {
  checkDeploy,
  describeSwCaching,
  type DeployFacts,
} from "../../pwa/deploy-check";

/**
 * The Device panel's "Deploy" lines: what someone publishing Hearth checks after a deploy
 * (README, "Deploy"). Read once when the panel is opened.
 */
export function DeployCheck() {
  const [facts, setFacts] = useState<DeployFacts | null>(null);
  useEffect(() => {
    void checkDeploy(window, __HEARTH_BUILD__).then(setFacts);
  }, []);
  if (!facts) return <p>Checking the deploy…</p>;
  const caching = describeSwCaching(facts.swCaching);
  return (
    <dl aria-label="Deploy">
      <dt>Secure context</dt>
      <dd>
        {facts.secure
          ? "Yes"
          : "No: serve Hearth over HTTPS, or WebGPU and offline use are off"}
      </dd>
      <dt>Offline copy</dt>
      <dd>
        {facts.offline.kind === "ready"
          ? `Ready for ${facts.offline.scope}`
          : facts.offline.kind === "pending"
            ? "Not yet installed"
            : "Not supported here"}
      </dd>
      <dt>Service worker caching</dt>
      <dd>{caching.ok ? caching.text : <strong>{caching.text}</strong>}</dd>
      <dt>Version</dt>
      <dd>{facts.version}</dd>
    </dl>
  );
}
