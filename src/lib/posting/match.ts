// Which of the guide's skills a job posting names, and where: the phrases editors keep on each skill
// (`phrases` in content/skills/*.yaml) found in the posting's text. Matching works on words, never on
// raw characters, so it respects word boundaries and ignores case and punctuation ("LLM-based",
// "llm based"); each word is folded so that plurals and common spellings meet ("LLMs" and "LLM",
// "evals" and "eval", "optimisation" and "optimization", "behaviour" and "behavior"), and a phrase
// written with a hyphen also matches written as one word ("fine-tuning", "finetuning"). Where phrases
// overlap, the longest wins ("prompt injection" before "prompt"). Pure; unit- and property-tested in
// tests/unit/lib/posting/match.test.ts, and measured against postings the project wrote itself in
// tests/unit/lib/posting/postings.test.ts.

/** A word of the text: where it is, and its folded form. */
export interface Word {
  start: number;
  end: number;
  key: string;
  /**
   * Whether only spaces, hyphens, slashes or a dot inside a name (Node.js) separate it from the word before, so a
   * phrase may run on across the gap. A line break or punctuation that ends a clause stops a phrase: "real users.
   * Experience with..." does not read as "user experience".
   */
  joined: boolean;
}

/** A recognised phrase: its place in the text (end exclusive) and the skill it maps to. */
export interface Mark {
  start: number;
  end: number;
  skill: string;
}

/** A skill's id and the phrases a posting may use for it. */
export interface SkillPhrases {
  id: string;
  phrases: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const SOFT_GAP = /^(?:[ \t\u00a0\-‐‑–—/_+&'’]+|\.)$/u;
const COMBINING = /\p{M}+/gu;
// An apostrophe's "s" (the model's output) belongs to the word before it, not a word of its own.
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s\b/gu;

/** One word in the form matching compares: lower case, no plural ending, American spelling. */
export function foldWord(word: string): string {
  // An acronym's plural (APIs, GPUs, LLMs) loses its s before anything else: "apis" would read as a word like "axis".
  let w = (/^[A-Z][A-Z0-9]*s$/.test(word) ? word.slice(0, -1) : word).toLowerCase();
  // Plurals: -ies to -y, -s dropped (not -ss, -us, -is: class, status, analysis), then the -e a plural of
  // -ch, -sh, -x or -ss leaves behind, so that searches, caches and processes meet search, cache and process.
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/(?:ch|sh|x|ss)e$/.test(w)) w = w.slice(0, -1);
  // British and American spellings.
  if (w.length >= 6) {
    w = w
      .replace(/is(e|ed|er|ing|ation)$/, 'iz$1')
      .replace(/our$/, 'or')
      .replace(/ell(ing|ed|er)$/, 'el$1')
      .replace(/dgement$/, 'dgment');
  }
  return w;
}

/** The words of a text, with where each one is. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  // Positions must stay those of the original text, so possessives are blanked to the same length, and
  // accents are removed per word (NFKD can change a word's length).
  const plain = text.replace(POSSESSIVE, (m) => ' '.repeat(m.length));
  let last = -1;
  for (const m of plain.matchAll(WORD)) {
    const raw = m[0].normalize('NFKD').replace(COMBINING, '');
    if (!raw) continue;
    const joined = last >= 0 && SOFT_GAP.test(plain.slice(last, m.index));
    words.push({ start: m.index, end: m.index + m[0].length, key: foldWord(raw), joined });
    last = m.index + m[0].length;
  }
  return words;
}

/**
 * The keys a phrase is matched by, as lists of folded words: the phrase itself and, when it has a hyphen or a
 * slash between two words, the same phrase with those words joined ("fine-tuning" also as "finetuning").
 * An empty list when the phrase has no letter or digit.
 */
export function phraseKeys(phrase: string): string[][] {
  const words = wordsOf(phrase).map((w) => w.key);
  if (words.length === 0) return [];
  const keys = [words];
  const joined = phrase.replace(POSSESSIVE, '').replace(/([\p{L}\p{N}])[-‐‑/]([\p{L}\p{N}])/gu, '$1$2');
  const joinedWords = wordsOf(joined).map((w) => w.key);
  if (joinedWords.join(' ') !== words.join(' ')) keys.push(joinedWords);
  return keys;
}

interface Node {
  next: Map<string, Node>;
  skill?: string;
}

export interface Matcher {
  /** Every recognised phrase in the text, in order, none overlapping. */
  find(text: string): Mark[];
}

/**
 * A matcher for the skills' phrases. A phrase claimed by two skills is a content error caught before this runs
 * (src/lib/checks/validate-content.ts); here the first skill to claim it keeps it.
 */
export function buildMatcher(skills: readonly SkillPhrases[]): Matcher {
  const root: Node = { next: new Map() };
  for (const skill of skills) {
    for (const phrase of skill.phrases) {
      for (const key of phraseKeys(phrase)) {
        let node = root;
        for (const word of key) {
          let child = node.next.get(word);
          if (!child) node.next.set(word, (child = { next: new Map() }));
          node = child;
        }
        node.skill ??= skill.id;
      }
    }
  }
  const findInWords = (words: readonly Word[]): Mark[] => {
    const marks: Mark[] = [];
    let i = 0;
    while (i < words.length) {
      // The longest phrase that starts at this word.
      let node: Node | undefined = root;
      let best: { length: number; skill: string } | undefined;
      for (let j = i; j < words.length; j += 1) {
        if (j > i && !words[j]!.joined) break;
        node = node.next.get(words[j]!.key);
        if (!node) break;
        if (node.skill) best = { length: j - i + 1, skill: node.skill };
      }
      if (best) {
        marks.push({ start: words[i]!.start, end: words[i + best.length - 1]!.end, skill: best.skill });
        i += best.length;
      } else i += 1;
    }
    return marks;
  };
  return { find: (text) => findInWords(wordsOf(text)) };
}
