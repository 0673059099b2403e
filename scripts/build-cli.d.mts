// Types of scripts/build-cli.mjs for the tests.
export function buildCli(options?: { outfile?: string }): Promise<{ outfile: string }>;
