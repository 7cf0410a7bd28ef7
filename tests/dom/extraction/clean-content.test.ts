import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { cleanContent } from '../../../dom/extraction/clean-content';
import { page } from '../parse';

const PROSE = '<p>The two leaders met in the capital on Wednesday and agreed to extend their energy agreement for another ten years, officials said.</p>';

function cleaned(html: string): string {
  const doc = page(`<div id="root">${PROSE}${html}${PROSE.replace('Wednesday', 'Thursday')}</div>`);
  const root = doc.getElementById('root')!;
  cleanContent(root);
  return articleText(root).text;
}

describe('clean-up removes what readers never count as the article', () => {
  test.each([
    ['newsletter box by name', '<div class="article-newsletter-box"><p>Get our briefing every morning.</p></div>'],
    ['newsletter box by wording', '<p>Sign up for our newsletter</p>'],
    ['required-field notes', '<p>* indicates required</p>'],
    ['membership appeal', '<p>Become a member</p>'],
    ['AI audio notice', '<p>This audio is created with AI assistance</p>'],
    ['"Read also" promo', '<p>Read also: Exports doubled last year, customs data shows</p>'],
    ['"Keep reading" with its links', '<p>Keep reading:</p><ul><li><a href="#">One story</a></li><li><a href="#">Another story</a></li></ul>'],
    ['player controls', '<p>Play Video</p><p>Current Time 0:00</p><p>Fullscreen</p>'],
    ['a caption by class', '<div class="media-caption">The delegations at the start of talks. Image: Press Office</div>'],
    ['a wire-photo caption', '<p>In this photo dated Tuesday, the rocket is installed on a launch pad.</p>'],
    ['a picture credit', '<p>Supporters cheer at the count. (AP Photo/Jane Doe)</p>'],
    ['an author bio', '<p>Jane Doe is a senior reporter covering energy and climate for the paper.</p>'],
    ['a print note', '<div>A version of this article appears in print on Feb. 22, 2019, on Page 22 of the New York edition.</div>'],
    ['a contributor line', '<p>Marcia Dunn in Cape Canaveral contributed to this report.</p>'],
    ['a contributor line with a place', '<p>Wire writer Jane Roe contributed to this report from Hadley.</p>'],
    ['a print note in the past tense', '<div>A version of this article appeared March 3, 2026, on page A1 in the Ledger, with the headline: Bridge Shut.</div>'],
    ['an author bio after its label', '<p><strong>About the author:</strong><br>Jane Doe is a staff writer for the Ledger covering transport. Follow her on social media.</p>'],
    ['a separator', '<p>___</p>'],
    ['an ad label', '<div class="ad">Advertisement</div>'],
    ['a Chinese editor line', '<p>[责任编辑：alonliu]</p>'],
    ['a gallery counter', '<p>1 / 5</p>'],
    ['a copyright line', '<p>Copyright 2008 Hadley Wire. All rights reserved.</p>'],
    ['a wire licence', '<p>This material may not be published, broadcast, rewritten or redistributed.</p>'],
    ['page tools', '<p>Printer friendly page Send this article to Friends by E-Mail</p>'],
    ['a comment form note', '<p>You must Login or Register to post.</p>'],
    ['a comments box by name', '<div id="comments"><p>Great piece, thanks.</p><p>Posted by a reader</p></div>'],
    ['a "see also" box named in German', '<div class="mehr-zum-thema"><p>Der Hafen öffnet wieder</p></div>'],
    ['a heading spelt out letter by letter', '<p>R E L A T E D C O N T E N T</p>'],
    ['a row of menu items', '<p>News | Sport | Business | Tamil Nadu | Other States</p>'],
    ['a JavaScript notice', '<p>This site requires that JavaScript be enabled.</p>'],
    ['a table of linked headlines', '<table><tr><td>-</td><td><a href="#">Harbour reopens after the storm</a></td></tr><tr><td>-</td><td><a href="#">School budget approved by the board</a></td></tr></table>'],
    ['a sidebar by name', '<div class="article-sidebar"><p>Our reporters on the ground send updates every hour.</p></div>'],
    ['a right-hand column by id', '<div id="storycontentright"><h5>Inside the site</h5><p>Upload your videos and browse others.</p></div>'],
    ['a side column named in Spanish', '<div class="barra-lateral"><p>Lo más visto hoy en la portada.</p></div>'],
  ])('%s', (_name, clutter) => {
    const text = cleaned(clutter);
    expect(text.split('\n\n')).toHaveLength(2);
  });
});

