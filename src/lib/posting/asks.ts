// Whether a posting makes a skill a requirement or a plus, from its own wording: a heading ("Requirements",
// "Nice to have", "What you'll do") sets the tone of what follows it until the next heading, and a sentence's own
// words ("must", "you have", "required" against "a plus", "bonus", "preferred") override it for that sentence.
// A skill the posting names in several places takes the strongest: required, then a plus, then named only.
// Pure; unit-tested in tests/unit/lib/posting/asks.test.ts.
import type { Mark } from './match';

export const ASK_KINDS = ['required', 'plus', 'named'] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** A stretch of the posting read as one statement: a sentence, a bullet, or the part of a line after a heading. */
export interface Clause {
  start: number;
  end: number;
  /** What the clause's own words or the heading above it make of what it names. */
  kind: AskKind;
}

// The sentence's own words. "Not required" and "a plus" are read before "required".
const PLUS_WORDS =
  /\b(?:nice[- ]to[- ]haves?|(?:is|are|would be|as) an? (?:plus|bonus|advantage)|a plus|bonus(?: points)?|pluses|preferred|preferably|ideally|not (?:required|necessary|essential|a must)|optional|would be (?:great|nice|helpful)|good to have|extra credit|advantageous|desirable|even better)/i;
const REQUIRED_WORDS =
  /\b(?:must|required|requirements?|you have|you(?:'|’)ve|you bring|you(?:'|’)ll (?:need|have|bring)|you will (?:need|have|bring)|need to have|essential|mandatory|proven|minimum|at least|\d+\s*\+?\s*(?:years?|yrs))\b/i;

// Headings, matched against a whole line (without bullets, Markdown marks and a closing colon), so that a requirement
// written as a short line ("Experience with Python") is not taken for one. A plus heading is tried first:
// "Preferred qualifications" is a plus, "Minimum qualifications" a requirement.
const YOU = String.raw`you(?:'|’)?(?:ll| will)?`;
const PLUS_HEADING = new RegExp(
  String.raw`^(?:nice[- ]to[- ]haves?|bonus(?: points)?|(?:a )?plus(?:es)?|(?:preferred|desired)(?: \w+){0,2}|good to have|extra credit|ideally|desirable|even better|(?:it would be|it(?:'|’)?s) (?:great|nice|a plus|a bonus) if(?: \S+){0,4}|${YOU} (?:really )?stand out(?: \S+){0,3}|what (?:would|will) make you stand out(?: \S+){0,3})$`,
  'i',
);
const REQUIRED_HEADING = new RegExp(
  String.raw`^(?:(?:basic|minimum|required|key|core|essential) )?(?:requirements|qualifications|skills(?: and (?:experience|qualifications))?|experience)$|^(?:must[- ]haves?|required|what ${YOU} (?:need|bring|have)|(?:what )?we(?:'|’)?(?:re| are)? looking for|who you are|about you|you (?:have|bring|are|should have|will have|(?:'|’)ll need|need)(?: \S+){0,2}|your (?:profile|skills|experience|background|qualifications)|what you need(?: \S+){0,3}|to be successful(?: \S+){0,4})$`,
  'i',
);
const NEUTRAL_HEADING = new RegExp(
  String.raw`^(?:(?:key |main )?responsibilities|what ${YOU} (?:do|work on|build|own)|(?:about|the) (?:the )?(?:role|team|job|company|us|position|opportunity)|about(?: \S+){1,3}|in this role(?: \S+){0,3}|your (?:tasks|role|day|responsibilities|mission)|day[- ]to[- ]day|benefits|perks|compensation(?: and benefits)?|salary|pay|location|how to apply|(?:our|the) (?:tech )?stack|why (?:join|us)(?: \S+){0,3}|what we offer|we offer|overview|summary|the job|mission|the interview process|interview process)$`,
  'i',
);

