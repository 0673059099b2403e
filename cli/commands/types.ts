export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Returns the exit code: 0 done, 1 a workbook has errors or could not be read, 2 usage or file problems. */
  run(args: string[], io: Io): Promise<number>;
}
