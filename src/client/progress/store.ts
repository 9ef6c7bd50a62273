// A reader's progress, kept in their own browser (localStorage) and nowhere else: milestones ticked
// off on the learning path, answers to the chapter self-checks, the study plan's settings (hours a
// week, start date, calendar choice, milestones to put first) with the reader's rating of their own skills, the
// reading record (which version of each chapter section they last read, seen-record.ts), and a job posting, when the
// reader asks the posting reader to keep one. The format is versioned and
// validated with zod, so a damaged entry, a file from somewhere else or one written by a newer
// version of the guide is recognised and never silently overwritten.
// Pure except for the storage functions, which take the Storage as a parameter (tests pass a fake).
// Unit-tested in tests/unit/client/progress/store.test.ts.
import * as z from 'zod/mini';
import { CALENDAR_KINDS } from '../../lib/ical';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, SKILL_LEVELS, dayNumber, type SkillLevel } from '../../lib/study-plan';
import { FINGERPRINT, trimSeen } from './seen-record';
import { MAX_POSTING_CHARS, POSTING_LEVELS } from '../../lib/posting/vocabulary';

/** The localStorage key. src/client/progress/peek.ts repeats it (it must stay free of zod); a test checks they agree. */
export const PROGRESS_KEY = 'aieg-progress';
/** The format this code writes. Bump it, and add a migration, whenever the shape changes. */
export const PROGRESS_VERSION = 3;
/** A real progress file is a few kilobytes; anything far larger is not one. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export const ANSWERS = ['know', 'not-yet'] as const;
export type Answer = (typeof ANSWERS)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHECK_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const milestoneId = z.string().check(z.regex(KEBAB));
const checkKey = z.string().check(z.regex(CHECK_KEY));
const answer = z.enum(ANSWERS);
/** A ticked milestone: `true`, or the date it was ticked (YYYY-MM-DD). */
const ticked = z.union([z.literal(true), z.string().check(z.regex(ISO_DATE))]);

const milestones = z.record(milestoneId, ticked);
const checks = z.record(checkKey, answer);

/** Version 1: milestone id -> true or date; "chapter/question" -> answer; ids the guide no longer has, kept aside. Still read (and migrated). */
export const ProgressV1Schema = z.object({
  version: z.literal(1),
  milestones,
  checks,
  orphaned: z._default(z.object({ milestones: z._default(milestones, {}), checks: z._default(checks, {}) }), {
    milestones: {},
    checks: {},
  }),
  exportedAt: z.optional(z.string().check(z.regex(ISO_DATE))),
});

const skillLevels = z.record(z.string().check(z.regex(KEBAB)), z.enum(SKILL_LEVELS));
/** A real calendar date, YYYY-MM-DD (2026-02-30 is not one). */
const calendarDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((d) => {
    try {
      return dayNumber(d) >= 0;
    } catch {
      return false;
    }
  }),
);

/** The study plan's settings. Each is optional: left out, the page uses the guide's assumption (10 hours a week), today, and one event per milestone. */
const PlanSettingsSchema = z.object({
  hoursPerWeek: z.optional(z.int().check(z.gte(MIN_HOURS_PER_WEEK), z.lte(MAX_HOURS_PER_WEEK))),
  start: z.optional(calendarDate),
  calendar: z.optional(z.enum(CALENDAR_KINDS)),
});

/** Version 2: version 1, plus the reader's skill ratings (skill id -> none, some or solid) and the study plan's settings. */
export const ProgressV2Schema = z.object({
  version: z.literal(2),
  milestones,
  checks,
  skills: z._default(skillLevels, {}),
  plan: z._default(PlanSettingsSchema, {}),
  orphaned: z._default(
    z.object({
      milestones: z._default(milestones, {}),
      checks: z._default(checks, {}),
      skills: z._default(skillLevels, {}),
    }),
    { milestones: {}, checks: {}, skills: {} },
  ),
  exportedAt: z.optional(z.string().check(z.regex(ISO_DATE))),
});

// ---- Format 3: version 2, plus the reading record (seen-record.ts), the milestones a job posting puts first in
// the study plan, and the posting itself when the reader keeps it. ----

