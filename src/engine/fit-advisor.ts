import { t } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import type { CatalogEntry } from "./catalog";
import { formatMB } from "../i18n/format";
import { findEntry } from "./catalog";
import type { GpuReport } from "./gpu";
import { memoryNeed, type MemoryNeed } from "./memory-need";

/**
 * The fit advisor: will a model run on this device, before a byte is downloaded?
 *
 * WebGPU tells us features and buffer limits but never how much memory the GPU has, so
 * the memory side is a guess from what the adapter says it is (MEMORY_CLASSES below) and
 * `navigator.deviceMemory` where the browser offers it. Pure functions only: the UI and
 * the tests feed in a profile and read the verdicts.
 */

export type FitLevel = "runs-well" | "may-be-tight" | "wont-run";

const FIT_LABEL_KEY = {
  "runs-well": "engine.fit.runsWell",
  "may-be-tight": "engine.fit.mayBeTight",
  "wont-run": "engine.fit.wontRun",
} as const satisfies Record<FitLevel, MessageKey>;

/** "runs well", "may be tight", "won't run", in the language in use. */
export function fitLabel(level: FitLevel): string {
  return t(FIT_LABEL_KEY[level]);
}

/** The same labels by level, each read in the language in use when it is looked up. */
export const FIT_LABEL: Readonly<Record<FitLevel, string>> = {
  get "runs-well"() {
    return fitLabel("runs-well");
  },
  get "may-be-tight"() {
    return fitLabel("may-be-tight");
  },
  get "wont-run"() {
    return fitLabel("wont-run");
  },
};

export interface Fit {
  level: FitLevel;
  /** One plain sentence on why; the risk a person takes by loading it anyway. */
  reason: string;
}

export type Adapter = Extract<GpuReport, { kind: "ok" }>;

export interface DeviceProfile {
  gpu: Adapter;
  /** `navigator.deviceMemory` in GB: rounded down, and Chrome never reports more than 8. */
  deviceMemoryGB?: number;
}

type MemoryKind = "software" | "mobile" | "unified" | "integrated" | "discrete";

interface MemoryClass {
  kind: MemoryKind;
  /** "a phone or tablet GPU": read in the language in use when it is looked up. */
  readonly describe: string;
  matches: (gpu: Adapter) => boolean;
  /** Share of system RAM the GPU can use; undefined when the GPU has its own memory. */
  ramShare?: number;
  /** GB assumed when nothing says: RAM for shared memory, VRAM for a discrete card. */
  assumedGB: number;
}

const MiB = 2 ** 20;
const text = (g: Adapter) =>
  `${g.vendor} ${g.architecture} ${g.description}`.toLowerCase();

/**
 * How much memory each kind of adapter can give a model. First match wins.
 * - software: SwiftShader, llvmpipe or Microsoft's basic renderer draw on the CPU. Buffers
 *   are ordinary process memory (most of RAM), but every model is very slow.
 * - mobile: phones and tablets (Qualcomm Adreno, ARM Mali, Imagination, or any adapter that
 *   allows only 128 MiB storage bindings). The OS lets the GPU take about a third of RAM
 *   before it kills the tab; 4 GB is a common phone.
 * - unified: Apple silicon. macOS lets the GPU wire about two thirds of RAM; 8 GB is the
 *   smallest M-series Mac, and Chrome reports at most 8 anyway.
 * - integrated: Intel (not Arc) and AMD APUs ("Radeon Graphics", "Vega N") share system
 *   RAM; about half of it is usable. 8 GB is a common laptop.
 * - discrete: NVIDIA, AMD Radeon RX, Intel Arc have their own VRAM, which nothing in the
 *   browser reveals: we assume 8 GB, the commonest desktop card, less what the display uses.
 */
export const MEMORY_CLASSES: readonly MemoryClass[] = [
  {
    kind: "software",
    get describe() {
      return t("engine.fit.device.software");
    },
    matches: (g) => /swiftshader|llvmpipe|lavapipe|basic render/.test(text(g)),
    ramShare: 0.75,
    assumedGB: 8,
  },
  {
    kind: "mobile",
    get describe() {
      return t("engine.fit.device.mobile");
    },
    matches: (g) =>
      g.maxStorageBufferBindingSize <= 128 * MiB ||
      /qualcomm|adreno|\barm\b|mali|imagination|powervr/.test(text(g)),
    ramShare: 0.35,
    assumedGB: 4,
  },
  {
    kind: "unified",
    get describe() {
      return t("engine.fit.device.unified");
    },
    matches: (g) => /apple/.test(text(g)),
    ramShare: 0.65,
    assumedGB: 8,
  },
  {
    kind: "integrated",
    get describe() {
      return t("engine.fit.device.integrated");
    },
    matches: (g) =>
      (/intel/.test(text(g)) && !/\barc\b|xe-hpg|xe2-hpg/.test(text(g))) ||
      /radeon\(tm\) graphics|radeon graphics|vega \d+ graphics/.test(text(g)),
    ramShare: 0.5,
    assumedGB: 8,
  },
  {
    kind: "discrete",
    get describe() {
      return t("engine.fit.device.discrete");
    },
    matches: () => true,
    assumedGB: 8,
  },
];

