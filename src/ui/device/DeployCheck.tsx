import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n/locale";
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
  if (!facts) return <p>{t("shell.deploy.checking")}</p>;
  const caching = describeSwCaching(facts.swCaching);
  return (
    <dl aria-label={t("shell.deploy.label")}>
      <dt>{t("shell.deploy.secure")}</dt>
      <dd>
        {facts.secure
          ? t("shell.deploy.secureYes")
          : t("shell.deploy.secureNo")}
      </dd>
      <dt>{t("shell.deploy.offline")}</dt>
      <dd>
        {facts.offline.kind === "ready"
          ? t("shell.deploy.offlineReady", { scope: facts.offline.scope })
          : facts.offline.kind === "pending"
            ? t("shell.deploy.offlinePending")
            : t("shell.deploy.offlineUnsupported")}
      </dd>
      <dt>{t("shell.deploy.swCaching")}</dt>
      <dd>{caching.ok ? caching.text : <strong>{caching.text}</strong>}</dd>
      <dt>{t("shell.deploy.version")}</dt>
      <dd>{facts.version}</dd>
    </dl>
  );
}
