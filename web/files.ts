// The files a reviewer picks or drops, named and ordered the way `zi validasi FOLDER` names and
// orders them, so the page's recaps list the same rows in the same order as the CLI's.

import { compareNames } from "../core/i18n/collate.js";

export interface PickedFile {
  /** "kiriman/sub/dinkes.xlsx" for a file from a folder, the bare name for a file picked alone. */
  path: string;
  file: File;
}

/**
 * A file a folder holds is reviewed when the CLI's folder walk would read it: .xlsx, and not an
 * Office lock file ("~$Rencana.xlsx") or a hidden file. A file picked alone is always reviewed, so
 * a .xls or .csv sent by mistake gets its own message, as a file named to the CLI does.
 */
export function isFolderCandidate(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** The CLI walks a folder sorting each level's names (compareNames): the same order, name by name. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return compareNames(pa[i], pb[i]);
  }
  return pa.length - pb.length;
}

/** Files from an <input type=file>: with `webkitdirectory` each carries its path inside the folder. */
export function fromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].flatMap((file) => {
    const rel = file.webkitRelativePath;
    if (!rel) return [{ path: file.name, file }];
    return isFolderCandidate(file.name) ? [{ path: rel, file }] : [];
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries gives a folder in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, folder: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    if (folder && !isFolderCandidate(entry.name)) return;
    out.push({ path: folder + entry.name, file: await fileOf(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child, `${folder}${entry.name}/`, out);
  }
}

/**
 * Files and folders dropped on the page, folders walked with their subfolders. The entries are
 * taken before the first await: the browser empties the drop's data when the handler returns.
 */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() ?? null : null));
  if (!entries.some(Boolean)) return [...data.files].map((file) => ({ path: file.name, file }));
  const out: PickedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, "", out);
  return out;
}
