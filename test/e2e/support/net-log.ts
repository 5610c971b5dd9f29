import { readFileSync } from "node:fs";

export interface NetLogRequest {
  url: string;
  initiator: string;
  type: string;
}

/**
 * The requests in a Chromium net log (`--log-net-log=FILE`) that web content made: pages,
 * their service and dedicated workers. The browser's own traffic (component updates,
 * autofill, accounts) has no initiating origin and is left out: it is the browser's, not
 * the app's, and our launch flags already keep it from resolving any host.
 */
export function contentRequests(file: string): NetLogRequest[] {
  const log = JSON.parse(readFileSync(file, "utf8")) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{
      type: number;
      params?: { url?: string; initiator?: string; request_type?: string };
    }>;
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => ({
      url: e.params!.url!,
      initiator: e.params!.initiator ?? "",
      type: e.params!.request_type ?? "",
    }))
    .filter(
      (r) =>
        r.type === "main frame" ||
        r.type === "sub frame" ||
        r.initiator !== "not an origin",
    );
}
