import { describe, expect, test } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MESSAGES,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  emptyProgress,
  loadProgress,
  migrateV0,
  migrateV1,
  migrateV2,
  orphanCount,
  readProgress,
  readProgressFile,
  readProgressText,
  reconcile,
  renameIds,
  replaceProgress,
  resetProgress,
  serializeProgress,
  setCheck,
  setMilestone,
  setPlan,
  setPosting,
  setSkill,
  updateProgress,
  type Progress,
} from '../../../../src/client/progress/store';
import { KEY as PEEK_KEY, VERSION as PEEK_VERSION, peekProgress } from '../../../../src/client/progress/peek';

/** A Map-backed Storage; `fail` makes reads, writes or both throw, as private modes and blocked storage do. */
function fakeStorage(initial?: string, fail: { get?: boolean; set?: boolean } = {}) {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PROGRESS_KEY, initial);
  return {
    data,
    getItem(key: string) {
      if (fail.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail.set) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key: string) {
      if (fail.set) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.delete(key);
    },
  };
}

const sample = (): Progress => ({
  version: 3,
  milestones: { 'm1-build-with-two-apis': '2026-11-20', 'm2-first-rag': true },
  checks: { 'skills/evals-vs-vibes': 'know', 'salary/tc-vs-base': 'not-yet' },
  skills: { evaluation: 'some', 'retrieval-rag': 'solid' },
  plan: { hoursPerWeek: 6, start: '2026-12-07', calendar: 'weeks' },
  orphaned: { milestones: {}, checks: {}, skills: {} },
  seen: { salary: { at: '2026-11-29', sections: { 'short-answer': '0a1b2c3d', 'how-to-negotiate': '9f8e7d6c' } } },
});

/** A file written by the guide before the reading record (format 2), exactly as its export wrote it. */
const v2File = {
  version: 2,
  milestones: { 'm1-build-with-two-apis': '2026-11-20' },
  checks: { 'skills/evals-vs-vibes': 'know' },
  skills: { evaluation: 'some' },
  plan: { hoursPerWeek: 6 },
  orphaned: { milestones: { 'm9-gone': true }, checks: {}, skills: {} },
  exportedAt: '2026-11-30T10:00:00.000Z',
};

/** A file written by the guide before the study plan (format 1), exactly as its export wrote it. */
const v1File = {
  version: 1,
  milestones: { 'm1-build-with-two-apis': '2026-11-20', 'm2-first-rag': true },
  checks: { 'skills/evals-vs-vibes': 'know' },
  orphaned: { milestones: { 'm9-gone': true }, checks: {} },
  exportedAt: '2026-11-29T10:00:00.000Z',
};