/** Below this share of the memory budget a model "runs well". */
const COMFORTABLE = 0.9;
/** What the display and the browser keep of a discrete card's VRAM. */
const DISPLAY_RESERVE_MB = 512;
/** Chrome caps `navigator.deviceMemory` at 8: a report of 8 means "8 GB or more". */
const DEVICE_MEMORY_CAP = 8;
// web-llm asks for 1 GiB storage bindings and accepts 128 MiB (lib/index.js, detectGPUDevice).
const FULL_BINDING = 2 ** 30;
const MIN_BINDING = 128 * MiB;

export function memoryClass(gpu: Adapter): MemoryClass {
  return MEMORY_CLASSES.find((c) => c.matches(gpu))!;
}

interface Budget {
  mb: number;
  /** True when the figure comes from the device, not an assumption or a capped report. */
  measured: boolean;
}

export function memoryBudget(profile: DeviceProfile): Budget {
  const cls = memoryClass(profile.gpu);
  if (cls.ramShare === undefined)
    return { mb: cls.assumedGB * 1024 - DISPLAY_RESERVE_MB, measured: false };
  const reported = profile.deviceMemoryGB;
  const ram = reported && reported > 0 ? reported : cls.assumedGB;
  const measured = reported !== undefined && reported < DEVICE_MEMORY_CAP;
  return { mb: ram * 1024 * cls.ramShare, measured };
}

/** q4f16 builds use 16-bit floats in their shaders even where web-llm's record omits it. */
export function needsShaderF16(entry: CatalogEntry): boolean {
  return (
    entry.requiredFeatures.includes("shader-f16") ||
    /f16/.test(entry.quantization)
  );
}

/** The verdict for one model on one device. */
export function assessFit(entry: CatalogEntry, profile: DeviceProfile): Fit {
  const { gpu } = profile;
  const binding = gpu.maxStorageBufferBindingSize;
  const missing = entry.requiredFeatures.filter(
    (f) => f !== "shader-f16" && f !== "",
  );
  if (needsShaderF16(entry) && !gpu.shaderF16)
    return wont(t("engine.fit.reason.noShaderF16"));
  if (missing.length > 0)
    return wont(
      t("engine.fit.reason.missingFeatures", {
        features: missing.join(t("engine.list.separator")),
      }),
    );
  if (binding < MIN_BINDING)
    return wont(
      t("engine.fit.reason.bindingTooSmall", { size: formatMB(binding / MiB) }),
    );
  const bufferLimit = Math.min(binding, gpu.maxBufferSize);
  if (
    entry.bufferSizeRequired !== null &&
    entry.bufferSizeRequired > bufferLimit
  )
    return wont(
      t("engine.fit.reason.bufferTooBig", {
        size: formatMB(entry.bufferSizeRequired / MiB),
        limit: formatMB(bufferLimit / MiB),
      }),
    );
  if (binding < FULL_BINDING && !entry.lowResource)
    return wont(
      t("engine.fit.reason.smallDevicesOnly", {
        size: formatMB(binding / MiB),
      }),
    );

  const cls = memoryClass(gpu);
  const budget = memoryBudget(profile);
  const have = t("engine.fit.have", { size: formatMB(budget.mb) });
  const needed = memoryNeed(entry);
  if (needed.kind === "unknown")
    return tight(t("engine.fit.reason.needUnknown"));
  if (needed.kind === "estimated") {
    const unsure = estimatedFit(needed, budget, cls, have);
    if (unsure) return unsure;
  }
  const need =
    needed.kind === "estimated"
      ? t("engine.fit.needEstimated", {
          size: formatMB(needed.mb),
          weights: formatMB(needed.weightsMB),
        })
      : formatMB(needed.mb);
  const ratio = needed.mb / budget.mb;
  const device = cls.describe;
  if (ratio > 1 && budget.measured)
    return wont(t("engine.fit.reason.overBudget", { need, device, have }));
  if (ratio > 1)
    return tight(t("engine.fit.reason.overGuess", { need, device, have }));
  if (cls.kind === "software")
    return tight(t("engine.fit.reason.software", { device }));
  if (ratio > COMFORTABLE)
    return tight(t("engine.fit.reason.close", { need, device, have }));
  return {
    level: "runs-well",
    reason: t("engine.fit.reason.within", { need, have }),
  };
}

/**
 * A model whose need is only estimated: its weights alone over a measured budget cannot
 * fit; otherwise the estimate is judged like a stated figure, but never "won't run".
 */
