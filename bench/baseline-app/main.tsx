import { render } from "preact";
import { useState } from "preact/hooks";
import "./baseline.css";

/**
 * The smallest honest chat page: a heading, a controlled "Message" box and a Send button,
 * rendered by Preact. Hearth's initial load is measured against this, built and served the
 * same way, so the ratio shows what Hearth adds on top of Preact itself.
 */
function Baseline() {
  const [draft, setDraft] = useState("");
  return (
    <main>
      <h1>Baseline</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <textarea
          aria-label="Message"
          rows={2}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" disabled={draft.trim() === ""}>
          Send
        </button>
      </form>
    </main>
  );
}

render(<Baseline />, document.getElementById("app")!);
