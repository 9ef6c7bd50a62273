// Synthetic chapters of a guide's shape, for the benchmark (scripts/bench/) and the size budgets (tests/build/):
// N chapters that pass the guide's schemas, with prose that looks
// like a guide's (1,200-1,800 words, 6-10 headings, a list, a table, a quote, a code block, links to other
// chapters, citations), spread over the parts as a real guide would be. The same N and seed always give
// the same corpus, byte for byte, so runs on different days compare.
import { ISO_DAY } from '../../src/lib/dates.ts';

/** The guide's parts, in order (src/schemas/part.ts), with how many chapters each gets relative to the others. */
export const PART_WEIGHTS = [
  ['role', 3],
  ['work', 3],
  ['skills', 4],
  ['pay', 2],
  ['hiring', 2],
  ['path', 3],
  ['interviews', 2],
  ['growth', 2],
  ['employers', 1],
  ['reference', 1],
];

/** mulberry32: small, fast and the same on every platform. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sample = (list, k) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  };
  return { next, int, pick, sample };
}

// ---- Vocabulary -------------------------------------------------------------------------------------------

const TOPICS = [
  'evaluation',
  'retrieval',
  'prompt design',
  'context windows',
  'agents',
  'tool calling',
  'fine-tuning',
  'observability',
  'guardrails',
  'latency budgets',
  'token costs',
  'vector search',
  'ranking',
  'embeddings',
  'caching',
  'streaming responses',
  'structured output',
  'error handling',
  'regression tests',
  'model routing',
  'data pipelines',
  'feedback loops',
  'human review',
  'red teaming',
  'prompt injection',
  'rate limits',
  'batch inference',
  'model serving',
  'distillation',
  'synthetic data',
  'labelling',
  'chunking',
  'hybrid search',
  'reranking',
  'memory',
  'planning loops',
  'code generation',
  'summarisation',
  'classification',
  'extraction',
  'document parsing',
  'multimodal input',
  'speech interfaces',
  'on-call',
  'incident reviews',
  'product metrics',
  'A/B tests',
  'cost dashboards',
  'privacy reviews',
  'access control',
];
const TITLE_FORMS = [
  (a) => `${cap(a)} in practice`,
  (a, b) => `${cap(a)} and ${b}`,
  (a) => `A field guide to ${a}`,
  (a) => `When ${a} goes wrong`,
  (a) => `${cap(a)} for teams that ship`,
  (a) => `Getting ${a} right`,
  (a, b) => `From ${a} to ${b}`,
  (a) => `${cap(a)}: what the sources say`,
  (a) => `How to review ${a}`,
  (a) => `${cap(a)} on a budget`,
  (a, b) => `Choosing between ${a} and ${b}`,
  (a) => `The hidden cost of ${a}`,
];
const SUBJECTS = [
  'A small team',
  'The on-call engineer',
  'A hiring manager',
  'A product engineer',
  'The platform group',
  'A new hire',
  'The evaluation harness',
  'A careful reviewer',
  'The first prototype',
  'A mature team',
  'The best source',
  'One of the interviewees',
  'The support queue',
  'A good dashboard',
  'The retrieval layer',
  'A senior engineer',
  'The model provider',
  'Every release',
  'The design review',
  'A nightly job',
  'The labelling budget',
  'A cautious founder',
  'The data team',
  'A weekly report',
];
const VERBS = [
  'tends to measure',
  'rarely documents',
  'should test',
  'usually underestimates',
  'can automate',
  'has to explain',
  'often rewrites',
  'quietly depends on',
  'keeps revisiting',
  'learns to budget for',
  'eventually replaces',
  'must monitor',
  'prefers to sample',
  'is asked to justify',
  'ends up owning',
  'struggles to reproduce',
  'benefits from versioning',
  'is judged by',
  'needs a plan for',
  'spends real time on',
];
const OBJECTS = [
  'the failure cases nobody wrote down',
  'latency at the ninety-fifth percentile',
  'the cost of every extra token',
  'answers that look right but cite nothing',
  'the prompts that shipped last quarter',
  'drift in the retrieval index',
  'a test set built from real questions',
  'the contract with the model vendor',
  'the fallback when the API times out',
  'the edge cases users find first',
  'how often the model refuses',
  'which documents are out of date',
  'the gap between demo and production',
  'what the customer actually asked',
  'a rubric that two reviewers agree on',
  'the logs that explain a bad answer',
  'the schema the downstream service expects',
  'a budget for human review',
  'the slowest step in the pipeline',
  'the questions that have no answer in the corpus',
];
const TAILS = [
  'before anyone asks for it',
  'long after the launch',
  'because the numbers move every month',
  'when the traffic doubles',
  'even in a small product',
  'once the first customer complains',
  'as the guide recommends',
  'in the first week',
  'without a dedicated team',
  'while the roadmap keeps changing',
  'so that regressions show up early',
  'and writes the reasoning down',
  'rather than trusting a single demo',
  'with a plain spreadsheet at first',
  'which is cheaper than it sounds',
  'in every serious interview loop',
];
const CONNECTIVES = [
  'In practice,',
  'That said,',
  'For example,',
  'Over time,',
  'In most teams,',
  'According to the sources,',
  'On the other hand,',
  'As a rule,',
  'Early on,',
  'Later,',
  'Put simply,',
  'Still,',
];
const OPINIONS = [
  'This is where most of the real work sits, and it is rarely glamorous.',
  'None of this needs a research background; it needs patience and good notes.',
  'The habit pays off the first time a model update changes behaviour overnight.',
  'It is easy to skip, and it is the first thing an experienced reviewer asks about.',
  'The sources agree on the direction, if not on the numbers.',
  'A reader who has shipped ordinary backend services will recognise most of it.',
  'Treat the figures here as a snapshot: they date quickly.',
  'The cheapest fix is usually a better test set, not a bigger model.',
];
const HEADINGS = [
  'Why it matters',
  'What the work looks like',
  'Common mistakes',
  'A worked example',
  'How teams measure it',
  'Tools the sources name',
  'Where the sources disagree',
  'What to learn first',
  'Signals in an interview',
  'Costs and trade-offs',
  'A checklist for the first month',
  'What changes at senior level',
  'Questions to ask',
  'How it fails',
  'Keeping it maintainable',
  'The short version',
  'When to stop',
  'What good looks like',
];
const LIST_ITEMS = [
  'Write the failure down before fixing it',
  'Keep a fixed set of real questions',
  'Log inputs, outputs and the prompt version',
  'Set a cost ceiling per request',
  'Review a sample of answers every week',
  'Pin the model version in configuration',
  'Measure latency where the user feels it',
  'Add a fallback for timeouts',
  'Version the retrieval index',
  'Ask a second reviewer to grade blind',
  'Separate the demo from the product',
  'Delete prompts nobody owns',
  'Track refusals as a metric',
  'Budget time for data cleaning',
  'Explain every metric in one sentence',
];
const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'tri',
  'mar',
  'so',
  'quil',
  'dex',
  'ra',
  'nu',
  'bel',
  'tor',
  'phi',
  'zan',
  'or',
  'ix',
  'mo',
  'sel',
  'gra',
  'vy',
];
const CODE = [
  (n) => [
    '```python',
    `def score_${n}(answers, rubric):`,
    '    """Share of answers that meet every rubric item."""',
    '    passed = [a for a in answers if all(check(a) for check in rubric)]',
    '    return len(passed) / max(len(answers), 1)',
    '```',
  ],
  (n) => [
    '```ts',
    `export async function ask${cap(n)}(question: string): Promise<string> {`,
    '  const context = await retrieve(question, { k: 5 });',
    '  const reply = await model.complete({ system: PROMPT, context, question });',
    '  return reply.text.trim();',
    '}',
    '```',
  ],
  (n) => [
    '```yaml',
    `suite: ${n}`,
    'model: pinned-2026-01',
    'cases: 120',
    'thresholds:',
    '  faithfulness: 0.9',
    '  latency_p95_ms: 1800',
    '```',
  ],
];

/**
 * Pages the guide's chrome and components link to (the glossary terms, citations, FAQ, about), each with the
 * component that lists its entries, so that every link in the built site resolves as it does in the real guide.
 */
