// Where the site lives. Operators set these through the environment; the defaults serve it locally.
//   SITE_URL   the origin, e.g. https://guide.example.org   (default http://localhost:4321)
//   BASE_PATH  a subpath such as /ai-engineer-guide/       (default /)
//   REPO_URL   the repository, for "Edit this page" links
import { normaliseBase } from './src/lib/routes.ts';

export const siteConfig = {
  title: 'AI Engineer Guide',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: normaliseBase(process.env.BASE_PATH),
  repoUrl: process.env.REPO_URL ?? 'https://github.com/ai-engineer-guide/ai-engineer-guide',
  repoBranch: process.env.REPO_BRANCH ?? 'main',
};
