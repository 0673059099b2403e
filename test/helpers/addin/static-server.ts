import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { addinRequestHandler } from "../../../scripts/serve-addin.mjs";

/** dist/addin served over plain HTTP on a free port by the same handler `npm run serve` uses; closed after the file's tests. */
export async function serveAddin(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(addinRequestHandler(root));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