export const REFERENCE_CHAPTERS = [
  {
    slug: 'glossary',
    title: 'Glossary',
    description:
      'Plain definitions of the terms the guide uses, from retrieval and evals to fine-tuning, with where each one appears.',
    topic: 'terminology',
    list: '<GlossaryList />',
  },
  {
    slug: 'sources',
    title: 'The sources and how to read them',
    description:
      'What each source behind the guide is, who stands behind it, what it leaves out, and how much weight its claims can bear.',
    topic: 'source criticism',
    list: '<SourceList />',
  },
  {
    slug: 'faq',
    title: 'Frequently asked questions',
    description:
      'Short, sourced answers to the questions people ask most about the role, each linked to the chapter that goes deeper.',
    topic: 'common questions',
    list: '<FaqList />',
  },
  {
    slug: 'about',
    title: 'About this guide',
    description:
      'How the guide sources and dates its figures, what provisional means, how often it is reviewed, and how to suggest a change.',
    topic: 'editorial policy',
  },
];

export const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const kebab = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Words a reader reads: prose, list items, table cells and quotes; not code, not component tags, not URLs. */
export function countWords(body) {
  const text = body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return (text.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).length;
}

// ---- Generation -------------------------------------------------------------------------------------------

/**
 * The corpus for n chapters and a seed.
 * @param {{ chapters: number, seed?: number, sourceIds?: string[], updated?: string }} options
 * @returns {{ slug: string, frontmatter: Record<string, unknown>, body: string }[]}
 */
