import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload

async function pngFile(name: string) {
  const data = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#c9a98b' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('Media', () => {
  it('rejects an upload without alt text, naming the field, and stores nothing', async () => {
    const before = await payload.count({ collection: 'media' })
    await expect(
      payload.create({ collection: 'media', data: {} as { alt: string }, file: await pngFile('no-alt.png') }),
    ).rejects.toThrow(/alt/i)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('stores an image with alt text and makes the card and social sizes', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A small ball resting on a mat' },
      file: await pngFile('ball.png'),
    })
    expect(media.alt).toBe('A small ball resting on a mat')
    expect(media.sizes?.card?.width).toBe(640)
    expect(media.sizes?.social).toMatchObject({ width: 1200, height: 630 })
  })

  it('refuses file types that are neither images nor mp4/webm video', async () => {
    const data = Buffer.from('%PDF-1.4\n%fake\n')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'A document' },
        file: { data, mimetype: 'application/pdf', name: 'doc.pdf', size: data.length },
      }),
    ).rejects.toThrow(/file type|not allowed|invalid/i)
  })
})
