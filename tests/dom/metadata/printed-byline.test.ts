import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

/** Bylines that pages show without the markup the first readers looked for, and look-alikes that are none. */

function authors(head: string, body: string): string[] {
  const doc = page(`<!doctype html><html lang="en"><head><title>Floods cut off villages | Valley Post</title>${head}</head><body>${body}</body></html>`);
  return readArticleMetadata(doc, readMetadata(doc, null)).authors;
}

describe('a byline read from the page', () => {
  test.each([
    ['a plain "By" line under the headline', '<h1>Floods cut off villages</h1><p>By <a href="/w/nia">Nia Brook</a></p><p>The river rose overnight.</p>', ['Nia Brook']],
    ['a "By" line with a date and a programme after it', '<h1>Floods cut off villages</h1><p><span>by <b><a href="/s/ana">Ana Ruiz</a> and <a href="/s/tom">Tom Lee</a> | Morning Show</b></span></p>', ['Ana Ruiz', 'Tom Lee']],
    ['a German "Von" line', '<h1>Floods cut off villages</h1><div>Von Anna Berg</div>', ['Anna Berg']],
    ['a Russian "Автор" line', '<h1>Floods cut off villages</h1><div>Автор: Иван Петров</div>', ['Иван Петров']],
    ['a byline in the story header above the headline', '<article><header><div><div class="rubric">Reviews</div><div class="bylines"><p class="byline">Parker Vale</p></div></div><div><h1>Floods cut off villages</h1></div></header><p>Text.</p></article>', ['Parker Vale']],
    ['a byline whose element also hides an author box', '<h1>Floods cut off villages</h1><div class="author">By J Vignesh, ET Bureau <div class="author_box"><p>J Vignesh writes about start-ups and has covered the city’s technology scene for the paper since the year it opened its office in the old market district, and before that wrote for a weekly.</p></div></div>', ['J Vignesh']],
    ['a byline inside a layout wrapper named like a sidebar', '<h1>Floods cut off villages</h1><div id="sticky-sidebar"><main><article><span class="author">By Greg Vale</span><p>Text.</p></article></main></div>', ['Greg Vale']],
    ['a meta author when the byline shown names nobody', '<meta name="author" content="Lauren Sorra">', ['Lauren Sorra']],
  ])('%s', (_name, bodyOrHead, names) => {
    const isHead = bodyOrHead.startsWith('<meta');
    const body = isHead ? '<h1>Floods cut off villages</h1><p class="AuthorReach_container">Reach the writer at the desk.</p>' : bodyOrHead;
    expect(authors(isHead ? bodyOrHead : '', body)).toEqual(names);
  });
});

describe('no byline', () => {
  test.each([
    ['a sentence that opens with "By"', '<h1>Floods cut off villages</h1><p>By the time the water fell the road was gone.</p>'],
    ['the author of a claim a fact-check reviews', '<h1>Floods cut off villages</h1><div itemscope itemtype="http://schema.org/ClaimReview"><div itemprop="itemReviewed" itemscope itemtype="http://schema.org/CreativeWork"><div itemprop="author" itemscope itemtype="http://schema.org/Person"><div itemprop="name">Mayor Tom Lee</div></div></div></div>'],
    ['a "By" line after the story has started', '<h1>Floods cut off villages</h1><p>The river rose overnight and cut off the valley road, leaving three villages without a way out for most of the day while crews worked to clear the debris and rebuild the washed-out culvert near the old mill.</p><p>The council met at noon and voted to send every crew it had to the valley, and the regional government sent two more by the evening, with diggers and a field kitchen for the crews who would work through the night on the bridge.</p><p>By Ruth Lang</p>'],
    ['an organisation as the structured author', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Eastgate Media"}}</script>'],
  ])('%s', (_name, bodyOrHead) => {
    const isHead = bodyOrHead.startsWith('<script');
    expect(authors(isHead ? bodyOrHead : '', isHead ? '<h1>Floods cut off villages</h1>' : bodyOrHead)).toEqual([]);
  });
});
