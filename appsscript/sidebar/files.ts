// Picked files as the core reviews them: each file's bytes are read only when its turn comes
// (File.arrayBuffer, or FileReader in a browser without it). The sidebar runs in the user's own
// browser, inside Apps Script's sandboxed iframe, where a file input and reading its files work
// as on any page; the bytes never leave the browser.

import type { ReviewSource } from "../../core/review/index.js";

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

/** A frame for the page to draw the progress before the next file; a timer where no frame comes (a hidden tab). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}