/** What the reader read of one chapter: the day of their last visit and section id (a heading id) -> fingerprint. */
export const SeenChapterSchema = z.object({
  at: calendarDate,
  sections: z.record(z.string().check(z.regex(/^[^\s#]{1,120}$/)), z.string().check(z.regex(FINGERPRINT))),
});
/** Chapter id -> what the reader read there. */
export const SeenSchema = z.record(z.string().check(z.regex(KEBAB)), SeenChapterSchema);

/** The most milestones a plan can put first: far more than the path has. */
export const MAX_FOCUS = 100;

/** Version 2's plan settings, plus `focus`: milestone ids to plan before the rest (the posting reader's "put these first"). */
const PlanSettingsV3Schema = z.object({
  ...PlanSettingsSchema.shape,
  focus: z.optional(z.array(milestoneId).check(z.maxLength(MAX_FOCUS))),
});

/** A job posting the reader chose to keep: its text as the reader read it, when it was kept, and the level they chose for it. */
const SavedPostingSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_POSTING_CHARS)),
  savedAt: z.string().check(z.regex(ISO_DATE)),
  level: z.optional(z.enum(POSTING_LEVELS)),
});

/** Version 3: version 2, plus the reading record (chapter -> the day of the last visit and the fingerprint of each section read), the study plan's `focus` and an optional saved job posting. */
export const ProgressV3Schema = z.object({
  ...ProgressV2Schema.shape,
  version: z.literal(3),
  plan: z._default(PlanSettingsV3Schema, {}),
  seen: z._default(SeenSchema, {}),
  posting: z.optional(SavedPostingSchema),
});

/**
 * Version 0, the prototype's format (before release): a list of ticked milestone ids and the
 * answers nested by chapter. Kept readable so that a file saved then still imports.
 */
export const ProgressV0Schema = z.object({
  version: z.literal(0),
  done: z.array(milestoneId),
  answers: z.record(z.string().check(z.regex(KEBAB)), z.record(z.string().check(z.regex(KEBAB)), answer)),
});

export type Progress = Omit<z.output<typeof ProgressV3Schema>, 'exportedAt'>;
export type ProgressV2 = Omit<z.output<typeof ProgressV2Schema>, 'exportedAt'>;
export type PlanSettings = z.output<typeof PlanSettingsV3Schema>;
export type SavedPosting = z.output<typeof SavedPostingSchema>;
export type ProgressV1 = Omit<z.output<typeof ProgressV1Schema>, 'exportedAt'>;
export type ProgressV0 = z.output<typeof ProgressV0Schema>;

export const emptyProgress = (): Progress => ({
  version: 3,
  milestones: {},
  checks: {},
  skills: {},
  plan: {},
  orphaned: { milestones: {}, checks: {}, skills: {} },
  seen: {},
});

/** v2 -> v3: everything kept as it was; nothing read yet (so no section will be marked as changed on the next visit), nothing put first in the plan and no posting kept. */
export function migrateV2(old: ProgressV2): Progress {
  return { ...old, version: 3, plan: { ...old.plan }, seen: {} };
}

/** v1 -> v2: everything kept as it was; no skill rated yet and the study plan at the guide's defaults. */
export function migrateV1(old: ProgressV1): ProgressV2 {
  return {
    version: 2,
    milestones: { ...old.milestones },
    checks: { ...old.checks },
    skills: {},
    plan: {},
    orphaned: { milestones: { ...old.orphaned.milestones }, checks: { ...old.orphaned.checks }, skills: {} },
  };
}

/** v0 -> v1: every ticked milestone becomes `true` (v0 kept no dates); answers move to "chapter/question" keys. */
export function migrateV0(old: ProgressV0): ProgressV1 {
  const next: ProgressV1 = { version: 1, milestones: {}, checks: {}, orphaned: { milestones: {}, checks: {} } };
  for (const id of old.done) next.milestones[id] = true;
  for (const [chapter, answers] of Object.entries(old.answers)) {
    for (const [question, value] of Object.entries(answers)) next.checks[`${chapter}/${question}`] = value;
  }
  return next;
}