function estimatedFit(
  need: Extract<MemoryNeed, { kind: "estimated" }>,
  budget: Budget,
  cls: MemoryClass,
  have: string,
): Fit | undefined {
  if (budget.measured && need.weightsMB > budget.mb)
    return wont(
      t("engine.fit.reason.weightsOverBudget", {
        weights: formatMB(need.weightsMB),
        device: cls.describe,
        have,
      }),
    );
  if (need.mb > budget.mb)
    return tight(
      t("engine.fit.reason.estimateOverBudget", {
        size: formatMB(need.mb),
        weights: formatMB(need.weightsMB),
        device: cls.describe,
        have,
      }),
    );
  return undefined;
}

const wont = (reason: string): Fit => ({ level: "wont-run", reason });
const tight = (reason: string): Fit => ({ level: "may-be-tight", reason });

/** Every catalog model's verdict, by id. */
export function assessAll(
  catalog: readonly CatalogEntry[],
  profile: DeviceProfile,
): Map<string, Fit> {
  return new Map(catalog.map((e) => [e.id, assessFit(e, profile)]));
}

/**
 * Llama builds in the order we would rather run them: the default first, its 1k-context
 * build where memory is tight, then smaller Llamas. `{q}` is the quantisation.
 */
const PREFERENCE = [
  "Llama-2-7b-chat-hf-{q}-MLC",
  "Llama-2-7b-chat-hf-{q}-MLC-1k",
  "Llama-3.1-8B-Instruct-{q}-MLC",
  "Llama-3.1-8B-Instruct-{q}-MLC-1k",
  "Llama-3.2-3B-Instruct-{q}-MLC",
  "Llama-3.2-1B-Instruct-{q}-MLC",
  "TinyLlama-1.1B-Chat-v1.0-{q}-MLC-1k",
];

export interface Suggestion {
  entry: CatalogEntry;
  fit: Fit;
  /** One sentence for the UI. */
  reason: string;
}

/** "Suggested …, because Llama 2 7B chat may be tight here: …", by the first one's fit. */
const SUGGEST_INSTEAD = {
  "runs-well": "engine.suggest.insteadRunsWell",
  "may-be-tight": "engine.suggest.insteadMayBeTight",
  "wont-run": "engine.suggest.insteadWontRun",
} as const satisfies Record<FitLevel, MessageKey>;

function candidates(
  catalog: readonly CatalogEntry[],
  gpu: Adapter,
): CatalogEntry[] {
  const q = gpu.shaderF16 ? "q4f16_1" : "q4f32_1";
  return PREFERENCE.map((p) => findEntry(catalog, p.replace("{q}", q))).filter(
    (e): e is CatalogEntry => e !== undefined,
  );
}

/**
 * The Llama model to suggest: the first in PREFERENCE that runs well; when none does, the
 * smallest Meta Llama that may be tight (most headroom); undefined when nothing will run.
 */
export function suggestModel(
  catalog: readonly CatalogEntry[],
  profile: DeviceProfile,
): Suggestion | undefined {
  const rated = candidates(catalog, profile.gpu).map((entry) => ({
    entry,
    fit: assessFit(entry, profile),
  }));
  const well = rated.find((r) => r.fit.level === "runs-well");
  const first = rated[0];
  if (well) {
    const reason =
      well === first || !first
        ? t("engine.suggest.runsWell", {
            name: well.entry.name,
            reason: well.fit.reason,
          })
        : t(SUGGEST_INSTEAD[first.fit.level], {
            name: well.entry.name,
            quantization: well.entry.quantization,
            first: first.entry.name,
            reason: first.fit.reason,
          });
    return { ...well, reason };
  }
  const tightOnes = rated.filter((r) => r.fit.level === "may-be-tight");
  const meta = tightOnes.filter((r) => !r.entry.id.startsWith("TinyLlama"));
  const pick = meta.at(-1) ?? tightOnes.at(-1);
  if (!pick) return undefined;
  return {
    ...pick,
    reason: t("engine.suggest.smallest", {
      name: pick.entry.name,
      quantization: pick.entry.quantization,
    }),
  };
}

/**
 * After the GPU gave out: the next smaller Llama that is not expected to fail, preferring
 * one that runs well. Undefined when there is none smaller.
 */
export function smallerModel(
  catalog: readonly CatalogEntry[],
  profile: DeviceProfile,
  currentId: string,
): CatalogEntry | undefined {
  const current = findEntry(catalog, currentId);
  if (!current) return undefined;
  const smaller = candidates(catalog, profile.gpu)
    .filter((e) => e.vramMB < current.vramMB)
    .map((entry) => ({ entry, fit: assessFit(entry, profile) }))
    .filter((r) => r.fit.level !== "wont-run")
    .sort((a, b) => b.entry.vramMB - a.entry.vramMB);
  return (smaller.find((r) => r.fit.level === "runs-well") ?? smaller[0])
    ?.entry;
}
