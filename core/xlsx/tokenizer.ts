// The XML of an .xlsx part as a stream of tags and text, for the handful of constructs Office,
// LibreOffice, Google Sheets and exceljs write: elements with quoted attributes, text with the
// five named entities and character references, CDATA, comments, processing instructions and a
// DOCTYPE passed over. It finds each tag with indexOf and matches a start tag whole with one sticky
// regular expression, where a general parser walks every character in script: reading a folder of plans
// is mostly this loop running before V8 has optimised anything, so the fewer steps the better.
// What breaks well-formedness in a way that matters (a tag never closed, a close tag that does not
// match, an unknown entity, an attribute without a quoted value) is an error, as it was with saxes.

export interface TokenHandlers {
  /** Qualified name ("x:c") and attributes by qualified name, values decoded. */
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  /** Also called right after open for a self-closing tag. */
  close(name: string): void;
}

export class XmlSyntaxError extends Error {}

const NAMED = new Map([["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", '"'], ["apos", "'"]]);
/** An entity or character reference; a bare "&" (no name and ";" after it) also matches, to be refused. */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|&/g;
/**
 * A whole start tag: name, attributes with quoted values (no "<" in them), "/" when it closes
 * itself. White space is XML's four characters, as the cutting of names and attributes assumes.
 */
