// The build's content fingerprint (src/lib/fingerprint.ts) of every salary band, company, skill and learning-path
// milestone, by id: two builds whose fingerprints for an entry differ show it differently. Chapter sections carry
// theirs in their own pages (src/components/ChapterBody.astro), where the reading record compares them.
import { getEntries } from '../lib/get-guide';
import { bandFiguresFingerprint, entryFingerprint } from '../lib/fingerprint';

export async function GET() {
  const [bands, companies, skills, stages] = await Promise.all([
    getEntries('salary-bands'),
    getEntries('companies'),
    getEntries('skills'),
    getEntries('learning-path'),
  ]);
  const byId = <T extends { id: string; data: unknown }>(entries: T[]) =>
    Object.fromEntries(entries.map((e) => [e.id, entryFingerprint(e.data)]));
  const body = {
    'salary-bands': Object.fromEntries(
      bands.map((b) => [b.id, { entry: entryFingerprint(b.data), figures: bandFiguresFingerprint(b.data) }]),
    ),
    companies: byId(companies),
    skills: byId(skills),
    milestones: Object.fromEntries(stages.flatMap((s) => s.data.milestones.map((m) => [m.id, entryFingerprint(m)]))),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
