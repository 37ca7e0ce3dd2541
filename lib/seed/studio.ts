import { classes, instructors, locations, offerings, sessions } from '../../seed/studio'
import type { SeedContext } from './context'

/** Locations, instructors, classes and offerings, in the order they refer to each other. */
export async function seedStudio(ctx: SeedContext) {
  for (const location of locations) {
    const { image, ...fields } = location
    const id = await ctx.ensure('locations', { field: 'slug', value: location.slug }, () =>
      ctx.payload.create({ collection: 'locations', data: { ...fields, image: ctx.ref('media', image) } }),
    )
    ctx.ids.locations.set(location.slug, id)
  }

  for (const instructor of instructors) {
    const { photo, ...fields } = instructor
    const id = await ctx.ensure('instructors', { field: 'slug', value: instructor.slug }, () =>
      ctx.payload.create({
        collection: 'instructors',
        data: { ...fields, photo: ctx.ref('media', photo), locations: ctx.refs('locations', instructor.locations) },
      }),
    )
    ctx.ids.instructors.set(instructor.slug, id)
  }

  for (const entry of classes) {
    const id = await ctx.ensure('classes', { field: 'slug', value: entry.slug }, () =>
      ctx.payload.create({
        collection: 'classes',
        data: {
          ...entry,
          instructors: ctx.refs('instructors', entry.instructors),
          locations: ctx.refs('locations', entry.locations),
          _status: 'published',
        },
      }),
    )
    ctx.ids.classes.set(entry.slug, id)
  }

  // The timetable only with a new studio: staff own it from then on.
  if ((await ctx.payload.count({ collection: 'sessions' })).totalDocs === 0) {
    for (const session of sessions) {
      await ctx.payload.create({
        collection: 'sessions',
        data: {
          ...session,
          class: ctx.ref('classes', session.class),
          location: ctx.ref('locations', session.location),
          instructor: ctx.ref('instructors', session.instructor),
        },
      })
    }
    ctx.note(true, `sessions ${sessions.length}`)
  }

  for (const offering of offerings) {
    const { image, included, ...fields } = offering
    await ctx.ensure('offerings', { field: 'slug', value: offering.slug }, () =>
      ctx.payload.create({
        collection: 'offerings',
        data: { ...fields, image: ctx.ref('media', image), included: included.map((item) => ({ item })), _status: 'published' },
      }),
    )
  }
}
