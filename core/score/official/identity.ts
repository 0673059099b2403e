// Who and which year an official LKE workbook is about (placeholder until the reader lands).
import type { WorkbookGrids } from "../../sheet/types.js";

export interface Identity {
  agency: string;
  year: number | null;
}

export function officialIdentity(_workbook: WorkbookGrids, _answerSheet: string): Identity {
  return { agency: "", year: null };
}

export function identityFromFileName(_fileName: string): Identity {
  return { agency: "", year: null };
}
