// Picked files as the core reviews them, in the task pane and the sidebar: each file's bytes are
// read only when its turn comes. File.arrayBuffer where the webview has it (WebView2, Safari 14
// and later, the browser around Apps Script's sandboxed iframe); FileReader where it does not (the
// WKWebView of an older macOS, which Office on the Mac uses). The bytes never leave the browser.

import type { ReviewSource } from "../core/review/index.js";

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
