// Prettier formats the code and the docs, as Starlight and the Astro docs do (with its Astro plugin for .astro
// files). `npm run format` writes, `npm run lint` checks, and the pre-commit hook formats the files a commit stages.
// What it leaves alone, and why, is in .prettierignore.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 120,
  singleQuote: true,
  // Markdown keeps its line breaks: prose is wrapped by hand, one sentence or clause a line where it helps a diff.
  proseWrap: 'preserve',
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