export function generateCorpus({ chapters: n, seed = 1, sourceIds = ['s0', 's1', 's2', 's3', 's4'] }) {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`generateCorpus: chapters must be a whole number from 1 (got ${n}).`);
  const rng = createRng(seed * 1_000_003 + n);
  const totalWeight = PART_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const orders = new Map();
  const used = new Set();

  // Pass 1: frontmatter, so that bodies can link to any chapter by its title.
  // The reference pages the site's chrome and components link to come first, as in the real guide.
  const metas = REFERENCE_CHAPTERS.slice(0, n).map((r, k) => {
    used.add(r.slug);
    orders.set('reference', k + 1);
    return { ...r, part: 'reference', order: k + 1, a: r.topic, b: 'the guide', updated: '2026-11-01' };
  });
  for (let i = metas.length; i < n; i++) {
    // Parts by weight, interleaved so that any prefix of the corpus is spread like the whole.
    const slot = (i * 7919) % totalWeight;
    let acc = 0;
    const part = PART_WEIGHTS.find(([, w]) => (acc += w) > slot)[0];
    const order = (orders.get(part) ?? 0) + 1;
    orders.set(part, order);
    const [a, b] = rng.sample(TOPICS, 2);
    let title = rng.pick(TITLE_FORMS)(a, b);
    let slug = kebab(title);
    if (used.has(slug)) {
      title = `${title} (${order})`;
      slug = `${slug}-${i + 1}`;
    }
    used.add(slug);
    const description = `${cap(a)} and ${b} for AI engineers: what the work involves, what the sources measure, and the mistakes to avoid.`;
    // Within the guide's six-month review window (checked at build) for a while after the corpus was designed.
    const month = String(rng.int(8, 11)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    metas.push({ slug, title, description, part, order, a, b, updated: `2026-${month}-${day}` });
  }

  return metas.map((m, i) => {
    const sources = rng.sample(sourceIds, rng.int(1, Math.min(3, sourceIds.length))).sort();
    const others = () => metas[(i + rng.int(1, n - 1 || 1)) % n];
    const related =
      n > 1 ? [...new Set(Array.from({ length: rng.int(2, 4) }, () => others().slug))].filter((s) => s !== m.slug) : [];
    const selfCheck = Array.from({ length: rng.int(0, 3) }, (_, k) => ({
      id: `${kebab(m.a)}-check-${k + 1}`,
      question: `Can you explain ${rng.pick(OBJECTS)} to a colleague who works on ${rng.pick(TOPICS)}?`,
    }));
    const frontmatter = {
      title: m.title,
      description: m.description,
      part: m.part,
      order: m.order,
      updated: m.updated,
      status: rng.next() < 0.25 ? 'provisional' : 'reviewed',
      sources,
      ...(related.length ? { related } : {}),
      ...(selfCheck.length ? { selfCheck } : {}),
    };
    const body = chapterBody(rng, m, sources, n > 1 ? others : null);
    return { slug: m.slug, frontmatter, body: m.list ? `${body}\n${m.list}\n` : body };
  });
}

