// The components editors can use in any chapter without importing them. Each chapter imports the ones it uses,
// added at build time by src/build-plugins/mdx-component-imports.mjs, so a chapter page loads the styles of
// exactly the components it renders. Which names exist, and what each one takes, is the registry (src/lib/content-components.ts).
// The type-only imports below fail `astro check` when the registry names a component that has no file here.
import type { ContentComponentName } from '../../lib/content-components';
import type Callout from './Callout.astro';
import type Cite from './Cite.astro';
import type Pay from './Pay.astro';
import type SalaryBands from './SalaryBands.astro';
import type CompanyList from './CompanyList.astro';
import type SkillsTable from './SkillsTable.astro';
import type LearningPath from './LearningPath.astro';
import type RolesTable from './RolesTable.astro';
import type FaqList from './FaqList.astro';
import type GlossaryList from './GlossaryList.astro';
import type SourceList from './SourceList.astro';
import type ShortAnswer from './ShortAnswer.astro';
import type StudyPlan from './StudyPlan.astro';
import ScrollTable from './ScrollTable.astro';
import CodeBlock from './CodeBlock.astro';

export { DATA_COMPONENTS } from '../../lib/content-components';

type EditorComponents = {
  ShortAnswer: typeof ShortAnswer; Callout: typeof Callout; Cite: typeof Cite; Pay: typeof Pay; SalaryBands: typeof SalaryBands;
  CompanyList: typeof CompanyList; SkillsTable: typeof SkillsTable; LearningPath: typeof LearningPath; RolesTable: typeof RolesTable;
  FaqList: typeof FaqList; GlossaryList: typeof GlossaryList; SourceList: typeof SourceList; StudyPlan: typeof StudyPlan;
};
/** `true` only when the registry and the components above name the same set. */
type Agree = [keyof EditorComponents] extends [ContentComponentName] ? ([ContentComponentName] extends [keyof EditorComponents] ? true : false) : false;
export const registryAgrees: Agree = true;

// `table` and `pre` replace the plain HTML elements that Markdown tables and code blocks render to (in most chapters).
export const mdxComponents = { table: ScrollTable, pre: CodeBlock };
