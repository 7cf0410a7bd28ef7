import { reasonSign, type NewsReason, type NewsSignalId } from '../core/detection/news-signals';
import { message } from '../platform/i18n';

/**
 * The words for the news detector's reasons, one per signal of the tuning table. Every
 * name is written out in a call of its own, so tests/i18n finds it in the catalogue; the
 * record's type makes a signal without words a compile error.
 */

const REASONS: Record<NewsSignalId, (evidence: string) => string> = {
  'front-page': () => message('news_reason_front_page'),
  'listing-address': () => message('news_reason_listing_address'),
  'non-news-host': () => message('news_reason_non_news_host'),
  'non-news-section': () => message('news_reason_non_news_section'),
  'medium-host': () => message('news_reason_medium_host'),
  'news-section-address': () => message('news_reason_news_section_address'),
  'date-in-address': () => message('news_reason_date_in_address'),
  'headline-slug': () => message('news_reason_headline_slug'),
  'blog-platform-name': (e) => message('news_reason_blog_platform_name', e),
  'news-type': () => message('news_reason_news_type'),
  'news-type-on-blog': () => message('news_reason_news_type_on_blog'),
  'article-type': () => message('news_reason_article_type'),
  'blog-post-type': () => message('news_reason_blog_post_type'),
  'news-publisher': () => message('news_reason_news_publisher'),
  'non-article-type': (e) => message('news_reason_non_article_type', e),
  'non-article-type-beside-news': (e) => message('news_reason_non_article_type_beside_news', e),
  'og-article': () => message('news_reason_og_article'),
  'og-not-article': (e) => message('news_reason_og_not_article', e),
  'published-time': () => message('news_reason_published_time'),
  'named-author': () => message('news_reason_named_author'),
  'personal-site': () => message('news_reason_personal_site'),
  'news-keywords': () => message('news_reason_news_keywords'),
  'named-section': () => message('news_reason_named_section'),
  'how-to-title': () => message('news_reason_how_to_title'),
  'scholarly-paper': () => message('news_reason_scholarly_paper'),
  'reference-software': (e) => message('news_reason_reference_software', e),
  'site-builder': (e) => message('news_reason_site_builder', e),
  'news-menus': (e) => message('news_reason_news_menus', e),
  'organisation-menus': (e) => message('news_reason_organisation_menus', e),
  'organisation-menus-many': (e) => message('news_reason_organisation_menus_many', e),
  'article-teasers': (e) => message('news_reason_article_teasers', e),
  'lead-dateline': () => message('news_reason_lead_dateline'),
  'no-body': () => message('news_reason_no_body'),
  'shadow-content': () => message('news_reason_shadow_content'),
  'framed-article': () => message('news_reason_framed_article'),
  'framed-article-pull': () => message('news_reason_framed_article_pull'),
  'readable-body': () => message('news_reason_readable_body'),
  'unreadable-body': () => message('news_reason_unreadable_body'),
  'text-block': () => message('news_reason_text_block'),
  'dated-dateline': () => message('news_reason_dated_dateline'),
  'place-dateline': () => message('news_reason_place_dateline'),
  'date-under-headline': () => message('news_reason_date_under_headline'),
  'byline-under-headline': () => message('news_reason_byline_under_headline'),
  'quoted-speech': () => message('news_reason_quoted_speech'),
  'wire-credit': (agency) => message('news_reason_wire_credit', agency),
};

/** "+ its address carries a date": for or against news, then the reason in the reader's language. */
export function newsReasonText(reason: NewsReason): string {
  return reasonSign(reason) + REASONS[reason.id](reason.evidence ?? '');
}
