// Headless Firefox for the offline page: required in CI (.ci/run installs Debian's firefox-esr),
// skipped locally when absent. Driven with puppeteer-core over WebDriver BiDi, which a stock
// Firefox speaks (playwright-core drives only its own patched Firefox builds).
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";
import { requiredInCi } from "./ci.js";

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export function requireFirefoxInCi(): boolean {
  return requiredInCi(existsSync(FIREFOX), `Firefox is missing at ${FIREFOX}`);
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    // No update checks, telemetry or captive-portal probes: the only requests are the page's own.
    extraPrefsFirefox: {
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "app.update.enabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
}
