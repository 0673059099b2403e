// google.script.run as promises. Each call gets its own success and failure handler; only plain
// objects and strings cross (the server sends ISO dates, never Date objects).

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

function scriptRun(): ScriptRun | null {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRun } } }).google;
  return g?.script?.run ?? null;
}

/** True inside Google Sheets (the sidebar's iframe provides google.script.run). */
export function insideSheets(): boolean {
  return scriptRun() !== null;
}

export function callServer<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(new Error("google.script.run"));
      return;
    }
    const runner = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const call = runner[fn];
    if (typeof call !== "function") {
      reject(new Error(fn));
      return;
    }
    // Called as a method: the runner holds this call's handlers.
    (call as (...a: unknown[]) => void).apply(runner, args);
  });
}
