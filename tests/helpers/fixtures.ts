import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'
import type { User } from '@/payload-types'

let counter = 0
/** A short suffix that keeps slugs and e-mails unique across tests sharing one database. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 5)}`

export const richText = (...paragraphs: string[]) => editorState(paragraphs.map(paragraph)) as never

/** Valid minimal data for each content collection, named so tests can tell records apart. */
export const validData = {
  articles: (name = unique()) => ({
    title: `Article ${name}`,
    excerpt: 'A short excerpt for the card.',
    content: richText('Gentle movement for every day.'),
  }),
  exercises: (name = unique()) => ({
    name: `Exercise ${name}`,
    summary: 'A calm mobility exercise.',
    level: 'beginner' as const,
    position: 'lying' as const,
    durationMinutes: 3,
    bodyAreas: ['hips' as const],
    equipment: ['small-ball' as const],
    dose: { mode: 'reps' as const, reps: 8, sets: 1, perSide: false },
    steps: [{ instruction: 'Lie on your back with the ball under your pelvis.' }],
  }),
  classes: (name = unique()) => ({
    name: `Class ${name}`,
    description: 'A gentle class.',
    level: 'beginner' as const,
    durationMinutes: 45,
    format: 'studio' as const,
  }),
  offerings: (name = unique()) => ({
    name: `Offering ${name}`,
    kind: 'class-pack' as const,
    shortDescription: 'Five classes.',
    price: { amount: 9900, currency: 'USD', billingPeriod: 'one-time' as const },
    checkoutUrl: 'https://shop.example.com/pack',
  }),
  topics: (name = unique()) => ({ name: `Topic ${name}` }),
  locations: (name = unique()) => ({
    name: `Location ${name}`,
    address: { street: '1 Main St', city: 'Portland', country: 'United States' },
    timeZone: 'America/Los_Angeles',
  }),
  instructors: (name = unique()) => ({ name: `Instructor ${name}`, bio: 'Teaches with care.' }),
  routines: (name = unique(), exercise: number = fixtureRefs.exercise()) => ({
    title: `Routine ${name}`,
    summary: 'A short routine to follow at home.',
    level: 'beginner' as const,
    bodyAreas: ['hips' as const],
    steps: [{ exercise, mode: 'reps' as const, reps: 5, sets: 1, perSide: false, restSeconds: 0 }],
  }),
}

/** Documents that other fixtures point at (a routine needs an exercise), made by prepareFixtures. */
let fixtureExerciseId: number | null = null
export const fixtureRefs = {
  exercise: (): number => {
    if (fixtureExerciseId === null) throw new Error('Call prepareFixtures(payload) in beforeAll before using validData.routines')
    return fixtureExerciseId
  },
}

export async function prepareFixtures(payload: Payload): Promise<void> {
  const exercise = await payload.create({ collection: 'exercises', data: { ...validData.exercises(), _status: 'published' } as never })
  fixtureExerciseId = exercise.id
}

export type ContentSlug = keyof typeof validData

export async function createUser(payload: Payload, role: User['role']): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { name: `${role} ${unique()}`, email: `${role}-${unique()}@example.test`, password: 'correct horse battery', role },
  })
}
