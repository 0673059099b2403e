// Picked files as the core reviews them: each file's bytes are read only when its turn comes, in
// the task pane and the sidebar. File.arrayBuffer where the webview has it (WebView2, Safari 14
// and later, the browser around Apps Script's sandboxed iframe); FileReader where it does not (the
// WKWebView of an older macOS, which Office on the Mac uses). The bytes never leave the browser.
// The offline page takes the .xlsx type from here too.

import type { ReviewSource } from "../core/review/index.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** What a file input offers: .xlsx only, by extension and by type where the system knows it. */
export const XLSX_ACCEPT = `.xlsx,${XLSX_MIME}`;

/**
 * Hands each pick of the input to `onFiles`. The input is emptied at once, so picking the same
 * files again is a change too.
 */
export function onPicked(input: HTMLInputElement, onFiles: (files: File[]) => void): void {
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length) onFiles(files);
  });
}

function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

export function fileSource(file: File): ReviewSource {
  return { name: file.name, size: file.size, bytes: () => readBytes(file) };
}

/**
 * Gives the page a frame to draw the progress before the next file is read. A hidden pane or tab
 * gets no animation frames, so a timer ends the wait there.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}
