// The one list of components editors may use in MDX. Everything that needs to know about them reads it:
// the MDX wiring (each chapter imports the ones it uses, src/build-plugins/mdx-component-imports.mjs), the content
// rules (an unknown name is an error that prints this list), the id checks (props that name entries of a
// collection), the anchor checks (the ids a component draws), the plain-text edition (llms-full.txt) and
// CONTRIBUTING.md. Plain data, no .astro imports, so that unit tests and build scripts can read it.
//
// To add a component: write src/components/content/<Name>.astro, with its styles in its own <style> block, and add
// an entry here (a unit test fails until the two agree).
import { citationId } from './routes';

export interface ContentComponent {
  /** One line for editors: what it shows. Printed in CONTRIBUTING and in the unknown-component error. */
  summary: string;
  /** Props that take ids, and the collection (content/<collection>/) each id must exist in. */
  ids?: Record<string, string>;
  /** Draws guide data (a table or list): plain text points to the page instead. */
  data?: boolean;
  /**
   * The ids it draws on the page, which links may point to (#anchor): from its props as written, and the ids of the
   * collections' entries. `npm run check:content` checks links to anchors against them before anything is rendered.
   */
  anchors?: (props: Record<string, string>, entries: Partial<Record<string, string[]>>) => string[];
}

/** The ids a prop lists, separated by spaces or commas (`s="s1 s3"`). */
export const idList = (text = '') => text.split(/[\s,]+/).filter(Boolean);

export const CONTENT_COMPONENTS = {
  ShortAnswer: {
    summary: 'the answer a chapter opens with: three to six points, or a small table',
    anchors: () => ['short-answer'],
  },
  Callout: { summary: 'a boxed aside: type="note|tip|warning|disagreement", optional title' },
  Cite: { summary: 'a citation mark: s="s1 s3"', ids: { s: 'sources' }, anchors: ({ s }) => idList(s).map(citationId) },
  Pay: { summary: 'a salary band printed from the data: band="s1-senior"', ids: { band: 'salary-bands' } },
  CompanyList: { summary: 'companies by group', ids: { source: 'sources', group: 'company-groups' }, data: true },
  SalaryBands: { summary: 'the salary bands table', ids: { source: 'sources' }, data: true },
  SkillsTable: { summary: 'the skills table: layer, priority', data: true },
  LearningPath: { summary: 'the learning-path stages and milestones', data: true },
  Roadmap: {
    summary: 'the learning path at a glance: its stages in order, with a link to the whole diagram',
    data: true,
  },
  StudyPlan: {
    summary: "the reader's study plan: dates for the milestones at their hours a week, and a calendar file",
    data: true,
  },
  RolesTable: { summary: 'roles compared', data: true },
  WorkedOffer: {
    summary:
      "the salary chapter's worked offer: two invented offers year by year, and a link that opens them in the offer calculator",
    data: true,
  },
  FaqList: { summary: 'the questions in content/faq/', data: true, anchors: (_, entries) => entries.faq ?? [] },
  GlossaryList: {
    summary: 'the terms in content/glossary/',
    data: true,
    anchors: (_, entries) => entries.glossary ?? [],
  },
  SourceList: {
    summary: 'every source in content/sources/',
    data: true,
    anchors: (_, entries) => (entries.sources ?? []).flatMap((id) => [id, `${id}-title`]),
  },
  PathHours: {
    summary:
      "the learning path's total hours by the guide's estimates, and the weeks at 10 hours a week, as inline text",
  },
} as const satisfies Record<string, ContentComponent>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

const entries = Object.entries(CONTENT_COMPONENTS) as [ContentComponentName, ContentComponent][];

/** The names editors may write, in the registry's order. */
export const COMPONENT_NAMES = entries.map(([name]) => name);

export const isContentComponent = (name: string): name is ContentComponentName =>
  Object.hasOwn(CONTENT_COMPONENTS, name);

/** Every prop that takes ids: `<Pay band>` names a salary band, `<Cite s>` sources... */
export const COMPONENT_IDS = entries.flatMap(([tag, c]) =>
  Object.entries(c.ids ?? {}).map(([attr, collection]) => ({ tag, attr, collection })),
);

/** The components that draw guide data (tables, lists, the learning path). */
export const DATA_COMPONENTS = entries.filter(([, c]) => c.data).map(([name]) => name);

/** The ids a component, as written with these props, draws on the page (none for one that draws no anchor). */
export const componentAnchors = (
  name: string,
  props: Record<string, string>,
  collections: Partial<Record<string, string[]>>,
): string[] =>
  isContentComponent(name) ? ((CONTENT_COMPONENTS[name] as ContentComponent).anchors?.(props, collections) ?? []) : [];
