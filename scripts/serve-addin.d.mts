// Types of scripts/serve-addin.mjs for the tests.
import type { IncomingMessage, ServerResponse } from "node:http";
export declare function addinRequestHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void;