/** What readers are told, one sentence or two each. Pages show these as they are. */
export const MESSAGES = {
  unavailable:
    'Progress cannot be saved in this browser: its storage is blocked or turned off (as in some private windows). You can still tick things off, but they will be gone when you leave the page.',
  unreadable:
    'The progress saved in this browser is damaged and cannot be read, so nothing will be saved over it. Reset your progress on the Your progress page to start afresh.',
  newer:
    'This browser holds progress saved by a newer version of the guide. It is kept exactly as it is, and this page will not change it.',
  tooLarge: (bytes: number) =>
    `That file is ${Math.ceil(bytes / 1024)} KB, far larger than a progress file (at most ${MAX_IMPORT_BYTES / 1024} KB), so it was not read. Your progress has not changed.`,
  notJson: 'That file is not a progress file: it is not valid JSON. Your progress has not changed.',
  foreign: 'That file is not a progress file from this guide. Your progress has not changed.',
  newerFile: (version: number) =>
    `That file was saved by a newer version of the guide (format ${version}; this page reads up to format ${PROGRESS_VERSION}). Reload the page to get the latest version, then try again. Your progress has not changed.`,
} as const;

export type ReadResult =
  | { ok: true; progress: Progress; from: number }
  | { ok: false; problem: 'too-large' | 'not-json' | 'foreign' | 'newer'; message: string };

/** Reads a parsed value in any known version, migrating older ones. */
export function readProgress(value: unknown): ReadResult {
  const version =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { version?: unknown }).version
      : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { ok: false, problem: 'newer', message: MESSAGES.newerFile(version) };
  }
  const v3 = ProgressV3Schema.safeParse(value);
  if (v3.success) {
    const { exportedAt: _, ...progress } = v3.data;
    return { ok: true, progress: { ...progress, seen: trimSeen(progress.seen) }, from: 3 };
  }
  const v2 = ProgressV2Schema.safeParse(value);
  if (v2.success) {
    const { exportedAt: _, ...progress } = v2.data;
    return { ok: true, progress: migrateV2(progress), from: 2 };
  }
  const v1 = ProgressV1Schema.safeParse(value);
  if (v1.success) return { ok: true, progress: migrateV2(migrateV1(v1.data)), from: 1 };
  const v0 = ProgressV0Schema.safeParse(value);
  if (v0.success) return { ok: true, progress: migrateV2(migrateV1(migrateV0(v0.data))), from: 0 };
  return { ok: false, problem: 'foreign', message: MESSAGES.foreign };
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Reads the text of a file or of the stored entry: size first, then JSON, then the schema. */
export function readProgressText(text: string): ReadResult {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', message: MESSAGES.tooLarge(bytes) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', message: MESSAGES.notJson };
  }
  return readProgress(value);
}

/** Reads a chosen file; one that is too large is refused before a byte of it is read. */
export async function readProgressFile(file: Pick<Blob, 'size' | 'text'>): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', message: MESSAGES.tooLarge(file.size) };
  return readProgressText(await file.text());
}

/** The export file's text: the current format, plus when it was exported. */
export function serializeProgress(progress: Progress, now: Date): string {
  return `${JSON.stringify({ ...progress, exportedAt: now.toISOString() }, null, 2)}\n`;
}

// ---- Changes (pure: each returns a new Progress) ----

/** Ticks (with today's date, YYYY-MM-DD) or unticks a milestone. */
export function setMilestone(progress: Progress, id: string, done: boolean, today: string): Progress {
  const next = { ...progress.milestones };
  if (done) next[id] = today;
  else delete next[id];
  return { ...progress, milestones: next };
}

/** Records an answer to a self-check question ("chapter/question"), or clears it with null. */
export function setCheck(progress: Progress, key: string, value: Answer | null): Progress {
  const next = { ...progress.checks };
  if (value) next[key] = value;
  else delete next[key];
  return { ...progress, checks: next };
}

/** Rates a skill (none, some or solid) for the study plan. */
export function setSkill(progress: Progress, id: string, level: SkillLevel): Progress {
  return { ...progress, skills: { ...progress.skills, [id]: level } };
}

/** Changes some of the study plan's settings; a setting given as undefined goes back to the page's default. */
export function setPlan(progress: Progress, change: Partial<PlanSettings>): Progress {
  const plan: PlanSettings = { ...progress.plan, ...change };
  for (const key of Object.keys(plan) as (keyof PlanSettings)[]) if (plan[key] === undefined) delete plan[key];
  return { ...progress, plan };
}

/** Keeps a job posting (the reader asked to), or forgets it with undefined. */
export function setPosting(progress: Progress, posting: SavedPosting | undefined): Progress {
  const { posting: _, ...rest } = progress;
  return posting ? { ...rest, posting } : rest;
}

