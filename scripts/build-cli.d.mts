// Types of scripts/build-cli.mjs for the tests.
export function buildCli(options?: { outfile?: string; codeCache?: boolean }): Promise<{ outfile: string }>;
