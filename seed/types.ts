/**
 * Shapes of the demo content in seed/. Plain data, written in our own words; lib/seed/
 * turns it into Payload documents (rich text via lib/richtext/build.ts).
 *
 * Inline text in `text`, `body` and list items may use **bold**, *italic* and [links](/path or https://...).
 */
import type {
  BILLING_PERIODS,
  BODY_AREAS,
  CLASS_FORMATS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  FORCES,
  LEVELS,
  MECHANICS,
  MUSCLES,
  OFFERING_KINDS,
  POSITIONS,
  WEEKDAYS,
} from '../lib/model/taxonomy'

type ValueOf<T extends readonly { value: string }[]> = T[number]['value']

export type SeedRichBlock =
  | { type: 'p' | 'h2' | 'h3' | 'quote'; text: string }
  | { type: 'ul'; items: string[] }
  /** Numbered points: each item a short title and a paragraph, like "1. Title" then text. */
  | { type: 'numbered'; items: { title: string; body: string }[] }
  | { type: 'exercise'; slug: string; note?: string }
  | { type: 'routine'; slug: string; note?: string }
  | { type: 'callout'; tone: 'tip' | 'note' | 'caution'; title?: string; body: string }
  | { type: 'image'; image: string }

/** Colours for a locally generated placeholder photo (sharp draws a soft gradient with shapes). */
export type SeedImage = { key: string; alt: string; caption?: string; palette: [string, string]; motif: 'ball' | 'mat' | 'studio' | 'portrait' | 'breath' }

export type SeedTopic = { slug: string; name: string; description: string }

export type SeedArticle = {
  slug: string
  title: string
  excerpt: string
  topics: string[]
  heroImage: string
  author: 'admin' | 'editor' | 'marketing'
  publishedAt: string
  featured?: boolean
  /** Draft articles exist for preview demos; they never show on the public site. */
  status: 'published' | 'draft'
  relatedExercises: string[]
  content: SeedRichBlock[]
}

export type SeedExercise = {
  slug: string
  name: string
  aliases?: string[]
  summary: string
  level: ValueOf<typeof LEVELS>
  position: ValueOf<typeof POSITIONS>
  category: ValueOf<typeof EXERCISE_CATEGORIES>
  mechanic?: ValueOf<typeof MECHANICS>
  force?: ValueOf<typeof FORCES>
  durationMinutes: number
  bodyAreas: ValueOf<typeof BODY_AREAS>[]
  equipment: ValueOf<typeof EQUIPMENT>[]
  primaryMuscles: ValueOf<typeof MUSCLES>[]
  secondaryMuscles?: ValueOf<typeof MUSCLES>[]
  dose: { mode: 'reps'; reps: number; sets: number; perSide: boolean } | { mode: 'hold'; holdSeconds: number; sets: number; perSide: boolean }
  steps: string[]
  cues: string[]
  breath: { inhale: string; exhale: string }
  variations: { kind: 'modification' | 'progression'; name: string; note: string }[]
  cautions: string[]
  image: string
}

export type SeedHours = { day: ValueOf<typeof WEEKDAYS>; opens: string; closes: string }

export type SeedLocation = {
  slug: string
  name: string
  description: string
  image: string
  address: { street: string; city: string; region: string; postalCode: string; country: string }
  geo: { latitude: number; longitude: number }
  phone: string
  email: string
  timeZone: string
  openingHours: SeedHours[]
  specialClosures: { date: string; note: string }[]
  bookingUrl: string
}

export type SeedInstructor = {
  slug: string
  name: string
  photo: string
  bio: string
  specialties: string[]
  certifications: string[]
  locations: string[]
}

export type SeedClass = {
  slug: string
  name: string
  description: string
  level: ValueOf<typeof LEVELS>
  durationMinutes: number
  format: ValueOf<typeof CLASS_FORMATS>
  instructors: string[]
  locations: string[]
  equipment: ValueOf<typeof EQUIPMENT>[]
  bookingUrl: string
}

export type SeedOffering = {
  slug: string
  name: string
  kind: ValueOf<typeof OFFERING_KINDS>
  shortDescription: string
  price: { amount: number; currency: string; billingPeriod: ValueOf<typeof BILLING_PERIODS> }
  included: string[]
  image: string
  checkoutUrl: string
  featured: boolean
  sortOrder: number
}

export type SeedLink = { label: string; url?: string; internal?: { collection: 'articles' | 'exercises' | 'classes' | 'offerings' | 'locations' | 'instructors' | 'topics'; slug: string }; newTab?: boolean }

export type SeedSite = {
  studio: {
    name: string
    tagline: string
    mission: string
    aboutTheMethod: string
    contact: { email: string; phone: string }
    socialLinks: { platform: 'instagram' | 'facebook' | 'youtube' | 'tiktok' | 'pinterest' | 'linkedin'; url: string }[]
    bookingUrl: string
    defaultSeoImage: string
  }
  header: { navItems: SeedLink[] }
  footer: { columns: { title: string; links: SeedLink[] }[]; newsletterBlurb: string; newsletterUrl: string }
}

export type SeedSession = {
  class: string
  location: string
  instructor: string
  kind: 'weekly' | 'once'
  weekday?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
  date?: string
  startTime: string
  durationMinutes?: number
  cancellations?: { date: string; reason: string }[]
}

/** A step of a demo routine; without `reps`/`holdSeconds` it takes its exercise's own dose. */
export type SeedRoutineStep = {
  exercise: string
  reps?: number
  holdSeconds?: number
  perSide?: boolean
  sets?: number
  restSeconds: number
  cue?: string
}

export type SeedRoutine = {
  slug: string
  title: string
  summary: string
  goal: string
  level: ValueOf<typeof LEVELS>
  bodyAreas: ValueOf<typeof BODY_AREAS>[]
  heroImage: string
  steps: SeedRoutineStep[]
}
