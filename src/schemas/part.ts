/**
 * The parts of the guide, in reading order. A closed set: a chapter's `part` must be one of these ids.
 * Adding a part means adding it here, with its title and a one-line description for the home page.
 */
export const PARTS = [
  {
    id: 'role',
    title: 'The role',
    blurb: 'What an AI engineer is, what the job is not, and how it differs from its neighbours.',
  },
  { id: 'work', title: 'The work', blurb: 'How the days and weeks are actually spent, and what gets measured.' },
  {
    id: 'skills',
    title: 'Skills',
    blurb: 'The three layers of skill, what is a must-have, and which tools to know.',
  },
  {
    id: 'pay',
    title: 'Pay',
    blurb: 'Salary bands with their source and date, where sources disagree, and where they are silent.',
  },
  {
    id: 'hiring',
    title: 'Who hires',
    blurb: 'The kinds of employer that hire AI engineers, how they differ for you, and companies in each group.',
  },
  {
    id: 'path',
    title: 'Getting there',
    blurb: 'A learning path in stages, with milestones, portfolio projects and a study plan.',
  },
  {
    id: 'interviews',
    title: 'Interviews and portfolio',
    blurb: 'What interview loops test and how to build a portfolio you can defend.',
  },
  {
    id: 'growth',
    title: 'Growth and outlook',
    blurb: 'Specialisations, pitfalls to avoid, and where the role is heading.',
  },
  {
    id: 'employers',
    title: 'For hiring managers',
    blurb: 'What founders and managers should look for when they hire AI engineers.',
  },
  { id: 'reference', title: 'Reference', blurb: 'FAQ, glossary, the sources, and how this guide is made.' },
] as const;

export type PartId = (typeof PARTS)[number]['id'];
export const PART_IDS = PARTS.map((p) => p.id) as [PartId, ...PartId[]];
