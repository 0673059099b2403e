// One zip part read as a stream of XML events: inflate -> UTF-8 decode -> tokenizer, a few kilobytes at
// a time, so no part is ever held whole as text or as a tree.

import { DecodeUTF8 } from "fflate";
import { filesText } from "../i18n/files.js";
import { XlsxFault } from "./fault.js";
import { inflateEntry, type InflateBudget } from "./inflate.js";
import { XmlTokenizer } from "./tokenizer.js";
import type { ZipEntry } from "./zip.js";

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  /** Element names arrive without their namespace prefix ("x:c" -> "c"). */
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams a part through `handlers`. Bad XML does not stop the inflating: the rest of the part is
 * still counted against the budget (a zip bomb is named as one even when its XML is also broken),
 * and the XML problem is returned as a fault for the caller to raise once every part is counted.
 */
export function streamXml(entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): XlsxFault | null {
  const noop = () => {};
  const close = handlers.close;
  const parser = new XmlTokenizer({
    open: (name, attributes) => handlers.open(localName(name), attributes),
    text: handlers.text ?? noop,
    close: close ? (name) => close(localName(name)) : noop,
  });
  let failed: unknown = null;
  const decoder = new DecodeUTF8((text) => {
    if (failed === null && text) parser.write(text);
  });
  const guarded = (run: () => void) => {
    if (failed !== null) return;
    try {
      run();
    } catch (e) {
      if (e instanceof XlsxFault && e.kind !== "corrupt") throw e;
      failed = e;
    }
  };
  inflateEntry(entry, budget, (chunk) => guarded(() => decoder.push(chunk)));
  guarded(() => {
    decoder.push(new Uint8Array(0), true);
    parser.close();
  });
  if (failed === null) return null;
  return failed instanceof XlsxFault ? failed : new XlsxFault("corrupt", filesText.corrupt(filesText.zipDetail.partInvalid(entry.name)));
}
