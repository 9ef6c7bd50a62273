import { describe, expect, test } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/plain-text';
import { DATA_COMPONENTS } from '../../../src/lib/content-components';

const ctx = {
  bandRange: (id: string) => (id === 's1-senior' ? '$260K–$420K' : undefined),
  sourceTag: (id: string) => id.toUpperCase(),
  pageUrl: 'https://guide.example.org/chapters/x/',
};

describe('mdxToPlainText', () => {
  test("leaves out editors' comments, MDX's and Markdown's", () => {
    expect(mdxToPlainText('Before {/* an MDX comment */} middle <!-- a Markdown\ncomment --> after.', ctx)).toBe(
      'Before  middle  after.',
    );
  });

  test('writes out figures and citations from the data', () => {
    expect(mdxToPlainText('Pay is <Pay band="s1-senior" /> <Cite s="s1 s3" />.', ctx)).toBe(
      'Pay is $260K–$420K [S1; S3].',
    );
  });

  test("writes out the learning path's hours where <PathHours /> stands", () => {
    expect(
      mdxToPlainText('The path takes <PathHours />.', {
        ...ctx,
        pathHours: () => '240 hours, about 24 weeks at 10 hours a week',
      }),
    ).toBe('The path takes 240 hours, about 24 weeks at 10 hours a week.');
  });

  test('replaces every data component the registry lists with a pointer to the page', () => {
    for (const name of DATA_COMPONENTS) {
      expect(mdxToPlainText(`<${name} />`, ctx)).toMatch(
        /^\(The [a-z ]+ from the guide's data is shown at https:\/\/guide\.example\.org\/chapters\/x\/\.\)$/,
      );
    }
  });

  test('keeps the text inside a short answer under its title, with no component tag left', () => {
    expect(mdxToPlainText('<ShortAnswer>\n- First point.\n</ShortAnswer>', ctx)).toBe(
      '**Short answer**\n\n- First point.',
    );
    expect(mdxToPlainText('<ShortAnswer title="In brief">\n- First point.\n</ShortAnswer>', ctx)).toBe(
      '**In brief**\n\n- First point.',
    );
  });
});
