// The components editors can use in any chapter without importing them (passed to <Content components>).
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

// `table` and `pre` replace the plain HTML elements that Markdown tables and code blocks render to.
/**
 * The components that draw guide data (tables, lists, the learning path). Their styles (content.css) are
 * a stylesheet of their own that only the chapters using one of them load; see chapters/[slug].astro.
 */
export const DATA_COMPONENTS = ['SalaryBands', 'CompanyList', 'SkillsTable', 'LearningPath', 'RolesTable', 'FaqList', 'GlossaryList', 'SourceList'] as const;

/** Whether a chapter's MDX source uses one of the data components. */
export const usesDataComponents = (body: string) => new RegExp(`<(${DATA_COMPONENTS.join('|')})\\b`).test(body);

export const mdxComponents = { table: ScrollTable, pre: CodeBlock, ShortAnswer, Callout, Cite, Pay, SalaryBands, CompanyList, SkillsTable, LearningPath, RolesTable, FaqList, GlossaryList, SourceList, StudyPlan };
