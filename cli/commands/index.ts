import { contoh } from "./contoh.js";
import { laporan } from "./laporan.js";
import { lke } from "./lke.js";
import { nilai } from "./nilai.js";
import { rencana } from "./rencana.js";
import { validasi } from "./validasi.js";
import type { Command } from "./types.js";

/** Every `zi` command, in the order `zi --help` lists them: the PD's, the Inspektorat's, the TPI's. */
export const COMMANDS: Command[] = [rencana, validasi, laporan, lke, nilai, contoh];
