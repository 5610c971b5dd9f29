/** Click handler for a reply: copies a code block when its "Copy code" button is pressed. */
export function copyCodeFrom(event: Event): void {
  const button = (event.target as Element | null)?.closest?.(
    "button.copy-code",
  );
  const code = button?.closest(".code-block")?.querySelector("pre code");
  if (!button || !code) return;
  const done = (state: "copied" | "failed") => {
    button.setAttribute("data-state", state);
    setTimeout(() => button.removeAttribute("data-state"), 2000);
  };
  navigator.clipboard.writeText(code.textContent ?? "").then(
    () => done("copied"),
    () => done("failed"),
  );
}
