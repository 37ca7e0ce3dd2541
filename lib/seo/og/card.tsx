/**
 * The Open Graph card of an article or exercise (1200x630 PNG), drawn by Next's
 * ImageResponse (satori): the brand's sand, moss, clay and ink, the title in Lora, labels
 * in Source Sans 3. The fonts ship with the repo (lib/seo/og/fonts, SIL OFL) and are read
 * from disk: no font is fetched at run time, and next.config.ts traces them into the
 * standalone build.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { projectRoot } from '../../server/paths'

export const OG_IMAGE_SIZE = { width: 1200, height: 630 }
export const OG_IMAGE_TYPE = 'image/png'

/** The palette of app/(site)/globals.css (satori reads no CSS variables). */
const colors = {
  sand50: '#fbf8f3',
  sand100: '#f5efe5',
  sand200: '#e9dfcf',
  ink: '#2b2621',
  inkMuted: '#5b524a',
  clay: '#9a4a2c',
  moss: '#3f5443',
  mossLight: '#e4ebe3',
}

const FONT_DIR = path.join(projectRoot, 'lib', 'seo', 'og', 'fonts')

type Font = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'] extends (infer F)[] | undefined ? F : never

let fonts: Promise<Font[]> | undefined

/** Read once per server process; every card after the first reuses the buffers. */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'lora-latin-500-normal.woff')).then((data): Font => ({ name: 'Lora', data, weight: 500, style: 'normal' })),
    readFile(path.join(FONT_DIR, 'source-sans-3-latin-400-normal.woff')).then((data): Font => ({ name: 'Source Sans 3', data, weight: 400, style: 'normal' })),
    readFile(path.join(FONT_DIR, 'source-sans-3-latin-600-normal.woff')).then((data): Font => ({ name: 'Source Sans 3', data, weight: 600, style: 'normal' })),
  ]).catch((error: unknown) => {
    fonts = undefined
    throw error
  })
  return fonts
}

const MAX_TITLE_LENGTH = 110

/** A title past what four lines hold, cut at a word with an ellipsis (satori has no line-clamp that works here). */
export function fitTitle(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title
  const cut = title.slice(0, MAX_TITLE_LENGTH)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,.;:–—-]+$/, '')}…`
}

/** Long titles get a smaller size so they still fit in three lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 20) return 92
  if (title.length <= 36) return 76
  if (title.length <= 60) return 66
  if (title.length <= 90) return 56
  return 48
}

export type OgCardContent = {
  /** The section, e.g. "Journal" or "Exercise library". */
  section: string
  title: string
  /** Topic names, or an exercise's category, level and duration. */
  labels: string[]
}

export async function renderOgCard({ section, title, labels }: OgCardContent): Promise<ImageResponse> {
  const shownLabels = labels.filter(Boolean).slice(0, 3)
  const shownTitle = fitTitle(title)
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          position: 'relative',
          backgroundColor: colors.sand50,
          fontFamily: 'Source Sans 3',
          color: colors.ink,
        }}
      >
        {/* The small ball of the method, large and soft behind the text. */}
        <div
          style={{
            position: 'absolute',
            right: -140,
            top: -120,
            width: 560,
            height: 560,
            borderRadius: 9999,
            backgroundColor: colors.mossLight,
          }}
        />
        <div
          style={{
            position: 'absolute',
            right: 150,
            bottom: 96,
            width: 120,
            height: 120,
            borderRadius: 9999,
            backgroundColor: colors.sand200,
          }}
        />
        <div style={{ position: 'absolute', left: 0, top: 0, bottom: 0, width: 24, backgroundColor: colors.moss }} />
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            padding: '72px 96px 64px 104px',
            width: '100%',
            height: '100%',
          }}
        >
          <div
            style={{
              display: 'flex',
              fontSize: 26,
              fontWeight: 600,
              letterSpacing: 3,
              textTransform: 'uppercase',
              color: colors.moss,
            }}
          >
            {section}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 24 }}>
            <div
              style={{
                display: 'flex',
                maxWidth: 900,
                fontFamily: 'Lora',
                fontWeight: 500,
                fontSize: titleFontSize(shownTitle),
                lineHeight: 1.12,
                letterSpacing: -1,
                color: colors.ink,
              }}
            >
              {shownTitle}
            </div>
            {shownLabels.length ? (
              <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 36 }}>
                {shownLabels.map((label) => (
                  <div
                    key={label}
                    style={{
                      display: 'flex',
                      marginRight: 14,
                      padding: '8px 22px',
                      borderRadius: 9999,
                      backgroundColor: colors.moss,
                      color: colors.sand50,
                      fontSize: 26,
                      fontWeight: 600,
                    }}
                  >
                    {label}
                  </div>
                ))}
              </div>
            ) : null}
          </div>
          <div style={{ display: 'flex', alignItems: 'center' }}>
            <div style={{ width: 30, height: 30, borderRadius: 9999, backgroundColor: colors.clay, marginRight: 16 }} />
            <div style={{ display: 'flex', fontFamily: 'Lora', fontWeight: 500, fontSize: 38, color: colors.ink }}>B The Method</div>
            <div style={{ display: 'flex', marginLeft: 22, fontSize: 24, color: colors.inkMuted }}>Mobility · Breath · Mindful movement</div>
          </div>
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  )
}
