import { consoleIo, runCli } from "./main.js";

// Output piped into a program that stops reading (`zi nilai ... | head`) is no error of zi's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

runCli(process.argv.slice(2), consoleIo).then((code) => {
  process.exitCode = code;
});
