import { localTime, WEEK, type Weekday } from '../lib/model/opening-hours'
import { addDays, weekdayOf } from '../lib/model/schedule'
import type { SeedClass, SeedInstructor, SeedLocation, SeedOffering, SeedSession, SeedSite } from './types'

/**
 * The date of that weekday in the studio's coming seven days (today included), counted on
 * its own clock from when the demo is loaded, so the demo week shows it.
 */
function coming(weekday: Weekday, timeZone: string): string {
  const today = localTime(timeZone, new Date()).date
  return addDays(today, (WEEK.indexOf(weekday) - WEEK.indexOf(weekdayOf(today)) + 7) % 7)
}

export const locations: SeedLocation[] = [
  {
    slug: 'brooklyn',
    name: 'B The Method Brooklyn',
    description:
      'Our original studio sits on a leafy corner in Prospect Heights, in a sunlit former print shop with wide oak floors and tall windows. Classes are capped at twelve, so your instructor always has time for you, and there is a quiet corner with tea for arriving early.',
    image: 'location-brooklyn',
    address: { street: '412 Halsey Lane, Suite 2', city: 'Brooklyn', region: 'NY', postalCode: '11238', country: 'US' },
    geo: { latitude: 40.6776, longitude: -73.9691 },
    phone: '+1 718 555 0142',
    email: 'brooklyn@bthemethod.example',
    timeZone: 'America/New_York',
    openingHours: [
      { day: 'mon', opens: '07:00', closes: '12:00' },
      { day: 'mon', opens: '16:00', closes: '20:00' },
      { day: 'tue', opens: '07:00', closes: '20:00' },
      { day: 'wed', opens: '07:00', closes: '12:00' },
      { day: 'wed', opens: '16:00', closes: '20:00' },
      { day: 'thu', opens: '07:00', closes: '20:00' },
      { day: 'fri', opens: '07:00', closes: '18:00' },
      { day: 'sat', opens: '08:00', closes: '13:00' },
    ],
    specialClosures: [
      { date: '2026-12-25', note: 'Closed for Christmas Day.' },
      { date: '2027-01-01', note: 'Closed for New Year’s Day. Online classes run as usual.' },
    ],
    bookingUrl: 'https://book.bthemethod.example/brooklyn',
  },
  {
    slug: 'santa-monica',
    name: 'B The Method Santa Monica',
    description:
      'A bright, airy studio a short walk from the ocean, with sliding doors onto a small garden courtyard where we hold breathwork sessions when the weather allows. Bike racks out front and street parking nearby.',
    image: 'location-santa-monica',
    address: { street: '1730 Marisol Avenue', city: 'Santa Monica', region: 'CA', postalCode: '90404', country: 'US' },
    geo: { latitude: 34.0284, longitude: -118.4721 },
    phone: '+1 310 555 0187',
    email: 'santamonica@bthemethod.example',
    timeZone: 'America/Los_Angeles',
    openingHours: [
      { day: 'tue', opens: '06:30', closes: '11:30' },
      { day: 'tue', opens: '16:30', closes: '20:30' },
      { day: 'wed', opens: '06:30', closes: '19:00' },
      { day: 'thu', opens: '06:30', closes: '11:30' },
      { day: 'thu', opens: '16:30', closes: '20:30' },
      { day: 'fri', opens: '06:30', closes: '17:00' },
      { day: 'sat', opens: '08:00', closes: '14:00' },
      { day: 'sun', opens: '09:00', closes: '12:00' },
    ],
    specialClosures: [
      { date: coming('sat', 'America/Los_Angeles'), note: 'Closed for our teacher-training weekend; see you on Sunday.' },
      { date: '2026-12-24', note: 'Closed from midday on Christmas Eve; morning classes run as scheduled.' },
      { date: '2026-12-25', note: 'Closed for Christmas Day.' },
    ],
    bookingUrl: 'https://book.bthemethod.example/santa-monica',
  },
]

