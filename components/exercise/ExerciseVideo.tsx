import { VIDEO_EMBED_ORIGINS } from '@/lib/model/video-embeds'
import type { Exercise } from '@/payload-types'

/** YouTube and Vimeo links as privacy-friendly embed URLs; null for anything else. */
export function embedUrl(url: string): string | null {
  try {
    const parsed = new URL(url)
    const host = parsed.hostname.replace(/^www\./, '')
    if (host === 'youtu.be') return `${VIDEO_EMBED_ORIGINS.youtube}/embed/${parsed.pathname.slice(1)}`
    if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
      const id = parsed.searchParams.get('v') ?? parsed.pathname.split('/').filter(Boolean).pop()
      return id ? `${VIDEO_EMBED_ORIGINS.youtube}/embed/${id}` : null
    }
    if (host === 'vimeo.com' || host === 'player.vimeo.com') {
      // vimeo.com/<id>, vimeo.com/<id>/<hash> (unlisted), player.vimeo.com/video/<id>?h=<hash>
      const segments = parsed.pathname.split('/').filter(Boolean)
      const index = segments.findIndex((segment) => /^\d+$/.test(segment))
      if (index === -1) return null
      const hash = parsed.searchParams.get('h') ?? segments[index + 1]
      return `${VIDEO_EMBED_ORIGINS.vimeo}/video/${segments[index]}?dnt=1${hash ? `&h=${hash}` : ''}`
    }
  } catch {
    return null
  }
  return null
}

/** The exercise's video: an uploaded file in a native player with controls, or an external embed. */
export function ExerciseVideo({ video, title }: { video: Exercise['video']; title: string }) {
  if (!video || video.source === 'none' || !video.source) return null
  if (video.source === 'upload' && video.file && typeof video.file === 'object' && video.file.url) {
    return (
      <figure>
        <video controls preload="metadata" playsInline className="w-full rounded-2xl bg-ink" aria-label={`Video: ${title}`}>
          <source src={video.file.url} type={video.file.mimeType ?? 'video/mp4'} />
          {video.captions && typeof video.captions === 'object' && video.captions.url ? (
            <track kind="captions" src={video.captions.url} srcLang="en" label="English" default />
          ) : null}
          Your browser cannot play this video. <a href={video.file.url}>Download it</a> instead.
        </video>
        {video.file.caption ? <figcaption className="mt-2 text-sm text-ink-muted">{video.file.caption}</figcaption> : null}
      </figure>
    )
  }
  const src = video.source === 'external' && video.url ? embedUrl(video.url) : null
  if (!src) return null
  return (
    <div className="aspect-video overflow-hidden rounded-2xl bg-ink">
      <iframe
        src={src}
        title={`Video: ${title}`}
        className="h-full w-full"
        loading="lazy"
        allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </div>
  )
}
