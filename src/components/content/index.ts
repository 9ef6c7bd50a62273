// The components editors can use in any chapter without importing them (passed to <Content components>).
// Which names exist, and what each one takes, is the registry (registry.ts); this file only maps each
// name to its component. The `satisfies` below fails `astro check` when the two disagree.
import type { ContentComponentName } from './registry';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Pay from './Pay.astro';
import SalaryBands from './SalaryBands.astro';
import CompanyList from './CompanyList.astro';
import SkillsTable from './SkillsTable.astro';
import LearningPath from './LearningPath.astro';
import RolesTable from './RolesTable.astro';
import FaqList from './FaqList.astro';
import GlossaryList from './GlossaryList.astro';
import SourceList from './SourceList.astro';
import ScrollTable from './ScrollTable.astro';
import CodeBlock from './CodeBlock.astro';
import ShortAnswer from './ShortAnswer.astro';
import StudyPlan from './StudyPlan.astro';

export { DATA_COMPONENTS, usesDataComponents } from './registry';

const editorComponents = { ShortAnswer, Callout, Cite, Pay, SalaryBands, CompanyList, SkillsTable, LearningPath, RolesTable, FaqList, GlossaryList, SourceList, StudyPlan } satisfies Record<
  ContentComponentName,
  unknown
>;

// `table` and `pre` replace the plain HTML elements that Markdown tables and code blocks render to.
export const mdxComponents = { table: ScrollTable, pre: CodeBlock, ...editorComponents };