export const instructors: SeedInstructor[] = [
  {
    slug: 'maya-delgado',
    name: 'Maya Delgado',
    photo: 'instructor-maya-delgado',
    bio: 'Maya found the method after a decade of dancing left her with restless hips and a cautious lower back. She loved how slow, ball-supported work let her feel strong again without pushing through pain. Today she leads the Brooklyn studio and teaches with warmth, humour and an eye for small details. Her classes blend precise hip and spine work with plenty of breathing, and she is known for offering a gentler and a more challenging option for every move. Outside the studio, she walks her rescue greyhound around Prospect Park.',
    specialties: ['Hip mobility', 'Back care', 'Beginners'],
    certifications: ['Comprehensive Pilates teacher training (450 hours)', 'B The Method Lead Instructor', 'Movement for back health, continuing education'],
    locations: ['brooklyn'],
  },
  {
    slug: 'jonah-pierce',
    name: 'Jonah Pierce',
    photo: 'instructor-jonah-pierce',
    bio: 'Jonah came to movement teaching from a career in landscape architecture, where long hours at a drafting table taught him how much posture matters. He brings a designer’s curiosity to every class, helping students understand why an exercise works as well as how to do it. At the Santa Monica studio he teaches strength-focused sessions and leads the popular courtyard breathwork mornings. He particularly enjoys working with people who think they are not flexible, and watching them surprise themselves.',
    specialties: ['Posture and desk recovery', 'Core strength', 'Breathwork'],
    certifications: ['Mat Pilates certification', 'B The Method Level 2 Instructor', 'Breath coaching foundations'],
    locations: ['santa-monica'],
  },
  {
    slug: 'priya-anand',
    name: 'Priya Anand',
    photo: 'instructor-priya-anand',
    bio: 'Priya has taught mindful movement for over twelve years and specialises in supporting people through pregnancy, the months after birth and midlife changes. Her sessions are calm, unhurried and full of clear explanations, with particular attention to the connection between breath, pelvic floor and deep core. She divides her time between both studios and our live online classes, and she created much of our on-demand library. Students often say her voice is the reason they keep coming back to their mats at home.',
    specialties: ['Pelvic floor and breath', 'Pre- and postnatal movement', 'Online teaching'],
    certifications: ['Comprehensive Pilates teacher training (500 hours)', 'Pre- and postnatal exercise specialist', 'B The Method Master Trainer'],
    locations: ['brooklyn', 'santa-monica'],
  },
]

export const classes: SeedClass[] = [
  {
    slug: 'ball-foundations',
    name: 'Ball Foundations',
    description:
      'The ideal first class. Learn the core principles of the method, how to breathe with movement and how to use the small ball for support, feedback and gentle resistance. Slow-paced, friendly and suitable for every body.',
    level: 'beginner',
    durationMinutes: 45,
    format: 'studio',
    instructors: ['maya-delgado', 'jonah-pierce'],
    locations: ['brooklyn', 'santa-monica'],
    equipment: ['small-ball', 'mat'],
    bookingUrl: 'https://book.bthemethod.example/classes/ball-foundations',
  },
  {
    slug: 'hips-and-spine-flow',
    name: 'Hips and Spine Flow',
    description:
      'A flowing, mobility-focused session that moves the hips and spine through every direction, linking stretches and strength work into a continuous sequence. Best after a few weeks of foundations classes.',
    level: 'intermediate',
    durationMinutes: 55,
    format: 'studio',
    instructors: ['maya-delgado', 'priya-anand'],
    locations: ['brooklyn'],
    equipment: ['small-ball', 'mat', 'wall'],
    bookingUrl: 'https://book.bthemethod.example/classes/hips-and-spine-flow',
  },
  {
    slug: 'live-breath-and-core',
    name: 'Live Breath and Core',
    description:
      'Join from your living room for a guided half hour that connects breath, pelvic floor and deep abdominals. Taught live over video, with time for questions at the end. Keep your camera off or on, as you prefer.',
    level: 'beginner',
    durationMinutes: 30,
    format: 'live-online',
    instructors: ['priya-anand'],
    locations: [],
    equipment: ['small-ball', 'mat'],
    bookingUrl: 'https://book.bthemethod.example/classes/live-breath-and-core',
  },
  {
    slug: 'deep-core-challenge',
    name: 'Deep Core Challenge',
    description:
      'A recorded, strength-focused session for experienced students, featuring marching bridges, side planks with the ball and slow roll backs. Pause, rewind and repeat whenever it suits you.',
    level: 'advanced',
    durationMinutes: 40,
    format: 'on-demand',
    instructors: ['jonah-pierce'],
    locations: [],
    equipment: ['small-ball', 'mat'],
    bookingUrl: 'https://book.bthemethod.example/on-demand/deep-core-challenge',
  },
]

