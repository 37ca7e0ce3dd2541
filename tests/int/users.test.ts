import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { expectFieldError } from '../helpers/errors'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
const unique = () => Math.random().toString(36).slice(2, 8)

async function createUser(role: User['role'], name = `Person ${unique()}`): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { name, email: `${unique()}@example.test`, password: 'correct horse battery', role },
  })
}

beforeAll(async () => {
  payload = await startPayload()
  // Start from an empty users table (other test files share the database); bypass the
  // last-admin guard, which is exactly what a real delete must not do.
  await payload.db.deleteMany({ collection: 'users', where: {} })
})
afterAll(async () => {
  await closePayload(payload)
})

describe('Users', () => {
  it('makes the very first user an admin, whatever role was asked for', async () => {
    const first = await createUser('marketing', 'First Person')
    expect(first.role).toBe('admin')
    const second = await createUser('marketing')
    expect(second.role).toBe('marketing')
  })

  it('lets an admin change another user\'s role', async () => {
    const admin = await createUser('admin')
    const editor = await createUser('editor')
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'marketing' },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.role).toBe('marketing')
  })

  it('refuses an editor raising their own role, with a clear error, and changes nothing', async () => {
    const editor = await createUser('editor')
    await expectFieldError(
      payload.update({ collection: 'users', id: editor.id, data: { role: 'admin' }, user: editor, overrideAccess: false }),
      'role',
      /own role/i,
    )
    const reloaded = await payload.findByID({ collection: 'users', id: editor.id })
    expect(reloaded.role).toBe('editor')
  })

  it('refuses an admin changing their own role', async () => {
    const admin = await createUser('admin')
    await expectFieldError(
      payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, user: admin, overrideAccess: false }),
      'role',
      /own role/i,
    )
  })

  it('keeps the last admin: no demotion and no deletion', async () => {
    await payload.delete({ collection: 'users', where: { role: { equals: 'admin' } } }).catch(() => undefined)
    const admins = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })
    // Whatever is left, leave exactly one admin.
    for (const extra of admins.docs.slice(1)) {
      await payload.update({ collection: 'users', id: extra.id, data: { role: 'editor' } })
    }
    const lastAdmin = admins.docs[0] ?? (await createUser('admin'))
    const { totalDocs } = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(totalDocs).toBe(1)

    await expectFieldError(
      payload.update({ collection: 'users', id: lastAdmin.id, data: { role: 'editor' } }),
      'role',
      /last admin/i,
    )
    await expect(payload.delete({ collection: 'users', id: lastAdmin.id })).rejects.toThrow(/last admin/i)
    expect((await payload.findByID({ collection: 'users', id: lastAdmin.id })).role).toBe('admin')
  })

  it('lets signed-in staff see colleagues (to pick authors) but never a visitor', async () => {
    const marketing = await createUser('marketing')
    const editor = await createUser('editor')
    const seen = await payload.find({ collection: 'users', user: marketing, overrideAccess: false, limit: 100 })
    expect(seen.docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([marketing.id, editor.id]))

    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('lets a non-admin edit only their own account', async () => {
    const marketing = await createUser('marketing')
    const editor = await createUser('editor')
    await expect(
      payload.update({ collection: 'users', id: editor.id, data: { name: 'Renamed' }, user: marketing, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    const own = await payload.update({ collection: 'users', id: marketing.id, data: { name: 'New Name' }, user: marketing, overrideAccess: false })
    expect(own.name).toBe('New Name')
  })

  it('does not let a non-admin create accounts', async () => {
    const editor = await createUser('editor')
    await expect(
      payload.create({
        collection: 'users',
        data: { name: 'Sneaky', email: `${unique()}@example.test`, password: 'whatever123', role: 'admin' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
