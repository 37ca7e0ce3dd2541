/**
 * The calm page a visitor gets when a page cannot be shown right now (the database is
 * away and there is no good copy): the app server's (lib/server/page-cache.ts) and the
 * caching proxy's (deploy/nginx/proxy.conf.template, kept the same by a unit test).
 * It says when it tries again, and does so on its own.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5

export const UNAVAILABLE_PAGE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="15"><title>Back in a moment | B The Method</title><style>body{margin:0;min-height:100vh;display:grid;place-items:center;background:#fbf8f3;color:#2b2621;font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif}main{max-width:32rem;padding:2rem;text-align:center}h1{font-weight:600;font-size:1.6rem;margin:0 0 .75rem}p{color:#5b524a}a{color:#9a4a2c}</style></head><body><main><h1>Back in a moment</h1><p>This page is taking a short breath. It will be back within a few seconds; this page tries again on its own.</p><p><a href="/">Go to the home page</a></p></main></body></html>\n'
