// The data and tools pages, in the order the sidebar, the home page and /data/ list them (DataPageList.astro).
import { PAGES } from '../../lib/routes';

export const DATA_PAGES = [
  {
    path: PAGES.salaries,
    title: 'Salary explorer',
    blurb: 'Every pay band on one chart and in one table, by level and source, with filters.',
  },
  {
    path: PAGES.offer,
    title: 'Offer calculator',
    blurb:
      'An offer year by year (base, bonus, sign-on, vesting equity), up to three side by side, against the sourced bands.',
  },
  {
    path: PAGES.companies,
    title: 'Companies',
    blurb: 'The employers the sources name, grouped the way each source groups them.',
  },
  {
    path: PAGES.skills,
    title: 'Skills matrix',
    blurb: 'Skills by layer and priority, with what good looks like and the evidence to show.',
  },
  {
    path: PAGES.posting,
    title: 'Job posting reader',
    blurb:
      'Paste a job posting: the skills it asks for, your gap in learning-path hours, its pay against the bands, and what to question.',
  },
  {
    path: PAGES.roles,
    title: 'Roles compared',
    blurb: 'The AI engineer next to six neighbouring roles, along the questions the sources ask.',
  },
  {
    path: PAGES.roadmap,
    title: 'Roadmap',
    blurb:
      'The learning path as one picture: the stages in order, each milestone with its hours and the skills it builds, and your progress on it.',
  },
  {
    path: PAGES.progress,
    title: 'Your progress',
    blurb:
      'Tick off the learning path, plan it on dates that fit your week, and see what to revisit. Kept in this browser only.',
  },
] as const;