/** Former id -> current id, for items editors renamed (their `formerIds`); self-checks as "chapter/question". */
export interface Renamed {
  milestones?: Record<string, string>;
  checks?: Record<string, string>;
}

export interface KnownIds {
  milestones: Iterable<string>;
  checks: Iterable<string>;
  /** The skills this build has. Left out, skill ratings are not touched. */
  skills?: Iterable<string>;
  /** Items renamed in this build: a tick or answer under a former id moves to the current one. */
  renamed?: Renamed;
}

/**
 * Ticks and answers under former ids move to their items' current ids (KnownIds.renamed), from the live ones or from
 * those set aside, unless the current id has its own already. Returns the same object when nothing moved.
 */
export function renameIds(progress: Progress, renamed: Renamed): Progress {
  let moved = false;
  const move = <V>(live: Record<string, V>, kept: Record<string, V>, map: Record<string, string> = {}) => {
    const liveNext = { ...live };
    const keptNext = { ...kept };
    for (const [former, current] of Object.entries(map)) {
      for (const from of [liveNext, keptNext]) {
        if (from[former] === undefined) continue;
        liveNext[current] ??= from[former];
        delete from[former];
        moved = true;
      }
    }
    return [liveNext, keptNext] as const;
  };
  const [m, om] = move(progress.milestones, progress.orphaned.milestones, renamed.milestones);
  const [c, oc] = move(progress.checks, progress.orphaned.checks, renamed.checks);
  // The milestones a posting put first in the plan follow their renames too.
  const focus = progress.plan.focus;
  const focusNext = focus?.map((id) => renamed.milestones?.[id] ?? id);
  const plan =
    focusNext && focusNext.some((id, i) => id !== focus![i])
      ? ((moved = true), { ...progress.plan, focus: [...new Set(focusNext)] })
      : progress.plan;
  return moved
    ? { ...progress, plan, milestones: m, checks: c, orphaned: { ...progress.orphaned, milestones: om, checks: oc } }
    : progress;
}

/**
 * Moves ticks and answers under former ids to their items' current ids, then moves those whose ids this build does
 * not have into `orphaned` (kept, not lost, and listed on the progress page as no longer in the guide), and brings
 * back any orphaned ones the build has again.
 */
export function reconcile(original: Progress, known: KnownIds): { progress: Progress; changed: boolean } {
  const progress = known.renamed ? renameIds(original, known.renamed) : original;
  const split = <V>(live: Record<string, V>, kept: Record<string, V>, ids: Set<string>) => {
    const all = { ...kept, ...live };
    const nextLive: Record<string, V> = {};
    const nextKept: Record<string, V> = {};
    for (const [id, v] of Object.entries(all)) (ids.has(id) ? nextLive : nextKept)[id] = v;
    return [nextLive, nextKept] as const;
  };
  const [m, om] = split(progress.milestones, progress.orphaned.milestones, new Set(known.milestones));
  const [c, oc] = split(progress.checks, progress.orphaned.checks, new Set(known.checks));
  const [s, os] = known.skills
    ? split(progress.skills, progress.orphaned.skills, new Set(known.skills))
    : [progress.skills, progress.orphaned.skills];
  const next: Progress = {
    ...progress,
    milestones: m,
    checks: c,
    skills: s,
    orphaned: { milestones: om, checks: oc, skills: os },
  };
  const changed = JSON.stringify(sortKeys(next)) !== JSON.stringify(sortKeys(original));
  return { progress: changed ? next : original, changed };
}

