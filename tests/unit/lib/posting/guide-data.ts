// The guide's own data as the posting reader's page hands it to the browser, read from content/ (the tests run
// without a build) with the build's schemas: every skill's phrases, the milestones with their hours and skills, and
// the salary bands.
import { readCollection } from '../../../../src/lib/read-content';

export const skills = readCollection('skills').map((s) => ({ id: s.id, phrases: s.data.phrases }));
export const milestones = readCollection('learning-path').flatMap((s) =>
  s.data.milestones.map((m) => ({ id: m.id, hours: m.hours, skills: m.skills.map((k) => k.id) })),
);
export const bands = readCollection('salary-bands').map((b) => ({ id: b.id, ...b.data, source: b.data.source.id }));
