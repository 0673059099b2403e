// The `zi` command: dispatches to a command and turns every failure into an Indonesian message
// and an exit code (0 done, 1 a workbook failed, 2 usage or file problems).

import { cliText } from "../core/index.js";
import { UsageError } from "./args.js";
import { COMMANDS } from "./commands/index.js";
import type { Io } from "./commands/types.js";
import { FileProblem } from "./xlsx/files.js";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n");
  return cliText.usage.replace("{commands}", list);
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(cliText.unknownCommand(name));
    return 2;
  }
  // Every command answers --help the same way, whatever else is on the line.
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileProblem) {
      io.err(cliText.failed(e.message));
      return 2;
    }
    io.err(cliText.unexpected(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}

export const consoleIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
