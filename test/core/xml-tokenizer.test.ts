// core/xlsx's XML tokenizer against saxes, the general parser it replaced: the same tags,
// attributes and text for random well-formed parts fed in random pieces, and an error for the
// broken XML that matters. saxes stays a devDependency for this comparison only.
import fc from "fast-check";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { describe, expect, it } from "vitest";
import { XmlTokenizer } from "../../core/xlsx/tokenizer.js";

type Event = ["open", string, Record<string, string>] | ["text", string] | ["close", string];

/** Events with adjacent text joined: how many text events a parser gives for one run of text is its own affair. */
function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
  else events.push(e);
}

function bySaxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("opentag", (t: SaxesTagPlain) => push(events, ["open", t.name, { ...t.attributes }]));
  p.on("text", (t) => push(events, ["text", t]));
  p.on("cdata", (t) => push(events, ["text", t]));
  p.on("closetag", (t: SaxesTagPlain) => push(events, ["close", t.name]));
  p.write(xml).close();
  return events;
}

function byTokenizer(pieces: string[]): Event[] {
  const events: Event[] = [];
  const t = new XmlTokenizer({
    open: (name, attributes) => push(events, ["open", name, attributes]),
    text: (text) => push(events, ["text", text]),
    close: (name) => push(events, ["close", name]),
  });
  for (const piece of pieces) t.write(piece);
  t.close();
  return events;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Attribute values escaped as writers do; some leave ">" as it is, which XML allows there. */
const escapeAttr = (s: string, quote: string, rawGt: boolean) => {
  const escaped = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(quote === '"' ? /"/g : /'/g, quote === '"' ? "&quot;" : "&apos;");
  return rawGt ? escaped : escaped.replace(/>/g, "&gt;");
};

/** Characters that test escaping, line ends and code points beyond the BMP. */
const char = fc.oneof(
  fc.constantFrom("a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "&", "<", ">", '"', "'", ";", "#", "é", "ñ", "😀", "_x000D_", "]]", "]>", "-", "--"),
  fc.string({ maxLength: 3 }),
);
const text = fc.array(char, { maxLength: 8 }).map((a) => a.join(""));
const name = fc.constantFrom("c", "v", "f", "row", "x:c", "si", "t", "r", "sheetData", "a-b", "a.b", "_n");
/** Text written with a character reference now and then, as some writers do. */
const REFS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", a: "&#97;", "é": "&#xE9;" };
const written = text.chain((t) => fc.boolean().map((refs) => (refs ? t.replace(/[&<>aé]/g, (c) => REFS[c]) : escapeText(t))));

interface Node {
  name: string;
  attrs: [string, string, string, boolean][];
  children: (Node | { text: string } | { cdata: string } | { comment: string } | { pi: string })[];
}

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "ref", "xml:space", "r:id", "Target"), text, fc.constantFrom('"', "'"), fc.boolean()), { selector: (a) => a[0], maxLength: 3 }),
    children: depth <= 1
      ? fc.array(fc.oneof(written.map((t) => ({ text: t }))), { maxLength: 2 })
      : fc.array(fc.oneof(
        { arbitrary: node(depth - 1), weight: 3 },
        { arbitrary: written.map((t) => ({ text: t })), weight: 3 },
        { arbitrary: text.filter((t) => !t.includes("]]>")).map((t) => ({ cdata: t })), weight: 1 },
        { arbitrary: text.filter((t) => !t.includes("--") && !t.endsWith("-")).map((t) => ({ comment: t })), weight: 1 },
        { arbitrary: fc.constant({ pi: "mso-application progid" }), weight: 1 },
      ), { maxLength: 4 }),
  }),
);

function serialize(n: Node): string {
  const attrs = n.attrs.map(([k, v, q, rawGt], i) => `${i % 2 ? "\n  " : " "}${k}${i % 3 === 2 ? " = " : "="}${q}${escapeAttr(v, q, rawGt)}${q}`).join("");
  if (!n.children.length && n.attrs.length % 2 === 0) return `<${n.name}${attrs}/>`;
  const inner = n.children.map((c) =>
    "name" in c ? serialize(c) : "text" in c ? c.text : "cdata" in c ? `<![CDATA[${c.cdata}]]>` : "comment" in c ? `<!--${c.comment}-->` : `<?${c.pi}?>`,
  ).join("");
  return `<${n.name}${attrs}>${inner}</${n.name}>`;
}

/** The text cut at the given places (any UTF-16 index, as pieces of inflated text fall). */
function cut(s: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(s.slice(from, p));
    from = p;
  }
  out.push(s.slice(from));
  return out;
}

describe("the .xlsx XML tokenizer", () => {
  it("gives the events saxes gives for random parts, whatever pieces they arrive in", () => {
    fc.assert(
      fc.property(node(4), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), (root, prolog, at) => {
        const xml = `${prolog ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ""}${serialize(root)}`;
        expect(byTokenizer(cut(xml, at))).toEqual(bySaxes(xml));
      }),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it("reads what Office writes: a byte-order mark, a DOCTYPE-free prolog, prefixes, entities in attributes", () => {
    const xml = '\uFEFF<?xml version="1.0"?>\n<x:si xmlns:x="u"><x:t xml:space="preserve"> a &amp; b&#10;c</x:t><x:rPh sb="0"><x:t>カ</x:t></x:rPh></x:si>';
    expect(byTokenizer([xml])).toEqual([
      ["text", "\n"], ["open", "x:si", { "xmlns:x": "u" }], ["open", "x:t", { "xml:space": "preserve" }], ["text", " a & b\nc"], ["close", "x:t"],
      ["open", "x:rPh", { sb: "0" }], ["open", "x:t", {}], ["text", "カ"], ["close", "x:t"], ["close", "x:rPh"], ["close", "x:si"],
    ]);
    expect(byTokenizer(['<a b="1&#9;2\t3\r\n4"/>'])).toEqual(bySaxes('<a b="1&#9;2\t3\r\n4"/>'));
    // Tabs and line ends between attributes and around "=" are XML's white space too.
    const spaced = '<a\tb="1"\r\n c =\t\'2\'\n/>';
    expect(byTokenizer([spaced])).toEqual(bySaxes(spaced));
    expect(byTokenizer([spaced])[0]).toEqual(["open", "a", { b: "1", c: "2" }]);
    // A sheet named "A>B" written without escaping ">", which XML allows in a value, and cut right after it.
    const sheet = '<sheets><sheet name="A>B" sheetId="1"/><sheet name=\'C"D\' sheetId="2" /></sheets>';
    expect(byTokenizer([sheet.slice(0, 19), sheet.slice(19)])).toEqual(bySaxes(sheet));
    expect(byTokenizer([sheet])[1]).toEqual(["open", "sheet", { name: "A>B", sheetId: "1" }]);
  });

  it("refuses broken XML as saxes does: unclosed, mismatched, bare &, unknown entity, unquoted value, text outside the root", () => {
    for (const xml of [
      "<worksheet><sheetData><row>", "<a><b></a></b>", "<a>x & y</a>", "<a>&nbsp;</a>", "<a b=1/>", '<a b="1"c="2"/>', "<a/>tail", "<a", "<a><!-- x",
      "<a><![CDATA[x</a>", '<a b="x<y"/>', '<a\u00a0b="1"/>', "<a>&constructor;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#x110000;</a>", '<a b="&toString;"/>',
    ]) {
      expect(() => bySaxes(xml), xml).toThrow();
      expect(() => byTokenizer([xml]), xml).toThrow();
    }
  });
});
