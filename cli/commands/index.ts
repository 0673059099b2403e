import { contoh } from "./contoh.js";
import { laporan } from "./laporan.js";
import { rencana } from "./rencana.js";
import { validasi } from "./validasi.js";
import type { Command } from "./types.js";

/** Every `zi` command, in the order `zi --help` lists them. */
export const COMMANDS: Command[] = [rencana, contoh];
COMMANDS.push(validasi, laporan);