const START_TAG = /<([^ \t\r\n/>!?<="']+)((?:[ \t\r\n]+[^ \t\r\n=/>]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\r\n]*(\/?)>/y;
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** No start tag is this long: text that has not made one by then is not XML. */
const MAX_TAG = 1 << 20;

/** XML 1.0's Char: what a character reference may name (Excel writes other control characters as _xHHHH_). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function entity(_: string, body: string | undefined): string {
  if (body === undefined) throw new XmlSyntaxError("a bare & in text or an attribute");
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!isXmlChar(code)) throw new XmlSyntaxError(`bad character reference &${body};`);
    return String.fromCodePoint(code);
  }
  const named = NAMED.get(body);
  if (named === undefined) throw new XmlSyntaxError(`unknown entity &${body};`);
  return named;
}

/** Text as an XML parser hands it over: line ends as \n, entities and character references decoded. */
function decodeText(raw: string): string {
  const t = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return t.includes("&") ? t.replace(ENTITY, entity) : t;
}

/** An attribute value: literal tabs and line ends become spaces (XML's normalisation), then entities decode. */
function decodeAttribute(raw: string): string {
  // indexOf, not a regular expression: this runs for every attribute of every cell.
  const spaced = raw.indexOf("\n") >= 0 || raw.indexOf("\t") >= 0 || raw.indexOf("\r") >= 0 ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return spaced.includes("&") ? spaced.replace(ENTITY, entity) : spaced;
}

export class XmlTokenizer {
  private buffer = "";
  private readonly open: string[] = [];
  private started = false;

  constructor(private readonly handlers: TokenHandlers) {}

  /** More of the part's text; whatever ends mid-tag waits for the next piece. */
  write(piece: string): void {
    let text = this.buffer ? this.buffer + piece : piece;
    if (!this.started && text.length) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const used = this.run(text, false);
    this.buffer = used < text.length ? text.slice(used) : "";
  }

  /** The part ended: what is left must be complete, and every element closed. */
  close(): void {
    const text = this.buffer;
    this.buffer = "";
    const used = this.run(text, true);
    if (used < text.length) throw new XmlSyntaxError("unterminated markup");
    if (this.open.length) throw new XmlSyntaxError(`unclosed element <${this.open[this.open.length - 1]}>`);
  }

  /** Text; outside the root element only white space may stand. */
  private text(raw: string): void {
    if (!this.open.length && !blank(raw, 0, raw.length)) throw new XmlSyntaxError("text outside the root element");
    this.handlers.text(decodeText(raw));
  }

  /** Handles every complete token of `s` and returns how far it got. */
  private run(s: string, final: boolean): number {
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text to the end: complete only when the part has ended.
        if (!final) return i;
        this.text(s.slice(i));
        return n;
      }
      if (lt > i) this.text(s.slice(i, lt));
      const next = this.markup(s, lt, final);
      if (next < 0) return lt;
      i = next;
    }
    return i;
  }

  /** The markup starting at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private markup(s: string, lt: number, final: boolean): number {
    const c = s.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return -1;
    if (c === 47 /* / */) {
      const gt = s.indexOf(">", lt + 2);
      if (gt < 0) return -1;
      // The name is compared where it stands, not cut out: a close tag per cell and value.
      const expected = this.open.pop();
      const end = lt + 2 + (expected?.length ?? 0);
      if (expected === undefined || !s.startsWith(expected, lt + 2) || end > gt || !blank(s, end, gt)) {
        throw new XmlSyntaxError(`</${s.slice(lt + 2, gt).trim()}> closes <${expected ?? ""}>`);
      }
      this.handlers.close(expected);
      return gt + 1;
    }
    if (c === 63 /* ? */) return this.skipTo(s, lt + 2, "?>");
    if (c === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) return this.skipTo(s, lt + 4, "-->");
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) return -1;
        if (!this.open.length) throw new XmlSyntaxError("CDATA outside the root element");
        const cdata = s.slice(lt + 9, end);
        this.handlers.text(cdata.includes("\r") ? cdata.replace(/\r\n?/g, "\n") : cdata);
        return end + 3;
      }
      if (s.length - lt < 9) return -1;
      if (s.startsWith("<!DOCTYPE", lt)) {
        // An internal subset ends with "]>"; entities it declares are not expanded (unknown entities fail).
        const bracket = s.indexOf("[", lt);
        const gt = s.indexOf(">", lt);
        if (gt < 0) return -1;
        return bracket >= 0 && bracket < gt ? this.skipTo(s, bracket, "]>") : gt + 1;
      }
      throw new XmlSyntaxError("unknown markup <!");
    }
    // A ">" may stand inside a quoted value (a sheet named "A>B"): the tag is matched whole.
    if (s.indexOf(">", lt + 1) < 0) return -1;
    // test, not exec: a sheet has a start tag per cell and value, and exec's match arrays were a
    // quarter of everything a batch of plans allocated. The parts are found from the matched end.
    START_TAG.lastIndex = lt;
    if (!START_TAG.test(s)) {
      if (final || s.length - lt > MAX_TAG) throw new XmlSyntaxError("malformed start tag");
      return -1;
    }
    const end = START_TAG.lastIndex;
    const nameEnd = nameEndOf(s, lt + 1, end);
    const name = s.slice(lt + 1, nameEnd);
    const selfClosing = s.charCodeAt(end - 2) === 47; /* / */
    const attributes = readAttributes(s, nameEnd, selfClosing ? end - 2 : end - 1);
    this.handlers.open(name, attributes);
    if (selfClosing) this.handlers.close(name);
    else this.open.push(name);
    return end;
  }

  /** The index after the first `end` at or after `from`, or -1 when it has not arrived yet. */
  private skipTo(s: string, from: number, end: string): number {
    const at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length;
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** Whether s[from, to) holds only XML white space. */
function blank(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

/** Where a start tag's name (from `from`) ends: at white space, "/" or ">". */
function nameEndOf(s: string, from: number, end: number): number {
  let k = from;
  while (k < end) {
    const ch = s.charCodeAt(k);
    if (isSpace(ch) || ch === 47 /* / */ || ch === 62 /* > */) return k;
    k++;
  }
  return k;
}

/**
 * The attributes in s[from, to) of a tag START_TAG matched: there each is white space, a name, "=",
 * and a value in quotes that do not occur inside it, so they are cut out with indexOf alone.
 */
function readAttributes(s: string, from: number, to: number): Record<string, string> {
  // <v>, <t>, <si>: a tag without attributes shares one empty object, which handlers only read.
  if (to - from < 5) return NO_ATTRIBUTES;
  const out: Record<string, string> = {};
  let k = from;
  while (k < to) {
    const eq = s.indexOf("=", k);
    if (eq < 0 || eq >= to) break;
    // The name is cut without the white space around it: one slice, not a slice and a trim.
    while (isSpace(s.charCodeAt(k))) k++;
    let nameEnd = eq;
    while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (q < to && s.charCodeAt(q) !== 34 /* " */ && s.charCodeAt(q) !== 39 /* ' */) q++;
    const close = s.indexOf(s[q], q + 1);
    out[s.slice(k, nameEnd)] = decodeAttribute(s.slice(q + 1, close));
    k = close + 1;
  }
  return out;
}
