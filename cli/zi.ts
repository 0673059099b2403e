import { consoleIo, runCli } from "./main.js";

runCli(process.argv.slice(2), consoleIo).then((code) => {
  process.exitCode = code;
});
