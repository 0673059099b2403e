// The JATUH TEMPO formula: a target cell -> its due date, with native functions only, so that a
// plan sheet colours overdue text targets ("Triwulan II") in Excel 2010+, Google Sheets and
// LibreOffice without the add-in. parseTarget (core/dates) stays the authority: this formula reads
// the common forms and leaves a cell blank rather than guess (see README, "Lampiran rencana").
//
// No LET, so every intermediate is written out where it is used: the pieces below are built so
// that each is needed once or twice, which keeps the formula under 5,000 characters (Excel's limit
// is 8,192; a test holds it there). Array work sits inside SUMPRODUCT, which evaluates its
// arguments as arrays in all three programs without Ctrl+Shift+Enter, and uses no IF or IFERROR
// (legacy Excel would need array entry for those).

/** A token of the target text, searched with spaces around so that "ii" is not found in "iii". */
interface Token {
  text: string;
  /** Month number, or for an ordinal its number (times 3 or 6 by the quarter or semester context). */
  month: number;
  /** A month name (a day number before it counts) or a self-contained period; false for a bare ordinal. */
  named: boolean;
}

// Month names by prefix where no other word of a target starts with it; " sep " and " sept" keep
// "sepanjang" out, " agu " and " agus" keep "agung" out.
const MONTH_TOKENS: [string, number][] = [
  [" jan", 1], [" feb", 2], [" peb", 2], [" mar", 3], [" mrt", 3], [" apr", 4], [" mei ", 5], [" may ", 5],
  [" jun", 6], [" jul", 7], [" agu ", 8], [" agus", 8], [" agt", 8], [" ags", 8], [" aug", 8], [" sep ", 9],
  [" sept", 9], [" spt", 9], [" okt", 10], [" oct", 10], [" nov", 11], [" nop", 11], [" des", 12], [" dec", 12],
];
// "satu " also finds "kesatu ", "dua " finds "kedua ".
const ORDINAL_TOKENS: [string, number][] = [
  [" i ", 1], [" ii ", 2], [" iii ", 3], [" iv ", 4], [" 1 ", 1], [" 2 ", 2], [" 3 ", 3], [" 4 ", 4],
  ["satu ", 1], ["pertama ", 1], ["dua ", 2], ["tiga ", 3], ["empat ", 4],
];
const GLUED_TOKENS: [string, number][] = [
  [" q1 ", 3], [" q2 ", 6], [" q3 ", 9], [" q4 ", 12], [" tw1 ", 3], [" tw2 ", 6], [" tw3 ", 9], [" tw4 ", 12],
];

export const DUE_TOKENS: readonly Token[] = [
  ...MONTH_TOKENS.map(([text, month]) => ({ text, month, named: true })),
  ...ORDINAL_TOKENS.map(([text, month]) => ({ text, month, named: false })),
  ...GLUED_TOKENS.map(([text, month]) => ({ text, month, named: true })),
];

