import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '@/lib/model/limits'
import { MAX_IMAGE_MEGAPIXELS } from '@/lib/model/upload-bytes'

import { changedTables, databaseFingerprint } from '../helpers/db-fingerprint'
import { createUser } from '../helpers/fixtures'
import { sendRest } from '../helpers/hostile-http'
import { namedFields } from '../helpers/hostile-expect'
import { closePayload, startPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/** Uploads are judged by their bytes (collections/hooks/judgeUpload.ts): each refusal is a 400 on `file`, nothing stored. */

let payload: Payload
let token = ''

beforeAll(async () => {
  payload = await startPayload()
  const editor = await createUser(payload, 'editor')
  token = ((await rest('POST', '/users/login', { body: { email: editor.email, password: 'correct horse battery' } })).json as { token: string }).token
})
afterAll(async () => {
  await closePayload(payload)
})

function upload(name: string, bytes: Uint8Array<ArrayBuffer>, type: string) {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'A small ball on a mat' }))
  return sendRest({ method: 'POST', path: '/media', body: form, token })
}

const png = async (width: number, height: number) => new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#c9a98b' } }).png().toBuffer())
const text = (value: string) => new TextEncoder().encode(value)
const SVG_WITH_SCRIPT = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')

async function expectFileRefused(name: string, bytes: Uint8Array<ArrayBuffer>, type: string, reason: RegExp) {
  const before = await databaseFingerprint(payload)
  const answer = await upload(name, bytes, type)
  expect(answer.status).toBe(400)
  expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'file', message: expect.stringMatching(reason) })])
  expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
}

describe('uploads are judged by their bytes', () => {
  it('stores a real PNG', async () => {
    expect((await upload('ball.png', await png(800, 600), 'image/png')).status).toBe(201)
  })

  it('refuses a text file called .jpg', () => expectFileRefused('photo.jpg', text('just some words, not a picture'), 'image/jpeg', /is not a JPG file/))
  it('refuses an SVG with a script, by name or in disguise', async () => {
    await expectFileRefused('logo.svg', SVG_WITH_SCRIPT, 'image/svg+xml', /SVG files are not accepted/)
    await expectFileRefused('logo.png', SVG_WITH_SCRIPT, 'image/png', /is not a PNG file/)
  })
  it('refuses a PNG whose name says WebP', async () => expectFileRefused('ball.webp', await png(40, 30), 'image/webp', /not a WEBP file: its contents are image\/png/))
  it('refuses a file that starts like a PNG and then is not one', () =>
    expectFileRefused('cut.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]), 'image/png', /cannot be read as a picture/))
  it(`refuses a picture over ${MAX_IMAGE_MEGAPIXELS} megapixels`, async () => expectFileRefused('huge.png', await png(8000, 6000), 'image/png', /48 megapixels/))
  it(`refuses a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB with a 4xx`, async () => {
    const before = await databaseFingerprint(payload)
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024)
    big.set([0xff, 0xd8, 0xff])
    const answer = await upload('big.jpg', big, 'image/jpeg')
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(answer.text).toMatch(/file|large|size/i)
    expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
  })
})
