import type { ListedPrompt } from "./prompt";

/**
 * The default system prompt Meta shipped with Llama 2's chat models
 * (`DEFAULT_SYSTEM_PROMPT` in meta-llama/llama, `llama/generation.py`). web-llm's own
 * Llama 2 configs leave the system prompt empty.
 */
export const LLAMA2_DEFAULT_SYSTEM_PROMPT = `You are a helpful, respectful and honest assistant. Always answer as helpfully as possible, while being safe. Your answers should not include any harmful, unethical, racist, sexist, toxic, dangerous, or illegal content. Please ensure that your responses are socially unbiased and positive in nature.

If a question does not make any sense, or is not factually coherent, explain why instead of answering something not correct. If you don't know the answer to a question, please don't share false information.`;

// `title` is the English title, a stable value (tests and code compare it); `titleKey` is
// what the menu shows, in the language in use. The texts are what the model is told: English.
const builtIn = (
  id: string,
  title: string,
  titleKey: NonNullable<ListedPrompt["titleKey"]>,
  kind: ListedPrompt["kind"],
  text: string,
): ListedPrompt => ({
  id: `builtin-${id}`,
  title,
  titleKey,
  kind,
  text,
  createdAt: 0,
  updatedAt: 0,
  builtIn: true,
});

/**
 * Hearth's own prompts, listed before the user's. Titles avoid "prompt", "echo" and
 * "fail": the menu filters on titles, and "/prompt …" must stay a message.
 */
export const BUILT_IN_PROMPTS: readonly ListedPrompt[] = [
  builtIn(
    "llama2-default",
    "Llama 2 default",
    "shell.prompts.builtIn.llama2Default.title",
    "system",
    LLAMA2_DEFAULT_SYSTEM_PROMPT,
  ),
  builtIn(
    "concise",
    "Brief and direct",
    "shell.prompts.builtIn.concise.title",
    "system",
    "Answer briefly and directly, in plain words. If you are not sure of something, say so instead of guessing.",
  ),
  builtIn(
    "summarize",
    "Summarize",
    "shell.prompts.builtIn.summarize.title",
    "message",
    "Summarize the following text in a few bullet points, keeping names, numbers and dates:\n\n",
  ),
  builtIn(
    "explain-code",
    "Explain code",
    "shell.prompts.builtIn.explainCode.title",
    "message",
    "Explain what this code does, step by step, and point out any bugs:\n\n```\n\n```",
  ),
  builtIn(
    "proofread",
    "Proofread",
    "shell.prompts.builtIn.proofread.title",
    "message",
    "Correct the spelling and grammar of the following text. Then list what you changed and why:\n\n",
  ),
  builtIn(
    "translate",
    "Translate into English",
    "shell.prompts.builtIn.translate.title",
    "message",
    "Translate the following text into English, keeping its tone:\n\n",
  ),
];
