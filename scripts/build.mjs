// Builds every bundle with esbuild: dist/cli (the zi command), dist/appsscript, dist/addin and dist/web.
import { buildAppsScript } from "./build-appsscript.mjs";
import { buildAddin } from "./build-addin.mjs";
import { buildCli } from "./build-cli.mjs";
import { buildWeb } from "./build-web.mjs";

await buildCli();
await buildAppsScript();
// The Excel add-in: dist/addin, and dist/manifest.xml when ZI_BASE_URL names the production host.
await buildAddin({ baseUrl: process.env.ZI_BASE_URL });
// The offline review page: dist/web/index.html, one file with everything inlined.
await buildWeb();
