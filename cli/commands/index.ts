import { contoh } from "./contoh.js";
import { lke } from "./lke.js";
import { nilai } from "./nilai.js";
import { rencana } from "./rencana.js";
import type { Command } from "./types.js";

/** Every `zi` command, in the order `zi --help` lists them. */
export const COMMANDS: Command[] = [rencana, contoh];

// Penilaian (issue 5).
COMMANDS.push(lke, nilai);
