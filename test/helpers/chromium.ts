// Headless Chromium for the task pane and sidebar tests: required in CI (.ci/run installs it), skipped
// locally when absent.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { requiredInCi } from "./ci.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function requireChromiumInCi(): boolean {
  return requiredInCi(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}