const sortKeys = (p: Progress) => {
  const s = <V>(r: Record<string, V>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  return [
    s(p.milestones),
    s(p.checks),
    s(p.skills),
    s(p.orphaned.milestones),
    s(p.orphaned.checks),
    s(p.orphaned.skills),
  ];
};

export const orphanCount = (p: Progress) =>
  Object.keys(p.orphaned.milestones).length +
  Object.keys(p.orphaned.checks).length +
  Object.keys(p.orphaned.skills).length;

// ---- Storage ----

export type StoreState = 'ok' | 'empty' | 'unavailable' | 'unreadable' | 'newer';

export interface Loaded {
  /** ok: read; empty: nothing saved yet; unavailable: storage blocked; unreadable: damaged; newer: a later format. */
  state: StoreState;
  /** What to show: the saved progress, or an empty one when there is nothing usable. */
  progress: Progress;
  /** Whether a change can be saved. False for unavailable, unreadable and newer: those are never overwritten. */
  writable: boolean;
  /** Set when the saved entry was in an older format (and has been rewritten in the current one). */
  migratedFrom?: number;
  /** What to tell the reader, when something is wrong. */
  message?: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** window.localStorage, or undefined where merely touching it throws (storage disabled). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function canWrite(storage: StorageLike): boolean {
  try {
    storage.setItem(`${PROGRESS_KEY}-probe`, '1');
    storage.removeItem(`${PROGRESS_KEY}-probe`);
    return true;
  } catch {
    return false;
  }
}

const unavailable = (): Loaded => ({
  state: 'unavailable',
  progress: emptyProgress(),
  writable: false,
  message: MESSAGES.unavailable,
});

/** Reads the saved progress. Never throws: every failure becomes a state and a message. */
export function loadProgress(storage: StorageLike | undefined = browserStorage()): Loaded {
  if (!storage) return unavailable();
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return unavailable();
  }
  if (raw === null)
    return canWrite(storage) ? { state: 'empty', progress: emptyProgress(), writable: true } : unavailable();
  const read = readProgressText(raw);
  if (!read.ok) {
    return read.problem === 'newer'
      ? { state: 'newer', progress: emptyProgress(), writable: false, message: MESSAGES.newer }
      : { state: 'unreadable', progress: emptyProgress(), writable: false, message: MESSAGES.unreadable };
  }
  if (!canWrite(storage))
    return { state: 'ok', progress: read.progress, writable: false, message: MESSAGES.unavailable };
  if (read.from < PROGRESS_VERSION) {
    // Rewrite an older entry in the current format once, so every later read is a plain current-format read.
    if (!writeRaw(storage, read.progress))
      return { state: 'ok', progress: read.progress, writable: false, message: MESSAGES.unavailable };
    return { state: 'ok', progress: read.progress, writable: true, migratedFrom: read.from };
  }
  return { state: 'ok', progress: read.progress, writable: true };
}

function writeRaw(storage: StorageLike, progress: Progress): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export type SaveResult = { ok: true; progress: Progress } | { ok: false; progress: Progress; message: string };

/**
 * Applies a change to what is saved now (read again first, so another tab's changes are kept) and saves it.
 * When saving is not possible the change is applied to `fallback` (what the page shows) and returned,
 * so the page keeps working until it is left; the stored entry is not touched.
 */
export function updateProgress(
  change: (p: Progress) => Progress,
  storage: StorageLike | undefined = browserStorage(),
  fallback?: Progress,
): SaveResult {
  const loaded = loadProgress(storage);
  if (!loaded.writable || !storage) {
    return {
      ok: false,
      progress: change(fallback ?? loaded.progress),
      message: loaded.message ?? MESSAGES.unavailable,
    };
  }
  const next = change(loaded.progress);
  return writeRaw(storage, next)
    ? { ok: true, progress: next }
    : { ok: false, progress: next, message: MESSAGES.unavailable };
}

/**
 * Replaces everything saved with an imported progress. Refused when the browser holds a newer
 * format (that would destroy it) or cannot save; a damaged entry may be replaced.
 */
export function replaceProgress(progress: Progress, storage: StorageLike | undefined = browserStorage()): SaveResult {
  const loaded = loadProgress(storage);
  if (
    !storage ||
    loaded.state === 'unavailable' ||
    loaded.state === 'newer' ||
    (loaded.state === 'ok' && !loaded.writable)
  ) {
    return { ok: false, progress: loaded.progress, message: loaded.message ?? MESSAGES.unavailable };
  }
  return writeRaw(storage, progress)
    ? { ok: true, progress }
    : { ok: false, progress: loaded.progress, message: MESSAGES.unavailable };
}

/** Forgets all saved progress (the reader has confirmed). Clears a damaged or newer entry too. */
export function resetProgress(storage: StorageLike | undefined = browserStorage()): SaveResult {
  try {
    storage?.removeItem(PROGRESS_KEY);
  } catch {
    return { ok: false, progress: emptyProgress(), message: MESSAGES.unavailable };
  }
  return storage
    ? { ok: true, progress: emptyProgress() }
    : { ok: false, progress: emptyProgress(), message: MESSAGES.unavailable };
}
