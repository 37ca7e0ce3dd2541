/**
 * Where exercise videos from YouTube and Vimeo are embedded from. The video component
 * builds its iframe addresses on these, and the site's Content-Security-Policy lets
 * frames load from these origins and no others.
 */
export const VIDEO_EMBED_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const
