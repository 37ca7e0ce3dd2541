/**
 * Fixed vocabularies of the content model, shared by the collections (select options)
 * and the site (filter labels). Values are stored; labels are shown.
 */
type Option<V extends string = string> = { value: V; label: string }

const options = <V extends string>(entries: [V, string][]): Option<V>[] =>
  entries.map(([value, label]) => ({ value, label }))

export const BODY_AREAS = options([
  ['hips', 'Hips'],
  ['lower-back', 'Lower back'],
  ['core', 'Core'],
  ['glutes', 'Glutes'],
  ['shoulders', 'Shoulders'],
  ['neck', 'Neck'],
  ['spine', 'Spine'],
  ['pelvic-floor', 'Pelvic floor'],
  ['knees', 'Knees'],
  ['feet-ankles', 'Feet and ankles'],
  ['full-body', 'Full body'],
])

export const MUSCLES = options([
  ['hip-flexors', 'Hip flexors'],
  ['glute-max', 'Gluteus maximus'],
  ['glute-med', 'Gluteus medius'],
  ['adductors', 'Adductors (inner thigh)'],
  ['hamstrings', 'Hamstrings'],
  ['quadriceps', 'Quadriceps'],
  ['calves', 'Calves'],
  ['transverse-abdominis', 'Transverse abdominis'],
  ['rectus-abdominis', 'Rectus abdominis'],
  ['obliques', 'Obliques'],
  ['erector-spinae', 'Erector spinae'],
  ['multifidus', 'Multifidus'],
  ['quadratus-lumborum', 'Quadratus lumborum'],
  ['pelvic-floor', 'Pelvic floor'],
  ['diaphragm', 'Diaphragm'],
  ['latissimus-dorsi', 'Latissimus dorsi'],
  ['rhomboids', 'Rhomboids'],
  ['trapezius', 'Trapezius'],
  ['rotator-cuff', 'Rotator cuff'],
  ['deltoids', 'Deltoids'],
  ['pectorals', 'Pectorals'],
  ['neck-flexors', 'Deep neck flexors'],
])

export const EQUIPMENT = options([
  ['small-ball', 'Small ball'],
  ['mat', 'Mat'],
  ['none', 'No equipment'],
  ['wall', 'Wall'],
  ['chair', 'Chair'],
  ['resistance-band', 'Resistance band'],
])

export const LEVELS = options([
  ['beginner', 'Beginner'],
  ['intermediate', 'Intermediate'],
  ['advanced', 'Advanced'],
])

export const POSITIONS = options([
  ['lying', 'Lying on your back'],
  ['prone', 'Lying on your front'],
  ['side-lying', 'Side-lying'],
  ['seated', 'Seated'],
  ['kneeling', 'Kneeling'],
  ['all-fours', 'On all fours'],
  ['standing', 'Standing'],
])

/** What kind of work an exercise is (free-exercise-db's and wger's "category"). */
export const EXERCISE_CATEGORIES = options([
  ['mobility', 'Mobility'],
  ['stretch', 'Stretch'],
  ['strength', 'Strength'],
  ['stability', 'Stability and balance'],
  ['breathwork', 'Breathwork'],
  ['release', 'Release'],
])

export const MECHANICS = options([
  ['isolation', 'Isolation'],
  ['compound', 'Compound'],
])

export const FORCES = options([
  ['push', 'Push'],
  ['pull', 'Pull'],
  ['static', 'Static hold'],
  ['dynamic', 'Flowing'],
])

export const CLASS_FORMATS = options([
  ['studio', 'In the studio'],
  ['live-online', 'Live online'],
  ['on-demand', 'On demand'],
])

export const OFFERING_KINDS = options([
  ['membership', 'Membership'],
  ['class-pack', 'Class pack'],
  ['intro-offer', 'Intro offer'],
  ['on-demand-program', 'On-demand program'],
  ['equipment', 'Equipment'],
])

export const BILLING_PERIODS = options([
  ['one-time', 'One-time'],
  ['week', 'Per week'],
  ['month', 'Per month'],
  ['year', 'Per year'],
])

export const WEEKDAYS = options([
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
])

export const labelOf = (list: Option[], value: string | null | undefined): string =>
  list.find((option) => option.value === value)?.label ?? value ?? ''
