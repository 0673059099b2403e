// The zi command's entry: bin/zi.mjs loads the bundle of this module (dist/cli/zi.cjs) and calls
// main; runCli is exported too, for the build's training run of the code cache.
import { consoleIo, runCli } from "./main.js";

export { runCli };

export async function main(argv: string[]): Promise<void> {
  // Output piped into a program that stops reading (`zi nilai ... | head`) is no error of zi's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await runCli(argv, consoleIo);
}
