/** The e2e engine's fixed answer to anything that is not a command: ~300 tokens of markdown. */
export const SCRIPTED_REPLY = `## Making a good cup of tea

Tea rewards a little care. Here is a simple method that works for most black teas, with a few notes on why each step matters.

### What you need

- Fresh, cold water: re-boiled water has lost oxygen and tastes flat.
- One teaspoon of loose leaves per cup, or one bag.
- A warmed pot or mug, so the water does not cool too fast.
- A timer, because steeping too long makes tea bitter.

### Steps

1. Bring the water to a full boil.
2. Pour a little into the pot, swirl it, and pour it away.
3. Add the leaves and the boiling water.
4. Steep for three to five minutes, then remove the leaves.

### A small script to time it

\`\`\`python
import time

def steep(minutes: float) -> None:
    """Wait, then remind the drinker to remove the leaves."""
    time.sleep(minutes * 60)
    print("Your tea is ready. Remove the leaves now.")

steep(4)
\`\`\`

Milk is a matter of taste. If you take it, add it after pouring so you can judge the colour. Green and white teas want cooler water, around 80 °C, and shorter steeping.
`;
