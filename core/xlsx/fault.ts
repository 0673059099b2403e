// Why a workbook could not be read, with the Indonesian message the user sees.

export type FaultKind = "empty" | "notZip" | "notWorkbook" | "corrupt" | "tooLarge" | "expandsTooMuch";

export class XlsxFault extends Error {
  constructor(readonly kind: FaultKind, message: string) {
    super(message);
    this.name = "XlsxFault";
  }
}
