/** Why a file was refused, in words; `where` names the place in the file. */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = "ImportError";
  }
}
