// The offline page's one script. In the page it draws the page; started again as a worker (from a
// Blob URL of this same text) it reviews files: the core is in the page once, not twice.

import { startPage } from "./page.js";
import { startWorker, type WorkerScope } from "./worker.js";

if (typeof document === "undefined") startWorker(self as unknown as WorkerScope);
else startPage(document.currentScript?.textContent ?? "");