const BULLET = /^\s*(?:[-*•·▪◦‣⁃–—]|\d{1,2}[.)])\s+/u;
/** A line's text without its list bullet, Markdown marks and closing colon. */
const bare = (line: string) =>
  line
    .replace(BULLET, '')
    .replace(/^[\s#>*_]+/, '')
    .replace(/[*_:]+\s*$/, '')
    .trim();

function namedKind(text: string): AskKind | undefined {
  if (PLUS_HEADING.test(text)) return 'plus';
  if (REQUIRED_HEADING.test(text)) return 'required';
  if (NEUTRAL_HEADING.test(text)) return 'named';
  return undefined;
}

/** The kind a line sets for what follows, when the line is a heading; undefined when it is not one. */
export function headingKind(line: string): AskKind | undefined {
  const text = bare(line);
  // A list item is an item, not a heading, unless it ends with a colon ("- Requirements:").
  if (BULLET.test(line) && !/:\s*$/.test(line)) return undefined;
  if (!text || text.length > 70 || text.split(/\s+/).length > 9 || /[.!?]$/.test(text)) return undefined;
  const kind = namedKind(text);
  if (kind) return kind;
  // Any other short line that ends with a colon, and is not a list item, starts a section of unknown tone.
  return /:\s*$/.test(line) && !BULLET.test(line) ? 'named' : undefined;
}

/** The kind of a sentence by its own words, when they say. */
export function ownKind(sentence: string): AskKind | undefined {
  if (PLUS_WORDS.test(sentence)) return 'plus';
  if (REQUIRED_WORDS.test(sentence)) return 'required';
  return undefined;
}

/**
 * The kind of a sentence in a section: its own plus words, then a plus section (whose items often begin
 * "you have"), then its own requirement words, then the section. "5+ years, ideally in Python" is two parts:
 * the plus word makes what follows its comma a plus, not what comes before.
 */
function sentenceKinds(sentence: string, section: AskKind): { length: number; kind: AskKind }[] {
  const plus = PLUS_WORDS.exec(sentence);
  if (plus) {
    const head = sentence.slice(0, plus.index);
    const comma = Math.max(
      head.lastIndexOf(','),
      head.lastIndexOf('('),
      head.lastIndexOf(' - '),
      head.lastIndexOf('—'),
      head.lastIndexOf('–'),
    );
    if (comma > 0 && /[\p{L}\p{N}]/u.test(head.slice(0, comma))) {
      const first = sentence.slice(0, comma);
      return [
        { length: comma, kind: section === 'plus' ? 'plus' : (ownKind(first) ?? section) },
        { length: sentence.length - comma, kind: 'plus' },
      ];
    }
    return [{ length: sentence.length, kind: 'plus' }];
  }
  if (section === 'plus') return [{ length: sentence.length, kind: 'plus' }];
  return [{ length: sentence.length, kind: ownKind(sentence) ?? section }];
}

/** The posting cut into clauses, each with the kind its words or its heading give it. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let section: AskKind = 'named';
  let at = 0;
  let title = true;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    // "Nice to have: LangChain, evals" is a heading and its first item on one line.
    const inline = /^([^:.!?]{2,60}):\s+(\S.*)$/.exec(line);
    const inlineKind = inline ? namedKind(bare(inline[1]!)) : undefined;
    // The first line is the posting's title, unless it is a heading: it names the job ("... Clearance Required"),
    // it asks nothing.
    if (title) {
      title = false;
      if (!inlineKind && !headingKind(line)) {
        clauses.push({ start: lineStart, end: lineStart + line.length, kind: 'named' });
        continue;
      }
    }
    let bodyStart = lineStart;
    let body = line;
    if (inline && inlineKind) {
      section = inlineKind;
      bodyStart = lineStart + line.length - inline[2]!.length;
      body = inline[2]!;
    } else {
      const kind = headingKind(line);
      if (kind) {
        section = kind;
        clauses.push({ start: lineStart, end: lineStart + line.length, kind });
        continue;
      }
      // A list item's number is not a sentence of its own.
      const marker = BULLET.exec(line);
      if (marker) {
        bodyStart += marker[0].length;
        body = line.slice(marker[0].length);
      }
    }
    // Sentences (and parts after a semicolon), each read on its own words. A full stop inside a word
    // (Node.js, e.g.) does not end a sentence: only one followed by a space or the line's end.
    let from = 0;
    for (const stop of [...body.matchAll(/[.!?;]+(?=\s|$)/g), { index: body.length, 0: '' }]) {
      const to = stop.index + stop[0].length;
      const sentence = body.slice(from, to);
      if (sentence.trim()) {
        let start = bodyStart + from;
        for (const part of sentenceKinds(sentence, section)) {
          clauses.push({ start, end: start + part.length, kind: part.kind });
          start += part.length;
        }
      }
      from = to;
    }
  }
  return clauses;
}

const STRENGTH: Record<AskKind, number> = { required: 2, plus: 1, named: 0 };

/** The kind of each mark, from the clause it sits in. */
export function kindsOfMarks(marks: readonly Mark[], clauses: readonly Clause[]): AskKind[] {
  let c = 0;
  return marks.map((mark) => {
    while (c < clauses.length - 1 && clauses[c]!.end <= mark.start) c += 1;
    const clause = clauses[c];
    return clause && clause.start <= mark.start ? clause.kind : 'named';
  });
}

/** Each skill the posting names, with the strongest kind it is named with, in order of first mention. */
export function asksOf(marks: readonly Mark[], kinds: readonly AskKind[]): Map<string, AskKind> {
  const asks = new Map<string, AskKind>();
  marks.forEach((mark, i) => {
    const kind = kinds[i]!;
    const had = asks.get(mark.skill);
    if (had === undefined || STRENGTH[kind] > STRENGTH[had]) asks.set(mark.skill, kind);
  });
  return asks;
}
