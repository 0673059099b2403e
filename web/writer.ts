// Writing a recap: exceljs works through every sheet (a report of 40 PD is dozens of sheets) in a
// worker of the page's own script, so the page stays live meanwhile; in the page itself when the
// browser refuses a worker or the worker fails at it.

import { excelJsSource, loadExcelJs } from "./exceljs.js";
import { recapBytes, type RecapRequest } from "./recaps.js";
import { scriptUrl, startWorkerAt } from "./reviewer.js";
import type { FromWorker, ToWorker } from "./worker.js";

export class RecapWriter {
  private worker: Promise<Worker | null> | null = null;
  private id = 0;
  mode: "worker" | "main" | null = null;

  constructor(private readonly source: string) {}

  private start(): Promise<Worker | null> {
    this.worker ??= (async () => {
      const url = scriptUrl(this.source);
      try {
        const worker = await startWorkerAt(url);
        this.mode = "worker";
        return worker;
      } catch {
        URL.revokeObjectURL(url);
        this.mode = "main";
        return null;
      }
    })();
    return this.worker;
  }

  /** The recap's .xlsx bytes. One recap at a time: the page asks for the next when this one is back. */
  async write(request: RecapRequest): Promise<ArrayBuffer> {
    const worker = await this.start();
    if (worker) {
      try {
        return await this.inWorker(worker, request);
      } catch {
        // A browser that runs the worker but will not run exceljs in it (importScripts of a Blob
        // URL refused): the page writes this recap and the next ones itself.
        worker.terminate();
        this.worker = Promise.resolve(null);
      }
    }
    this.mode = "main";
    return recapBytes(request, await loadExcelJs());
  }

  private inWorker(worker: Worker, request: RecapRequest): Promise<ArrayBuffer> {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === "recap" && m.id === id) resolve(m.bytes);
        else if (m.type === "recapFailed" && m.id === id) reject(new Error(m.message));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(e.message || "worker"));
      };
      const message: ToWorker = { type: "recap", id, request, exceljs: excelJsSource() };
      worker.postMessage(message);
    });
  }
}
