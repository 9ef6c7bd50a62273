// The components that replace the plain HTML elements Markdown renders, passed to each chapter's
// <Content components>: tables and code blocks, which most chapters have. The components editors write by name are
// listed once, in src/lib/content-components.ts; each chapter imports the ones it uses at build time
// (src/build-plugins/mdx-component-imports.mjs), so a chapter page loads the styles of exactly those.
import ScrollTable from './ScrollTable.astro';
import CodeBlock from './CodeBlock.astro';

export const mdxComponents = { table: ScrollTable, pre: CodeBlock };
