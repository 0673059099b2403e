// Headless Firefox for the offline page: required in CI (.ci/run installs Debian's firefox-esr),
// skipped locally when absent. Driven with puppeteer-core over WebDriver BiDi, which a stock
// Firefox speaks (playwright-core drives only its own patched Firefox builds).
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export function requireFirefoxInCi(): boolean {
  const present = existsSync(FIREFOX);
  if (!present && process.env.CI) throw new Error(`Firefox is missing at ${FIREFOX}: .ci/run must install it`);
  return present;
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