export const offerings: SeedOffering[] = [
  {
    slug: 'unlimited-membership',
    name: 'Unlimited Membership',
    kind: 'membership',
    shortDescription: 'Unlimited studio and live online classes at either location, billed monthly with no long-term contract.',
    price: { amount: 18900, currency: 'USD', billingPeriod: 'month' },
    included: [
      'Unlimited studio classes in Brooklyn and Santa Monica',
      'Unlimited live online classes',
      'Full on-demand library access',
      'Priority booking one week ahead',
      '10% off workshops and equipment',
    ],
    image: 'offering-unlimited-membership',
    checkoutUrl: 'https://shop.bthemethod.example/checkout/unlimited-membership',
    featured: true,
    sortOrder: 10,
  },
  {
    slug: 'ten-class-pack',
    name: '10-Class Pack',
    kind: 'class-pack',
    shortDescription: 'Ten studio or live online classes to use at your own pace within six months.',
    price: { amount: 26000, currency: 'USD', billingPeriod: 'one-time' },
    included: ['10 classes at either studio or online', 'Valid for six months from first use', 'Shareable with one household member', 'Free mat and ball hire in the studio'],
    image: 'offering-ten-class-pack',
    checkoutUrl: 'https://shop.bthemethod.example/checkout/ten-class-pack',
    featured: false,
    sortOrder: 20,
  },
  {
    slug: 'intro-two-weeks',
    name: 'Two-Week Intro',
    kind: 'intro-offer',
    shortDescription: 'New to B The Method? Try two weeks of unlimited classes to find your rhythm.',
    price: { amount: 4900, currency: 'USD', billingPeriod: 'one-time' },
    included: ['14 days of unlimited studio and online classes', 'A one-to-one welcome chat with an instructor', 'Your own small ball to take home'],
    image: 'offering-intro-two-weeks',
    checkoutUrl: 'https://shop.bthemethod.example/checkout/intro-two-weeks',
    featured: true,
    sortOrder: 30,
  },
  {
    slug: 'on-demand-library',
    name: 'On-Demand Library',
    kind: 'on-demand-program',
    shortDescription: 'More than 120 recorded classes and short routines to practise anywhere, any time.',
    price: { amount: 2400, currency: 'USD', billingPeriod: 'month' },
    included: [
      'Over 120 classes from 10 to 50 minutes',
      'Guided four-week programmes for hips, back and posture',
      'New sessions added every month',
      'Watch on phone, tablet, computer or TV',
    ],
    image: 'offering-on-demand-library',
    checkoutUrl: 'https://shop.bthemethod.example/checkout/on-demand-library',
    featured: false,
    sortOrder: 40,
  },
  {
    slug: 'b-the-method-ball',
    name: 'B The Method Small Ball',
    kind: 'equipment',
    shortDescription: 'Our soft, 9-inch (23 cm) studio ball, the one tool you need to practise the method at home.',
    price: { amount: 1800, currency: 'USD', billingPeriod: 'one-time' },
    included: ['One 9-inch (23 cm) soft, non-slip ball', 'Inflation straw', 'Printed quick-start guide with six exercises'],
    image: 'offering-small-ball',
    checkoutUrl: 'https://shop.bthemethod.example/checkout/b-the-method-ball',
    featured: false,
    sortOrder: 50,
  },
]