function chapterBody(rng, meta, sources, other) {
  const target = rng.int(1250, 1650);
  const headingCount = rng.int(6, 10);
  const headings = rng.sample(HEADINGS, headingCount);
  // Proper nouns (tools, vendors) appear in real guides and keep the index's vocabulary growing with the corpus.
  const names = Array.from({ length: rng.int(3, 8) }, () =>
    cap(Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('')),
  );
  const cite = () => `<Cite s="${rng.pick(sources)}" />`;
  const sentence = () => {
    const s = `${rng.next() < 0.35 ? `${rng.pick(CONNECTIVES)} ${rng.pick(SUBJECTS).toLowerCase()}` : rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}.`;
    return rng.next() < 0.12 ? `${s.slice(0, -1)}, and ${rng.pick(names)} is the tool most of them mention.` : s;
  };
  const paragraph = () => {
    const parts = Array.from({ length: rng.int(3, 5) }, sentence);
    if (rng.next() < 0.5) parts.push(rng.pick(OPINIONS));
    if (other && rng.next() < 0.3) {
      const o = other();
      parts.push(`See [${o.title}](/chapters/${o.slug}/) for how this plays out in ${o.a}.`);
    }
    if (rng.next() < 0.6) parts[parts.length - 1] = parts[parts.length - 1].replace(/\.$/, ` ${cite()}.`);
    return parts.join(' ');
  };

  // Every chapter opens with its short answer (checked at build); fixed text, so the random stream is unchanged.
  const answer = `<ShortAnswer>\n\n- Learn ${meta.a} before ${meta.b}.\n- Measure both before you change either.\n\n</ShortAnswer>`;
  const blocks = [
    answer,
    `${cap(meta.a)} and ${meta.b} come up in almost every AI engineering team. ${paragraph()}`,
    paragraph(),
  ];
  // The required elements, each placed after a heading; the rest of the headings get prose only.
  const extras = rng.sample(['list', 'table', 'quote', 'code', 'callout', 'ordered'], 6);
  let words = countWords(blocks.join('\n\n'));
  headings.forEach((h, k) => {
    const level = k > 0 && rng.next() < 0.3 ? '###' : '##';
    blocks.push(`${level} ${h}`);
    blocks.push(paragraph());
    const extra = extras[k];
    if (extra === 'list')
      blocks.push(
        rng
          .sample(LIST_ITEMS, rng.int(3, 6))
          .map((t) => `- ${t}.`)
          .join('\n'),
      );
    if (extra === 'ordered')
      blocks.push(
        rng
          .sample(LIST_ITEMS, rng.int(3, 5))
          .map((t, j) => `${j + 1}. ${t}.`)
          .join('\n'),
      );
    if (extra === 'table') {
      const rows = rng
        .sample(TOPICS, rng.int(3, 6))
        .map(
          (t) =>
            `| ${cap(t)} | ${rng.pick(['Low', 'Medium', 'High'])} | ${rng.int(1, 12)} weeks | ${rng.pick(names)} |`,
        );
      blocks.push(['| Area | Effort | Time to learn | Tool named |', '| --- | --- | --- | ---: |', ...rows].join('\n'));
    }
    if (extra === 'quote') blocks.push(`> ${sentence()} ${rng.pick(OPINIONS)}`);
    if (extra === 'code') blocks.push(rng.pick(CODE)(kebab(meta.a).replace(/-/g, '_')).join('\n'));
    if (extra === 'callout')
      blocks.push(`<Callout type="${rng.pick(['note', 'tip', 'warning'])}">${sentence()}</Callout>`);
    words = countWords(blocks.join('\n\n'));
  });
  // Top up the sections in turn until the chapter reaches its length.
  let at = 3;
  while (words < target) {
    const p = paragraph();
    blocks.splice(at, 0, p);
    at = (at + 3) % blocks.length || 3;
    words += countWords(p);
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---- Writing ----------------------------------------------------------------------------------------------

/** YAML frontmatter; strings are written as JSON strings, which YAML reads as double-quoted scalars. */
export function toFrontmatter(data) {
  const value = (v) => (typeof v === 'string' ? (ISO_DAY.test(v) ? v : JSON.stringify(v)) : String(v));
  const lines = [];
  for (const [key, v] of Object.entries(data)) {
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
      lines.push(`${key}:`);
      for (const item of v)
        Object.entries(item).forEach(([k, x], j) => lines.push(`${j === 0 ? '  - ' : '    '}${k}: ${value(x)}`));
    } else if (Array.isArray(v)) lines.push(`${key}: [${v.map(value).join(', ')}]`);
    else lines.push(`${key}: ${value(v)}`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

export const toMdx = (chapter) => `${toFrontmatter(chapter.frontmatter)}\n${chapter.body}`;