describe('saving and loading', () => {
  test('a change is saved under the progress key and read back the same', () => {
    const storage = fakeStorage();
    const saved = updateProgress((p) => setMilestone(p, 'm1-build-with-two-apis', true, '2026-11-22'), storage);
    expect(saved.ok).toBe(true);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({
      version: PROGRESS_VERSION,
      milestones: { 'm1-build-with-two-apis': '2026-11-22' },
    });
    const loaded = loadProgress(storage);
    expect(loaded).toMatchObject({ state: 'ok', writable: true });
    expect(loaded.progress.milestones).toEqual({ 'm1-build-with-two-apis': '2026-11-22' });
  });

  test('an empty browser loads as empty progress that can be saved', () => {
    expect(loadProgress(fakeStorage())).toEqual({ state: 'empty', progress: emptyProgress(), writable: true });
  });

  test('unticking a milestone and clearing an answer remove them', () => {
    let p = setMilestone(sample(), 'm2-first-rag', false, '2026-11-22');
    p = setCheck(p, 'salary/tc-vs-base', null);
    expect(p.milestones).toEqual({ 'm1-build-with-two-apis': '2026-11-20' });
    expect(p.checks).toEqual({ 'skills/evals-vs-vibes': 'know' });
  });

  test('changes do not mutate the progress they start from', () => {
    const before = sample();
    const copy = structuredClone(before);
    setMilestone(before, 'm3-new', true, '2026-11-22');
    setCheck(before, 'skills/evals-vs-vibes', 'not-yet');
    expect(before).toEqual(copy);
  });

  test('each change reads what is saved first, so a change made in another tab is kept', () => {
    const storage = fakeStorage(JSON.stringify(sample()));
    updateProgress((p) => setCheck(p, 'faq/new-question', 'know'), storage);
    const saved = loadProgress(storage).progress;
    expect(saved.checks).toMatchObject({ 'skills/evals-vs-vibes': 'know', 'faq/new-question': 'know' });
    expect(Object.keys(saved.milestones)).toHaveLength(2);
  });

  test('reset clears what is saved', () => {
    const storage = fakeStorage(JSON.stringify(sample()));
    expect(resetProgress(storage)).toEqual({ ok: true, progress: emptyProgress() });
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  test('the small reader chapter pages use agrees with the store on the key, the version and the data', () => {
    expect(PEEK_KEY).toBe(PROGRESS_KEY);
    expect(PEEK_VERSION).toBe(PROGRESS_VERSION);
    const storage = fakeStorage(JSON.stringify(sample()));
    expect(peekProgress(storage)).toEqual({ milestones: sample().milestones, checks: sample().checks });
  });
});

describe('storage that is missing, blocked or damaged never throws', () => {
  test('storage that throws on every read loads as unavailable, with the message, and nothing can be saved', () => {
    const loaded = loadProgress(fakeStorage(undefined, { get: true, set: true }));
    expect(loaded).toEqual({
      state: 'unavailable',
      progress: emptyProgress(),
      writable: false,
      message: MESSAGES.unavailable,
    });
  });

  test('no storage at all (localStorage itself throws) loads as unavailable', () => {
    expect(loadProgress(undefined)).toMatchObject({ state: 'unavailable', writable: false });
  });

  test('storage that reads but refuses writes shows saved progress and says it cannot save', () => {
    const loaded = loadProgress(fakeStorage(JSON.stringify(sample()), { set: true }));
    expect(loaded).toMatchObject({ state: 'ok', writable: false, message: MESSAGES.unavailable });
    expect(loaded.progress.milestones).toEqual(sample().milestones);
  });

  test('a change on unavailable storage is kept for the page and reported, not thrown', () => {
    const storage = fakeStorage(undefined, { get: true, set: true });
    const onPage = setMilestone(emptyProgress(), 'm1-a', true, '2026-11-22');
    const result = updateProgress((p) => setMilestone(p, 'm1-b', true, '2026-11-22'), storage, onPage);
    expect(result.ok).toBe(false);
    expect(result.progress.milestones).toEqual({ 'm1-a': '2026-11-22', 'm1-b': '2026-11-22' });
    if (!result.ok) expect(result.message).toBe(MESSAGES.unavailable);
  });

  test('JSON garbage in storage loads as unreadable and is never overwritten by a change', () => {
    const storage = fakeStorage('{"version":1,"milestones":');
    expect(loadProgress(storage)).toMatchObject({ state: 'unreadable', writable: false, message: MESSAGES.unreadable });
    expect(updateProgress((p) => setMilestone(p, 'm1-a', true, '2026-11-22'), storage).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe('{"version":1,"milestones":');
  });

  test('valid JSON of the wrong shape in storage is unreadable too', () => {
    expect(loadProgress(fakeStorage('{"version":1,"milestones":["a"],"checks":{}}'))).toMatchObject({
      state: 'unreadable',
      writable: false,
    });
    expect(loadProgress(fakeStorage('"just a string"'))).toMatchObject({ state: 'unreadable' });
  });

  test('progress saved by a newer version is kept exactly as it is: no change overwrites it', () => {
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, milestones: {}, checks: {}, streaks: { days: 4 } });
    const storage = fakeStorage(newer);
    expect(loadProgress(storage)).toMatchObject({ state: 'newer', writable: false, message: MESSAGES.newer });
    expect(updateProgress((p) => setCheck(p, 'skills/a', 'know'), storage).ok).toBe(false);
    expect(replaceProgress(sample(), storage).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
  });

  test('an import may replace a damaged entry, which reset would clear anyway', () => {
    const storage = fakeStorage('not json');
    expect(replaceProgress(sample(), storage).ok).toBe(true);
    expect(loadProgress(storage).progress).toEqual(sample());
  });

  test('the small reader hands damaged, newer, older and blocked entries to the store instead of throwing', () => {
    for (const storage of [
      fakeStorage('{oops'),
      fakeStorage('{"version":9}'),
      fakeStorage('{"version":0,"done":[],"answers":{}}'),
      fakeStorage(undefined, { get: true }),
    ]) {
      expect(peekProgress(storage)).toEqual({ milestones: {}, checks: {}, problem: true });
    }
    expect(peekProgress(fakeStorage()).problem).toBeUndefined();
  });
});

describe('migration', () => {
  const v0 = {
    version: 0,
    done: ['m1-build-with-two-apis', 'm2-first-rag'],
    answers: { skills: { 'evals-vs-vibes': 'know' }, salary: { 'tc-vs-base': 'not-yet' } },
  };

  test('a version 2 entry migrates to version 3 with everything kept and an empty reading record', () => {
    const { exportedAt: _, ...v2 } = v2File;
    expect(migrateV2(v2 as never)).toEqual({ ...v2, version: 3, seen: {} });
  });

  test('a file exported by format 2 (before the reading record) imports through the migration, nothing lost', () => {
    const { exportedAt: _, ...v2 } = v2File;
    expect(readProgressText(JSON.stringify(v2File))).toEqual({
      ok: true,
      progress: { ...v2, version: 3, seen: {} },
      from: 2,
    });
  });

  test('a version 2 entry in storage is migrated once and rewritten as version 3, its ticks, ratings and plan intact', () => {
    const storage = fakeStorage(JSON.stringify(v2File));
    expect(loadProgress(storage)).toMatchObject({ state: 'ok', writable: true, migratedFrom: 2 });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({
      version: 3,
      milestones: v2File.milestones,
      skills: v2File.skills,
      plan: v2File.plan,
      orphaned: v2File.orphaned,
      seen: {},
    });
    expect(loadProgress(storage).migratedFrom).toBeUndefined();
  });

  test('a version 1 entry migrates to version 2 with everything kept, no skill rated and the plan at its defaults', () => {
    expect(migrateV1(v1File as never)).toEqual({
      version: 2,
      milestones: v1File.milestones,
      checks: v1File.checks,
      skills: {},
      plan: {},
      orphaned: { milestones: { 'm9-gone': true }, checks: {}, skills: {} },
    });
  });

  test('a file exported by format 1 (before the study plan) still imports, through the migrations', () => {
    const read = readProgressText(JSON.stringify(v1File));
    expect(read).toMatchObject({ ok: true, from: 1 });
    expect(read.ok && read.progress).toEqual(migrateV2(migrateV1(v1File as never)));
  });

  test('a version 1 entry in storage is migrated once and rewritten in the current version, its ticks intact', () => {
    const storage = fakeStorage(JSON.stringify(v1File));
    expect(loadProgress(storage)).toMatchObject({ state: 'ok', writable: true, migratedFrom: 1 });
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    expect(saved).toMatchObject({
      version: PROGRESS_VERSION,
      milestones: v1File.milestones,
      skills: {},
      plan: {},
      seen: {},
    });
    expect(loadProgress(storage).migratedFrom).toBeUndefined();
  });

  test('a version 0 entry migrates to version 1: ticks become true and answers get "chapter/question" keys', () => {
    expect(migrateV0(v0 as never)).toEqual({
      version: 1,
      milestones: { 'm1-build-with-two-apis': true, 'm2-first-rag': true },
      checks: { 'skills/evals-vs-vibes': 'know', 'salary/tc-vs-base': 'not-yet' },
      orphaned: { milestones: {}, checks: {} },
    });
  });

  test('an imported version 0 file is read through the migration', () => {
    const read = readProgressText(JSON.stringify(v0));
    expect(read.ok && read.from).toBe(0);
    expect(read.ok && read.progress.checks['skills/evals-vs-vibes']).toBe('know');
  });

  test('a version 0 entry in storage is migrated once, through version 1, and rewritten in the current version', () => {
    const storage = fakeStorage(JSON.stringify(v0));
    const loaded = loadProgress(storage);
    expect(loaded).toMatchObject({ state: 'ok', writable: true, migratedFrom: 0 });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({
      version: PROGRESS_VERSION,
      milestones: { 'm2-first-rag': true },
      skills: {},
      plan: {},
    });
    expect(loadProgress(storage).migratedFrom).toBeUndefined();
  });
});

describe('import validation', () => {
  test('an exported file imports back to exactly the same progress', () => {
    const text = serializeProgress(sample(), new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(text).exportedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(readProgressText(text)).toEqual({ ok: true, progress: sample(), from: 3 });
  });

  test('a file that is not JSON is refused as broken', () => {
    expect(readProgressText('milestones: yes')).toEqual({ ok: false, problem: 'not-json', message: MESSAGES.notJson });
  });

  test.each([
    ['a package.json', { name: 'x', version: '1.0.0' }],
    ['an empty object', {}],
    ['an array', [1, 2]],
    ['a milestone id that is not lower-kebab', { version: 1, milestones: { 'Not An Id': true }, checks: {} }],
    ['an answer other than know or not-yet', { version: 1, milestones: {}, checks: { 'skills/a': 'maybe' } }],
    ['a check key without its chapter', { version: 1, milestones: {}, checks: { a: 'know' } }],
    ['a tick that is neither true nor a date', { version: 1, milestones: { a: 'yesterday' }, checks: {} }],
    [
      'a skill rating other than none, some or solid',
      { version: 2, milestones: {}, checks: {}, skills: { evaluation: 'expert' } },
    ],
    [
      'hours a week that are not a whole number from 1 to 60',
      { version: 2, milestones: {}, checks: {}, plan: { hoursPerWeek: 0 } },
    ],
    ['hours a week given as text', { version: 2, milestones: {}, checks: {}, plan: { hoursPerWeek: '10' } }],
    [
      'a start date that is not on the calendar',
      { version: 2, milestones: {}, checks: {}, plan: { start: '2026-02-30' } },
    ],
    [
      'a calendar choice the page does not offer',
      { version: 2, milestones: {}, checks: {}, plan: { calendar: 'days' } },
    ],
    [
      'a reading record whose fingerprint is not one',
      {
        version: 3,
        milestones: {},
        checks: {},
        seen: { salary: { at: '2026-11-30', sections: { 'short-answer': 'changed!' } } },
      },
    ],
    [
      'a reading record without its day',
      { version: 3, milestones: {}, checks: {}, seen: { salary: { sections: {} } } },
    ],
    [
      'a reading record under a chapter id that is not one',
      { version: 3, milestones: {}, checks: {}, seen: { 'Not A Chapter': { at: '2026-11-30', sections: {} } } },
    ],
  ])('a foreign file is refused: %s', (_, value) => {
    expect(readProgress(value)).toEqual({ ok: false, problem: 'foreign', message: MESSAGES.foreign });
  });

  test('a file from a newer version is refused with the version it has', () => {
    const read = readProgress({ version: 4, milestones: {}, checks: {} });
    expect(read).toMatchObject({ ok: false, problem: 'newer' });
    if (!read.ok)
      expect(read.message).toMatchInlineSnapshot(
        `"That file was saved by a newer version of the guide (format 4; this page reads up to format 3). Reload the page to get the latest version, then try again. Your progress has not changed."`,
      );
  });

  test('a file over the size limit is refused before it is read', async () => {
    let read = false;
    const file = { size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), '{}') };
    const result = await readProgressFile(file);
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
    expect(read).toBe(false);
    if (!result.ok)
      expect(result.message).toMatchInlineSnapshot(
        `"That file is 257 KB, far larger than a progress file (at most 256 KB), so it was not read. Your progress has not changed."`,
      );
  });

  test('text over the size limit is refused even when its size was not known up front', () => {
    const huge = JSON.stringify({ version: 1, milestones: {}, checks: {}, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(readProgressText(huge)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  test('a file without the orphaned part, the skills, the plan or the reading record reads with empty ones', () => {
    for (const version of [1, 2, 3]) {
      const read = readProgress({ version, milestones: { a: true }, checks: {} });
      expect(read.ok && read.progress).toMatchObject({
        orphaned: { milestones: {}, checks: {}, skills: {} },
        skills: {},
        plan: {},
        seen: {},
      });
    }
  });

  test('the refusal messages read as plain sentences', () => {
    expect(MESSAGES.foreign).toMatchInlineSnapshot(
      `"That file is not a progress file from this guide. Your progress has not changed."`,
    );
    expect(MESSAGES.notJson).toMatchInlineSnapshot(
      `"That file is not a progress file: it is not valid JSON. Your progress has not changed."`,
    );
  });
});

describe('the study plan in the progress file', () => {
  test('skill ratings and plan settings are saved, exported and imported with the rest', () => {
    const storage = fakeStorage();
    updateProgress(
      (p) => setPlan(setSkill(p, 'evaluation', 'solid'), { hoursPerWeek: 4, start: '2027-01-04', calendar: 'weeks' }),
      storage,
    );
    const loaded = loadProgress(storage).progress;
    expect(loaded.skills).toEqual({ evaluation: 'solid' });
    expect(loaded.plan).toEqual({ hoursPerWeek: 4, start: '2027-01-04', calendar: 'weeks' });
    const reread = readProgressText(serializeProgress(loaded, new Date('2026-11-30T00:00:00Z')));
    expect(reread.ok && reread.progress).toEqual(loaded);
  });

  test('a plan setting given as undefined goes back to the default, and the others stay', () => {
    expect(setPlan(sample(), { start: undefined }).plan).toEqual({ hoursPerWeek: 6, calendar: 'weeks' });
  });

  test('reset forgets the plan and the ratings along with the ticks', () => {
    const storage = fakeStorage(JSON.stringify(sample()));
    resetProgress(storage);
    expect(loadProgress(storage).progress).toEqual(emptyProgress());
    expect(emptyProgress()).toMatchObject({ skills: {}, plan: {} });
  });
});

describe('ids the guide no longer has', () => {
  const known = { milestones: ['m1-build-with-two-apis'], checks: ['skills/evals-vs-vibes'], skills: ['evaluation'] };

  test('unknown ids are moved aside into orphaned, not dropped', () => {
    const { progress, changed } = reconcile(sample(), known);
    expect(changed).toBe(true);
    expect(progress.milestones).toEqual({ 'm1-build-with-two-apis': '2026-11-20' });
    expect(progress.checks).toEqual({ 'skills/evals-vs-vibes': 'know' });
    expect(progress.skills).toEqual({ evaluation: 'some' });
    expect(progress.orphaned).toEqual({
      milestones: { 'm2-first-rag': true },
      checks: { 'salary/tc-vs-base': 'not-yet' },
      skills: { 'retrieval-rag': 'solid' },
    });
    expect(progress.plan).toEqual(sample().plan);
    expect(orphanCount(progress)).toBe(3);
  });

  test('an orphaned id that the guide has again comes back', () => {
    const aside = reconcile(sample(), known).progress;
    const back = reconcile(aside, {
      milestones: [...known.milestones, 'm2-first-rag'],
      checks: known.checks,
      skills: known.skills,
    });
    expect(back.progress.milestones['m2-first-rag']).toBe(true);
    expect(back.progress.orphaned.milestones).toEqual({});
  });

  test('progress whose ids are all known is returned unchanged', () => {
    const all = {
      milestones: Object.keys(sample().milestones),
      checks: Object.keys(sample().checks),
      skills: Object.keys(sample().skills),
    };
    const p = sample();
    expect(reconcile(p, all)).toEqual({ progress: p, changed: false });
  });

  test('orphaned entries survive a save, a load and an export', () => {
    const storage = fakeStorage();
    const aside = reconcile(sample(), known).progress;
    replaceProgress(aside, storage);
    const loaded = loadProgress(storage).progress;
    expect(loaded.orphaned).toEqual(aside.orphaned);
    const reread = readProgressText(serializeProgress(loaded, new Date()));
    expect(reread.ok && reread.progress.orphaned).toEqual(aside.orphaned);
  });
});

describe('the reading record in the progress file', () => {
  test('it is saved, exported and imported with the rest', () => {
    const storage = fakeStorage();
    updateProgress((p) => ({ ...p, seen: sample().seen }), storage);
    const loaded = loadProgress(storage).progress;
    expect(loaded.seen).toEqual(sample().seen);
    const file = serializeProgress(loaded, new Date('2026-12-01T00:00:00Z'));
    expect(JSON.parse(file).seen).toEqual(sample().seen);
    const reread = readProgressText(file);
    expect(reread.ok && reread.progress.seen).toEqual(sample().seen);
  });

  test('a bad import leaves the saved record as it was', () => {
    const storage = fakeStorage(JSON.stringify(sample()));
    const before = storage.data.get(PROGRESS_KEY);
    for (const text of [
      'not json',
      JSON.stringify({ version: 3, milestones: {}, checks: {}, seen: { salary: { at: 'someday', sections: {} } } }),
    ]) {
      const read = readProgressText(text);
      expect(read.ok).toBe(false);
    }
    expect(storage.data.get(PROGRESS_KEY)).toBe(before);
    expect(loadProgress(storage).progress.seen).toEqual(sample().seen);
  });

  test('reset forgets it along with everything else', () => {
    const storage = fakeStorage(JSON.stringify(sample()));
    resetProgress(storage);
    expect(loadProgress(storage).progress.seen).toEqual({});
  });
});

describe('renamed milestones and questions', () => {
  const renamed = {
    milestones: { 'm2-first-rag': 'm2-first-retrieval-app' },
    checks: { 'salary/tc-vs-base': 'salary/negotiate-in-tc' },
  };
  const known = {
    milestones: ['m1-build-with-two-apis', 'm2-first-retrieval-app'],
    checks: ['skills/evals-vs-vibes', 'salary/negotiate-in-tc'],
    skills: ['evaluation', 'retrieval-rag'],
    renamed,
  };

  test('a tick and an answer under a former id move to the current id instead of being set aside', () => {
    const { progress, changed } = reconcile(sample(), known);
    expect(changed).toBe(true);
    expect(progress.milestones).toEqual({ 'm1-build-with-two-apis': '2026-11-20', 'm2-first-retrieval-app': true });
    expect(progress.checks).toEqual({ 'skills/evals-vs-vibes': 'know', 'salary/negotiate-in-tc': 'not-yet' });
    expect(orphanCount(progress)).toBe(0);
  });

  test('one set aside under a former id (an older build) comes back under the current id', () => {
    const aside = reconcile(sample(), { ...known, renamed: undefined }).progress;
    expect(aside.orphaned.milestones).toEqual({ 'm2-first-rag': true });
    const back = reconcile(aside, known).progress;
    expect(back.milestones['m2-first-retrieval-app']).toBe(true);
    expect(back.orphaned.milestones).toEqual({});
  });

  test('a tick the current id already has wins over the one under the former id', () => {
    const both = setMilestone(sample(), 'm2-first-retrieval-app', true, '2026-12-01');
    expect(renameIds(both, renamed).milestones['m2-first-retrieval-app']).toBe('2026-12-01');
    expect(renameIds(both, renamed).milestones['m2-first-rag']).toBeUndefined();
  });

  test('progress with nothing under a former id is returned as it is', () => {
    const p = emptyProgress();
    expect(renameIds(p, renamed)).toBe(p);
  });

  test('a tick whose item is gone, with no new id for it, is still set aside rather than dropped', () => {
    const { progress } = reconcile(sample(), { ...known, renamed: { milestones: {}, checks: {} } });
    expect(progress.orphaned.milestones).toEqual({ 'm2-first-rag': true });
  });
});

// ---- Version 3: the job posting reader's part (the plan's focus and a kept posting) ----

/** A file written by the guide before the posting reader (format 2), exactly as its export wrote it. */
const v2PlanFile = {
  version: 2,
  milestones: { 'm1-build-with-two-apis': '2026-11-20' },
  checks: { 'skills/evals-vs-vibes': 'know' },
  skills: { evaluation: 'some' },
  plan: { hoursPerWeek: 6, calendar: 'weeks' },
  orphaned: { milestones: {}, checks: {}, skills: { 'gone-skill': 'solid' } },
  exportedAt: '2026-12-01T10:00:00.000Z',
};
const posting = {
  text: 'Senior AI Engineer\nRequirements: RAG, evals.',
  savedAt: '2026-12-06',
  level: 'senior' as const,
};

describe('version 3: what the job posting reader keeps', () => {
  test('a version 2 file migrates with everything kept, nothing put first and no posting', () => {
    const read = readProgressText(JSON.stringify(v2PlanFile));
    expect(read).toMatchObject({ ok: true, from: 2 });
    const { exportedAt: _, ...rest } = v2PlanFile;
    expect(read.ok && read.progress).toEqual({ ...rest, version: 3, seen: {} });
    expect(read.ok && read.progress).not.toHaveProperty('posting');
  });

  test('a version 2 entry in storage is rewritten once as version 3, and then reads as it is', () => {
    const storage = fakeStorage(JSON.stringify(v2PlanFile));
    expect(loadProgress(storage)).toMatchObject({ state: 'ok', writable: true, migratedFrom: 2 });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({
      version: 3,
      skills: { evaluation: 'some' },
      plan: { hoursPerWeek: 6, calendar: 'weeks' },
    });
    expect(loadProgress(storage).migratedFrom).toBeUndefined();
  });

  test('the migration does not touch the version 2 progress it starts from', () => {
    const { exportedAt: _, ...old } = v2PlanFile;
    const copy = structuredClone(old);
    migrateV2(old as never);
    expect(old).toEqual(copy);
  });

  test('a kept posting and the milestones put first are saved, exported and imported with the rest', () => {
    const storage = fakeStorage();
    updateProgress(
      (p) => setPlan(setPosting(p, posting), { focus: ['m2-build-eval-harness', 'm2-build-rag-without-framework'] }),
      storage,
    );
    const loaded = loadProgress(storage).progress;
    expect(loaded.posting).toEqual(posting);
    expect(loaded.plan.focus).toEqual(['m2-build-eval-harness', 'm2-build-rag-without-framework']);
    const exported = serializeProgress(loaded, new Date('2026-12-06T12:00:00Z'));
    expect(JSON.parse(exported).posting.text).toBe(posting.text);
    expect(readProgressText(exported)).toEqual({ ok: true, progress: loaded, from: 3 });
  });

  test('a kept posting is removed on its own, leaving the rest; reset removes it with everything', () => {
    const storage = fakeStorage(JSON.stringify({ ...sample(), posting }));
    const { progress } = updateProgress((p) => setPosting(p, undefined), storage);
    expect(progress).not.toHaveProperty('posting');
    expect(progress.milestones).toEqual(sample().milestones);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).not.toHaveProperty('posting');
    updateProgress((p) => setPosting(p, posting), storage);
    resetProgress(storage);
    expect(loadProgress(storage).progress).not.toHaveProperty('posting');
  });

  test('a file from a newer format is refused, and one in storage is never overwritten by the reader', () => {
    const newer = JSON.stringify({ version: 4, milestones: {}, checks: {}, posting: { text: 'x' }, seen: {} });
    expect(readProgressText(newer)).toMatchObject({ ok: false, problem: 'newer' });
    const storage = fakeStorage(newer);
    expect(updateProgress((p) => setPosting(p, posting), storage).ok).toBe(false);
    expect(replaceProgress(sample(), storage).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
  });

  test.each([
    ['a posting with no text', { posting: { text: '', savedAt: '2026-12-06' } }],
    ['a posting longer than the reader reads', { posting: { text: 'x'.repeat(50_001), savedAt: '2026-12-06' } }],
    ['a posting without the day it was kept', { posting: { text: 'Senior AI Engineer' } }],
    [
      'a posting at a level the reader does not offer',
      { posting: { text: 'x', savedAt: '2026-12-06', level: 'wizard' } },
    ],
    ['milestones put first that are not ids', { plan: { focus: ['Not An Id'] } }],
    ['milestones put first given as one id', { plan: { focus: 'm1-build-with-two-apis' } }],
  ])('a bad version 3 file is refused and loses nothing: %s', (_, extra) => {
    const storage = fakeStorage(JSON.stringify(sample()));
    const read = readProgress({ ...sample(), ...extra });
    expect(read).toEqual({ ok: false, problem: 'foreign', message: MESSAGES.foreign });
    expect(loadProgress(storage).progress).toEqual(sample());
  });
});

describe('milestones a posting put first, when editors rename one', () => {
  test('the renamed milestone keeps its place at the front of the plan', () => {
    const p = setPlan(sample(), { focus: ['m2-first-rag', 'm1-build-with-two-apis'] });
    const moved = renameIds(p, { milestones: { 'm2-first-rag': 'm2-first-retrieval-app' } });
    expect(moved.plan).toEqual({ ...p.plan, focus: ['m2-first-retrieval-app', 'm1-build-with-two-apis'] });
  });

  test('a focus list with nothing renamed is left as it is', () => {
    const p = setPlan(emptyProgress(), { focus: ['m1-build-with-two-apis'] });
    expect(renameIds(p, { milestones: { 'm2-first-rag': 'm2-first-retrieval-app' } })).toBe(p);
  });
});
