// The built Sidebar.html in a Chromium page, as Apps Script serves it: any other request is
// aborted and every dialog dismissed, both recorded so a test can say none happened.
import type { Browser, Page } from "playwright-core";

export const URL_SIDEBAR = "http://sidebar.test/Sidebar.html";

/** A page serving `html` at URL_SIDEBAR, not yet opened there: the caller adds its init scripts, then goes. */
export async function sidebarPage(browser: Browser, html: string, external: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.route("**/*", (route) => {
    if (route.request().url() === URL_SIDEBAR) return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    external.push(route.request().url());
    return route.abort();
  });
  page.on("dialog", (d) => {
    external.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}
