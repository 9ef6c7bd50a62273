// The guide's own data as the posting reader's page hands it to the browser, read from content/ (the tests run
// without a build): every skill's phrases, the milestones with their hours and skills, and the salary bands.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BandLike } from '../../../../src/lib/offer/compare';

const CONTENT = process.env.GUIDE_CONTENT_DIR ?? 'content';
const entries = <T>(folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => /^[^_].*\.ya?ml$/.test(f))
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...(parse(readFileSync(join(CONTENT, folder, f), 'utf8')) as T) }));

export const skills = entries<{ phrases: string[] }>('skills');
export const milestones = entries<{ order: number; milestones: { id: string; hours: number; skills?: string[] }[] }>('learning-path')
  .sort((a, b) => a.order - b.order)
  .flatMap((s) => s.milestones.map((m) => ({ id: m.id, hours: m.hours, skills: m.skills ?? [] })));
export const bands = entries<Omit<BandLike, 'id'> & { levelLabel: string; source: string; order?: number }>('salary-bands');
