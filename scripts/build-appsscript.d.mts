export interface AppsScriptBuild {
  outDir: string;
  files: { name: string; bytes: number }[];
}

export function buildAppsScript(options?: { outDir?: string }): Promise<AppsScriptBuild>;

export interface EntryDoc {
  name: string;
  description: string[];
  params: { name: string; type: string; description: string }[];
  returns?: { type: string; description: string };
  customFunction?: boolean;
  documented: boolean;
}

export function entryStub(entry: EntryDoc): string;