describe('clean-up keeps the article', () => {
  test.each([
    ['in-text topic links (NYT "meta-loc")', '<p>Sanctions on <a class="meta-loc" href="#">Sudan</a> will be lifted.</p>', 'Sanctions on Sudan will be lifted.'],
    ['items flagged "no_caption" (BuzzFeed)', '<div class="item no_caption"><h2>The mother described her daughter’s last hours.</h2></div>', 'The mother described'],
    ['a quotation that mentions a photo', '<p>"Nobody wanted this photo taken," the chair said.</p>', 'Nobody wanted this photo taken'],
    ['a list that belongs to the story', '<ul><li>Skerra: 6.60 to 7.40</li><li>Holm: 8.20 to 9.20</li></ul>', 'Holm: 8.20 to 9.20'],
    ['commentary by name', '<div class="commentary"><p>The deal, the minister said, was a fair one for both sides.</p></div>', 'a fair one'],
    ['a paragraph on copyright', '<p>Copyright holders won the case on Monday, the court said.</p>', 'Copyright holders won'],
    ['a sentence with bars in it', '<p>The vote was 4 | 3 on the first count, then 5 | 2 on the second, and the motion | the amendment both passed easily in the end.</p>', 'the motion'],
    ['a paragraph whose class names a side of the page only as a word', '<p class="copy-left-aligned">The fares had risen twice as fast as wages, the report said.</p>', 'twice as fast'],
    ['a paragraph with one link', '<p>The report, <a href="#">published on Monday</a>, found the fares had risen twice as fast as wages.</p>', 'found the fares'],
  ])('%s', (_name, html, kept) => {
    expect(cleaned(html)).toContain(kept);
  });

  test('a repeated paragraph is kept once', () => {
    const text = cleaned('<p>The caption that a gallery prints twice for the same picture.</p><p>The caption that a gallery prints twice for the same picture.</p>');
    expect(text.match(/gallery prints twice/g)).toHaveLength(1);
  });

  test('a story printed twice keeps both copies (the page’s own text, as people marked it)', () => {
    const story = ['ferries', 'buses', 'trams', 'trains'].map((kind) => `<p>The ${kind} will run every half hour from Monday, the transport office said on Friday.</p>`).join('');
    const text = cleaned(`<div>${story}</div><div class="print">${story}</div>`);
    expect(text.match(/The trams will run/g)).toHaveLength(2);
  });
});

describe('the lines above the story', () => {
  const LONG = `<p>${'The two leaders met in the capital on Wednesday and agreed to extend their energy agreement. '.repeat(6)}</p>`;
  function top(html: string, headline: string | null = null): string {
    const doc = page(`<div id="root"><div class="page">${html}${LONG}</div></div>`);
    const root = doc.getElementById('root')!;
    cleanContent(root, headline);
    return articleText(root).text;
  }

  test('a byline and a date line inside the article’s wrapper go', () => {
    const text = top('<p>By Ana Ruiz</p><p>March 12, 2025</p>');
    expect(text).not.toContain('Ana Ruiz');
    expect(text).not.toContain('March 12');
    expect(text).toContain('The two leaders met');
  });

  test('a headline Readability left at the top goes when it is the title', () => {
    expect(top('<h2>申禄港轮渡今起恢复通航</h2>', '申禄港轮渡今起恢复通航')).not.toContain('申禄港');
    expect(top('<h2>申禄港轮渡今起恢复通航</h2>', '另一个标题')).toContain('申禄港');
  });
});
