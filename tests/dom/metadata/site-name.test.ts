import { describe, expect, test } from 'vitest';
import { chooseSiteName, cleanSiteName } from '../../../dom/metadata/site-name';

/** The outlet's name: the most specific readable form among the names the page gives. */

const choose = (publisher: string | null, declared: string | null, documentTitle: string | null, pageUrl: string | null) =>
  chooseSiteName({ publisher, declared, documentTitle, pageUrl });

describe('chooseSiteName', () => {
  test.each([
    ['the JSON-LD publisher first', 'Valley Post', 'Valley', 'Floods - Valley Post', null, 'Valley Post', 'publisher'],
    ['og:site_name, spelled as the title spells it', null, 'HarborSun', 'Floods | Harbor Sun', null, 'Harbor Sun', 'site name'],
    ['the brand’s news publication named by the title', null, 'Quickfeed', 'Floods - Quickfeed News', null, 'Quickfeed News', 'title'],
    ['a publication hosted on a platform', null, 'Medium', 'Inside the Lab — Tidewater Review — Medium', 'https://medium.com/tidewater-review/inside-the-lab-9f1', 'Tidewater Review', 'title'],
    ['the title tail, without its domain ending', null, null, 'The sharing economy is a lie - Harbor.com', null, 'Harbor', 'title'],
    ['the masthead, not the company that publishes it', 'Fjord Media A/S', 'Fjordposten', 'Floods - Fjordposten', null, 'Fjordposten', 'site name'],
    ['the masthead, not its publishing AG', 'Nordkurier Verlag AG', 'Talpost', 'Hochwasser | Talpost', null, 'Talpost', 'site name'],
    ['a company publisher without a site name, without its legal form', 'Harbor Holdings Ltd', null, 'Floods', null, 'Harbor Holdings', 'publisher'],
    ['the address when nothing else names the site', null, null, 'Floods', 'https://www.valley-post.example/floods', 'Valley Post', 'address'],
  ])('%s', (_name, publisher, declared, title, url, name, from) => {
    expect(choose(publisher, declared, title, url)).toEqual({ name, from });
  });

  test.each([
    ['a section between headline and outlet is no publication', null, 'The Ledger', 'Floods | Environment | The Ledger', 'https://ledger.example/environment/2024/floods', 'The Ledger'],
    ['a brand’s section tail does not replace the brand', null, 'Ledger', 'Floods - Ledger Politics', null, 'Ledger'],
  ])('%s', (_name, publisher, declared, title, url, name) => {
    expect(choose(publisher, declared, title, url).name).toBe(name);
  });
});

describe('cleanSiteName', () => {
  test.each([
    ['Fandom powered by Wikia', 'Fandom'],
    ['Harbor Portal News - Latest News & Headlines', 'Harbor Portal News'],
    ['Salon.com', 'Salon'],
    ['Valley Press GmbH & Co. KG', 'Valley Press'],
    ['Fjord Media A/S', 'Fjord Media'],
    ['Harbor Post S.A.', 'Harbor Post'],
    // A name that merely ends in a short word keeps it.
    ['Das Blatt', 'Das Blatt'],
  ])('%s → %s', (raw, name) => {
    expect(cleanSiteName(raw)).toBe(name);
  });
});
