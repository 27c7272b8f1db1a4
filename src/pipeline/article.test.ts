import { describe, expect, it } from 'vitest';
import { articleIdFromPath, parseArticle } from './article';
import { inputErrorOf } from './input-error.test-helper';

const article = (front: string, body = 'First paragraph.\n\nSecond one.') => `---\n${front}\n---\n\n${body}\n`;
const META = 'title: A title\noutlet: Example News\npublished: 2020-01-02';


describe('parseArticle', () => {
  it('reads front matter and paragraphs, joining wrapped lines', () => {
    const a = parseArticle(article(`${META}\nsection: World`, 'One line\nwrapped here.\n\nTwo.'), 'x/My Story.txt');
    expect(a).toMatchObject({ id: 'my-story', title: 'A title', outlet: 'Example News', published: '2020-01-02', section: 'World' });
    expect(a.paragraphs).toEqual(['One line wrapped here.', 'Two.']);
  });

  it('names the line of a malformed front-matter entry', () => {
    const e = inputErrorOf(() => parseArticle(article(`${META}\nthis is not a pair`), 'a.txt'));
    expect(e.format()).toBe('a.txt:5: front matter: expected "key: value", found "this is not a pair"');
  });

  it('rejects unknown keys, missing fields, bad dates, unclosed front matter and empty bodies', () => {
    expect(inputErrorOf(() => parseArticle(article(`${META}\nauthr: x`), 'a.txt')).line).toBe(5);
    expect(inputErrorOf(() => parseArticle(article('title: T\noutlet: O'), 'a.txt')).message).toMatch(/"published" is missing/);
    expect(inputErrorOf(() => parseArticle(article('title: T\noutlet: O\npublished: May 2019'), 'a.txt')).format()).toMatch(
      /^a\.txt:4: .*must be a date/,
    );
    expect(inputErrorOf(() => parseArticle(`---\n${META}\nno end`, 'a.txt')).message).toMatch(/never closed/);
    expect(inputErrorOf(() => parseArticle(article(META, '   \n'), 'a.txt')).message).toMatch(/no text/);
  });

  it('derives stable ids from file names', () => {
    expect(articleIdFromPath('data/articles/Telesur 2019_05.TXT')).toBe('telesur-2019-05');
  });
});
