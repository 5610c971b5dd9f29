/** Debian's Chromium, never a downloaded one (REFERENCE.md, "Browsers and tests"). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags that work on these machines. `--enable-unsafe-webgpu` gives a SwiftShader adapter;
 * without it `requestAdapter()` returns null. Every host but 127.0.0.1 fails to resolve, so
 * no test can reach (or wait on) the internet and the model hosts are reliably unreachable.
 */
export function chromiumArgs({ webgpu }: { webgpu: boolean }): string[] {
  return [
    "--no-sandbox",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ...(webgpu ? ["--enable-unsafe-webgpu"] : []),
  ];
}
