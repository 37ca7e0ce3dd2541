/**
 * What a storefront theme puts around a blog post: skip links, navigation, "Back to blog",
 * share buttons, newsletter forms, comments, footers. Used to find and drop it in saved
 * pages (selectors) and in text copied from a page (whole lines).
 */

/** A line that is only theme chrome, in text copied from a page. */
export const CHROME_LINE =
  /^(skip to (main )?content|back to (the )?(blog|journal|news|articles?)|← ?back|back|share( this( post| article)?)?( on (facebook|x|twitter|pinterest|linkedin|whatsapp))?|tweet|pin( it)?|facebook|twitter|pinterest|linkedin|email|copy link|(previous|next|older|newer) (post|article)|read more|leave a comment|\d+ comments?|menu|search|cart|log ?in|account|close|subscribe|tags?:?)$/i

/** Elements that are never part of the article text. */
export const CHROME_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'footer', 'aside', 'dialog',
  'header:not(article header)', '[role=banner]', '[role=navigation]', '[role=contentinfo]', '[role=search]', '[role=dialog]',
  '.skip-link', '.skip-to-content', '[href="#MainContent"]', '[href="#main"]', '[href="#content"]',
  '.share', '.social-sharing', '.share-buttons', '[class*="share-"]', '[class*="social"]', '[class*="sharing"]',
  '.breadcrumb', '.breadcrumbs', '[aria-label="breadcrumbs" i]',
  '.comments', '#comments', '.comment-form', '.article__comments', '.blog-post__comments',
  '.newsletter', '[class*="newsletter"]', '.article__tags', '.blog-post__tags', '.tags', '[rel=tag]',
  '.article__back', '.blog-post__back', '.article-template__back', '.pagination', '.article__pagination',
  '.visually-hidden', '.sr-only', '[hidden]', '[aria-hidden=true]',
]

/** Where the article itself usually is, most specific first. */
export const ARTICLE_SELECTORS = [
  '[itemprop=articleBody]',
  '.article__content',
  '.article-template__content',
  '.blog-post__content',
  '.entry-content',
  '.post-content',
  '.article-content',
  '.rte',
  'article',
  '[role=main]',
  'main',
  '.article',
  '.post',
  '#content',
  'body',
]