export const site: SeedSite = {
  studio: {
    name: 'B The Method',
    tagline: 'Low-impact mobility with a small ball, your breath and full attention.',
    mission:
      'To help people of every age and ability move with more ease, strength and confidence, through slow, mindful practice that respects the body they have today.',
    aboutTheMethod:
      'B The Method is a Pilates-inspired approach to mobility built around one simple tool: a small, partly deflated stability ball about nine inches across. The ball supports, guides and gently challenges the body, helping you find muscles that are easy to overlook and release areas that hold on too tightly. Every exercise is paired with the breath, and every movement is done slowly enough to feel. The result is a practice that is kind to the joints and suitable for beginners, yet deep enough to keep experienced movers curious. Whether you join us in the studio, live online or on demand, you will leave feeling longer, steadier and calmer.',
    contact: { email: 'hello@bthemethod.example', phone: '+1 718 555 0100' },
    socialLinks: [
      { platform: 'instagram', url: 'https://www.instagram.com/bthemethod.example' },
      { platform: 'youtube', url: 'https://www.youtube.com/@bthemethod-example' },
      { platform: 'facebook', url: 'https://www.facebook.com/bthemethod.example' },
    ],
    bookingUrl: 'https://book.bthemethod.example/',
    defaultSeoImage: 'default-seo',
  },
  header: {
    navItems: [
      { label: 'Blog', url: '/blog' },
      { label: 'Exercises', url: '/exercises' },
      { label: 'Routines', url: '/routines' },
      { label: 'Timetable', url: '/schedule' },
      { label: 'Studio', url: '/studio' },
      { label: 'Offerings', url: '/offerings' },
    ],
  },
  footer: {
    columns: [
      {
        title: 'Learn',
        links: [
          { label: 'Mobility', url: '/blog/topic/mobility' },
          { label: 'Back care', url: '/blog/topic/back-care' },
          { label: 'Breathwork', url: '/blog/topic/breathwork' },
          { label: 'Hips and the lower back', internal: { collection: 'articles', slug: 'hip-mobility-and-lower-back-pain' } },
        ],
      },
      {
        title: 'Practise',
        links: [
          { label: 'Exercise library', url: '/exercises' },
          { label: 'Classes and studios', url: '/studio' },
          { label: 'Memberships and packs', url: '/offerings' },
        ],
      },
      {
        title: 'Connect',
        links: [
          { label: 'Book a class', url: 'https://book.bthemethod.example/', newTab: true },
          { label: 'Newsletter', url: 'https://news.bthemethod.example/subscribe', newTab: true },
        ],
      },
    ],
    newsletterBlurb: 'One calm email a month: a new routine to try, studio news and the occasional member offer. No noise, unsubscribe any time.',
    newsletterUrl: 'https://news.bthemethod.example/subscribe',
  },
}

/** The weekly timetable of both studios (local times), one cancellation and a one-off session. */
export const sessions: SeedSession[] = [
  { class: 'ball-foundations', location: 'brooklyn', instructor: 'maya-delgado', kind: 'weekly', weekday: 'mon', startTime: '07:30' },
  {
    class: 'ball-foundations',
    location: 'brooklyn',
    instructor: 'maya-delgado',
    kind: 'weekly',
    weekday: 'wed',
    startTime: '07:30',
    cancellations: [{ date: coming('wed', 'America/New_York'), reason: 'Maya is away at a teacher training. Friday’s class with Priya has room.' }],
  },
  { class: 'ball-foundations', location: 'brooklyn', instructor: 'priya-anand', kind: 'weekly', weekday: 'fri', startTime: '17:00' },
  { class: 'ball-foundations', location: 'brooklyn', instructor: 'maya-delgado', kind: 'weekly', weekday: 'sat', startTime: '09:00' },
  { class: 'hips-and-spine-flow', location: 'brooklyn', instructor: 'priya-anand', kind: 'weekly', weekday: 'mon', startTime: '18:00' },
  { class: 'hips-and-spine-flow', location: 'brooklyn', instructor: 'maya-delgado', kind: 'weekly', weekday: 'tue', startTime: '12:15' },
  { class: 'hips-and-spine-flow', location: 'brooklyn', instructor: 'priya-anand', kind: 'weekly', weekday: 'thu', startTime: '18:30' },
  { class: 'hips-and-spine-flow', location: 'brooklyn', instructor: 'priya-anand', kind: 'weekly', weekday: 'sat', startTime: '10:30' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'jonah-pierce', kind: 'weekly', weekday: 'tue', startTime: '07:00' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'priya-anand', kind: 'weekly', weekday: 'wed', startTime: '12:00' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'jonah-pierce', kind: 'weekly', weekday: 'thu', startTime: '07:00' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'jonah-pierce', kind: 'weekly', weekday: 'sat', startTime: '08:30' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'jonah-pierce', kind: 'weekly', weekday: 'sun', startTime: '10:00' },
  { class: 'ball-foundations', location: 'santa-monica', instructor: 'priya-anand', kind: 'once', date: coming('sun', 'America/Los_Angeles'), startTime: '11:00', durationMinutes: 60 },
]
