import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  generateModel,
  type ModelSpec,
  type SyntheticModel,
} from "../../fixtures/synthetic-model";

/**
 * A synthetic model written to disk as a Hugging Face repository holds it after
 * `git clone`: the model's files in a folder named after its id, beside files Hearth must
 * ignore (README.md, .gitattributes, a .safetensors), and its library in `libs/`.
 * Returns the chosen folder (the repository's parent, as a person would pick it).
 */
export function writeModelFolder(
  spec: ModelSpec,
  { library = true }: { library?: boolean } = {},
): { dir: string; modelDir: string; model: SyntheticModel } {
  const model = generateModel(spec);
  const dir = mkdtempSync(join(tmpdir(), "hearth-folder-"));
  const modelDir = join(dir, spec.id);
  mkdirSync(modelDir);
  for (const [name, bytes] of model.files)
    writeFileSync(join(modelDir, name), bytes);
  writeFileSync(join(modelDir, "README.md"), `# ${spec.id}\n\nMLC weights.\n`);
  writeFileSync(
    join(modelDir, ".gitattributes"),
    "*.bin filter=lfs diff=lfs\n",
  );
  writeFileSync(join(modelDir, "model.safetensors"), Buffer.alloc(1024, 7));
  if (library) {
    mkdirSync(join(modelDir, "libs"));
    writeFileSync(
      join(modelDir, "libs", `${spec.id}-webgpu.wasm`),
      model.library,
    );
  }
  return { dir, modelDir, model };
}
