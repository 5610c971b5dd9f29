import type { LucideIcon } from "lucide-preact";
import type { JSX, Ref } from "preact";

type Props = {
  icon: LucideIcon;
  /** The accessible name, exactly (tests and screen readers rely on it). */
  label: string;
  /** The tooltip; the label unless told. */
  tip?: string;
  /** Show the label beside the icon (it hides again in a narrow column, see layout.css). */
  showLabel?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
} & Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, "icon" | "label" | "ref">;

/** An icon with its name: visually hidden unless `showLabel`, always in the tooltip. */
export function IconButton({
  icon: Icon,
  label,
  tip,
  showLabel,
  buttonRef,
  class: cls,
  ...rest
}: Props) {
  return (
    <button
      ref={buttonRef}
      type="button"
      title={tip ?? label}
      class={`icon-button${showLabel ? " with-label" : ""}${cls ? ` ${cls}` : ""}`}
      {...rest}
    >
      <Icon aria-hidden="true" size={18} />
      <span class={showLabel ? "button-label" : "visually-hidden"}>
        {label}
      </span>
    </button>
  );
}