/** Words that make bare ordinals quarters (x3) or semesters (x6); with both, x6 (MAX) and so mostly blank. */
const CONTEXT_WORDS: [string, number][] = [
  [" triwulan ", 3], [" wulan ", 3], [" tw ", 3], [" trw ", 3], [" kuartal ", 3], [" quarter ", 3], [" q ", 3],
  [" semester ", 6], [" smt ", 6], [" sem ", 6],
];
/** A whole year with no month or period: "Tahun 2026", "Selama tahun 2026", "Sepanjang tahun berjalan". */
const YEAR_WORDS = [" tahun ", " ta ", " thn ", " th "];
/** Recurring targets are due at the end of the current period: the formula leaves them to ZI.TARGET. */
const RECURRING_WORDS = [" setiap ", " tiap ", " per ", " sekali ", " bulanan ", " triwulanan ", " semesteran ", " tahunan ", " berkala ", " periodik ", " rutin "];
/** Years the formula recognises in a text; a year outside is not read as one. */
export const DUE_FORMULA_YEARS = { first: 2000, last: 2099 } as const;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;
const list = (xs: readonly (string | number)[]) => `{${xs.map((x) => (typeof x === "string" ? str(x) : String(x))).join(",")}}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The due-date formula for the target in `target` (e.g. "$D12") with the plan year in `year`
 * (e.g. "$C$9"): a serial date, or "" when the cell is blank, recurring or not understood.
 */
export function dueDateFormula(target: string, year: string): string {
  // The text with separators as spaces and a space at each end, so that every token can be found
  // with its spaces around it (SEARCH ignores case). Each SUBSTITUTE keeps the length: LEN(t) is
  // LEN(target)+2.
  const text = ["-", "/", ".", ",", "(", ")"].reduce((acc, ch) => `SUBSTITUTE(${acc},${str(ch)}," ")`, target);
  const t = `(" "&${text}&" ")`;
  const afterText = `(LEN(${target})+3)`;

  // Where each token is in the text, or 0: SEARCH in the text followed by the token always finds
  // it, right after the text when the text does not hold it, which MOD turns into 0.
  const tokens = list(DUE_TOKENS.map((k) => k.text));
  const position = `MOD(SEARCH(${tokens},${t}&${tokens}),${afterText})`;
  const named = list(DUE_TOKENS.map((k) => (k.named ? 1 : 0)));

  const context = `MAX(ISNUMBER(SEARCH(${list(CONTEXT_WORDS.map((w) => w[0]))},${t}))*${list(CONTEXT_WORDS.map((w) => w[1]))})`;
  // A named token keeps its month; a bare ordinal is multiplied by 3 or 6, or by 0 without context
  // (month 0 makes the result blank).
  const month = `${list(DUE_TOKENS.map((k) => k.month))}*(1+(1-${named})*(${context}-1))`;
  const wholeYear = `1000012*(SUMPRODUCT(ISNUMBER(SEARCH(${list(YEAR_WORDS)},${t}))*1)+(LEN(TRIM(${target}))=4)*(LEFT(TRIM(${target}),2)="20")>0)`;
  // The last token in the text decides (a range or list ends with its due period): its position
  // in the high digits, its month in the low ones. Tokens not in the text add their month alone,
  // under 99; a whole-year phrase counts (month 12) when no token does; 99 is "nothing", which
  // CHOOSE refuses, as it refuses month 0 and months past 12.
  const last = `SUMPRODUCT(MAX(${position}*10000000+${month},${wholeYear},99))`;
  const dueMonth = `CHOOSE(MOD(${last},100),${range(1, 12).join(",")})`;

  // A day number right before the last token, when that token is a month name: "31 Maret 2026".
  const lastNamed = `MOD(SUMPRODUCT(MAX(${position}*(1000+${named}))),1000)`;
  const before = `TRIM(SUBSTITUTE(LEFT(${t},${lastNamed})," 0"," "))`;
  const lastWord = `TRIM(RIGHT(SUBSTITUTE(${before}," ",REPT(" ",9)),9))`;
  const days = list(range(1, 30));
  // No day is day 31, which EDATE clamps to the month's last day.
  const day = `(31-SUMPRODUCT((${lastWord}=${days}&"")*(31-${days})))`;

  // The last year named in the text, else the plan year: a named year goes in the 30000s, the plan
  // year in the 10000s, so MAX prefers the text; 1/(1/x) turns "no year at all" into an error.
  const years = list(range(0, DUE_FORMULA_YEARS.last - DUE_FORMULA_YEARS.first));
  const yearCode = `SUMPRODUCT(MAX(ISNUMBER(SEARCH(" "&(${DUE_FORMULA_YEARS.first}+${years})&" ",${t}))*(${30000 + DUE_FORMULA_YEARS.first}+${years}),(N(${year})+10000)*(N(${year})>1899)*(N(${year})<10000)))`;
  const dueYear = `MOD(ROUND(1/(1/${yearCode}),0),10000)`;

  const recurring = `SUMPRODUCT(ISNUMBER(SEARCH(${list(RECURRING_WORDS)},${t}))*1)>0`;
  // DATE(y,0,d) is day d of the December before; EDATE moves it to the due month, clamping day 31.
  const fromText = `IF(${recurring},"",EDATE(DATE(${dueYear},0,${day}),${dueMonth}))`;
  // Date cells and serial numbers as parseTarget reads them: a whole number 1900-2100 is a year.
  const fromNumber = `IF(AND(${target}>=1900,${target}<=2100,${target}=INT(${target})),DATE(${target},12,31),IF(AND(${target}>=1,${target}<2958466),INT(${target}),""))`;
  return `=IFERROR(IF(ISLOGICAL(${target}),"",IF(ISNUMBER(${target}),${fromNumber},${fromText})),"")`;
}
