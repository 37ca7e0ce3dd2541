import type { SeedImage } from './types'

/** Warm, calm colours used for the generated placeholder photos. */
const sand = '#E8D9C4'
const cream = '#F5EEE2'
const clay = '#C98B6B'
const terracotta = '#C0674A'
const sage = '#A8B5A0'
const moss = '#6F7D5C'
const oat = '#D9C7A7'
const blush = '#E3B8A0'

export const images: SeedImage[] = [
  // Studio-wide
  {
    key: 'default-seo',
    alt: 'A woman lying on a sand-coloured mat in a sunlit studio, knees bent, with a small soft ball resting beside her hip.',
    caption: 'B The Method: a small ball, your breath and your full attention.',
    palette: [sand, clay],
    motif: 'ball',
  },

  // Article heroes
  {
    key: 'hero-hip-mobility',
    alt: 'A woman lying on her back on a mat with a small soft ball under her pelvis and both knees drawn toward her chest.',
    caption: 'Letting the ball hold the pelvis gives the hips room to move.',
    palette: [sand, terracotta],
    motif: 'ball',
  },
  {
    key: 'hero-beginners-guide',
    alt: 'A small group of students sitting cross-legged on mats in a bright studio, each holding a small ball in their lap and listening to an instructor.',
    palette: [cream, sage],
    motif: 'studio',
  },
  {
    key: 'hero-small-ball',
    alt: 'Close-up of a soft, partly deflated stability ball in a pale clay colour, slightly flattened where a hand presses on it.',
    palette: [blush, clay],
    motif: 'ball',
  },
  {
    key: 'hero-breath-mobility',
    alt: 'A man sitting tall on a mat with his eyes closed and his hands resting on the sides of his ribs as he breathes in.',
    palette: [cream, moss],
    motif: 'breath',
  },
  {
    key: 'hero-desk-reset',
    alt: 'A woman at a home office sitting on a small ball placed on her desk chair, twisting gently with her arms crossed over her chest.',
    palette: [oat, sage],
    motif: 'ball',
  },
  {
    key: 'hero-morning-spine',
    alt: 'Early morning light across a bedroom floor where a person on hands and knees rounds their back in a cat-cow stretch.',
    palette: [cream, blush],
    motif: 'mat',
  },
  {
    key: 'hero-posture-myths',
    alt: 'A woman standing relaxed with her back against a pale wall, arms raised in a goalpost shape, shoulders soft and low.',
    palette: [sand, moss],
    motif: 'studio',
  },
  {
    key: 'hero-pelvic-floor-breath',
    alt: 'A woman seated on the edge of a wooden chair holding a small ball between her knees, one hand resting on her lower belly.',
    palette: [blush, sage],
    motif: 'breath',
  },

  // Exercises
  {
    key: 'exercise-ball-bridge',
    alt: 'A woman lifted into a bridge on a mat, body in a long line from knees to shoulders, squeezing a small ball between her knees.',
    palette: [sand, clay],
    motif: 'ball',
  },
  {
    key: 'exercise-supine-hip-release',
    alt: 'A person lying on their back with a small ball under the sacrum, knees hugged gently toward the chest and swaying to one side.',
    palette: [cream, terracotta],
    motif: 'ball',
  },
  {
    key: 'exercise-cat-cow-with-breath',
    alt: 'A man on hands and knees on a mat, back rounded up toward the ceiling and head hanging softly between his arms.',
    palette: [oat, moss],
    motif: 'mat',
  },
  {
    key: 'exercise-seated-ball-squeeze',
    alt: 'A woman sitting upright near the front of a chair, feet flat, pressing a small soft ball between her knees.',
    palette: [blush, sage],
    motif: 'ball',
  },
  {
    key: 'exercise-side-lying-clam-with-ball',
    alt: 'A woman lying on her side on a mat, knees bent, a small ball held between her ankles as her top knee opens upward.',
    palette: [sand, terracotta],
    motif: 'ball',
  },
  {
    key: 'exercise-ninety-ninety-hip-switch',
    alt: 'A man seated on the floor with both knees bent at right angles and dropped to one side, hands resting behind him for support.',
    palette: [cream, clay],
    motif: 'mat',
  },
  {
    key: 'exercise-wall-angels',
    alt: 'A woman standing with her back to a white wall, arms bent in a goalpost position and sliding upward along the wall.',
    palette: [oat, sage],
    motif: 'studio',
  },
  {
    key: 'exercise-crocodile-breath',
    alt: 'A person lying face down on a mat with their forehead resting on stacked hands, legs long and relaxed, breathing slowly.',
    palette: [cream, moss],
    motif: 'breath',
  },
  {
    key: 'exercise-ball-dead-bug',
    alt: 'A woman lying on her back with legs in tabletop, pressing a small ball against one knee with the opposite hand while the other arm reaches overhead.',
    palette: [sand, moss],
    motif: 'ball',
  },
  {
    key: 'exercise-seated-pelvic-clock',
    alt: 'A man sitting on a small ball placed on a wooden chair, feet flat, tilting his pelvis forward in a slow circle.',
    palette: [blush, clay],
    motif: 'ball',
  },
  {
    key: 'exercise-half-kneeling-hip-flexor-stretch',
    alt: 'A woman kneeling on one knee on a folded mat, other foot forward, hands on her hips and torso upright as she stretches the front of the back hip.',
    palette: [oat, terracotta],
    motif: 'mat',
  },
  {
    key: 'exercise-thread-the-needle',
    alt: 'A person on all fours on a mat, one arm threaded under the body with the shoulder and cheek resting toward the floor.',
    palette: [cream, sage],
    motif: 'mat',
  },
  {
    key: 'exercise-ball-chin-nod',
    alt: 'Side view of a woman lying on her back with the back of her head resting on a small soft ball, chin slightly tucked.',
    palette: [sand, sage],
    motif: 'ball',
  },
  {
    key: 'exercise-ball-supported-roll-back',
    alt: 'A man seated on a mat with knees bent, curling his spine backward into a C-shape toward a small ball placed behind his lower back.',
    palette: [blush, moss],
    motif: 'ball',
  },
  {
    key: 'exercise-ball-bridge-march',
    alt: 'A woman holding a bridge on a mat with a small ball between her knees, one foot lifted just off the floor and her hips level.',
    palette: [oat, clay],
    motif: 'ball',
  },
  {
    key: 'exercise-side-plank-ball-squeeze',
    alt: 'A woman in a forearm side plank from her knees, hips lifted in a straight line, a small ball squeezed between her knees.',
    palette: [sand, terracotta],
    motif: 'ball',
  },
  {
    key: 'exercise-prone-ball-swan',
    alt: 'A person lying face down with a small ball under the breastbone, lifting the head and chest gently while the hands rest lightly on the mat.',
    palette: [cream, clay],
    motif: 'ball',
  },
  {
    key: 'exercise-wall-ball-squat',
    alt: 'A man in a half squat with his back against a wall and a small ball pressed between the wall and his lower back.',
    palette: [oat, moss],
    motif: 'ball',
  },
  {
    key: 'exercise-standing-roll-down',
    alt: 'A woman standing with soft knees, her spine curled forward and arms hanging loosely toward the floor of a quiet studio.',
    palette: [cream, blush],
    motif: 'studio',
  },
  {
    key: 'exercise-chair-spinal-twist',
    alt: 'A person sitting tall on a chair, arms crossed over the chest, rotating the upper body and gaze to the right.',
    palette: [sand, sage],
    motif: 'studio',
  },

  // Locations
  {
    key: 'location-brooklyn',
    alt: 'Inside the Brooklyn studio: wide oak floorboards, tall arched windows and neat rows of mats with a small ball on each.',
    caption: 'Morning light in our Prospect Heights studio.',
    palette: [oat, terracotta],
    motif: 'studio',
  },
  {
    key: 'location-santa-monica',
    alt: 'The Santa Monica studio with its glass sliding doors open onto a planted courtyard, mats laid out on a pale wooden floor.',
    caption: 'The courtyard doors open for breathwork mornings.',
    palette: [cream, sage],
    motif: 'studio',
  },

  // Instructors
  {
    key: 'instructor-maya-delgado',
    alt: 'Portrait of Maya Delgado, smiling, with dark curly hair tied back, wearing a rust-coloured top and holding a small ball at her hip.',
    palette: [blush, terracotta],
    motif: 'portrait',
  },
  {
    key: 'instructor-jonah-pierce',
    alt: 'Portrait of Jonah Pierce, a bearded man in a sage green long-sleeved shirt, seated on a studio bench with a relaxed smile.',
    palette: [sand, moss],
    motif: 'portrait',
  },
  {
    key: 'instructor-priya-anand',
    alt: 'Portrait of Priya Anand with long dark hair, wearing a cream wrap top, sitting cross-legged on a mat with her hands resting on her knees.',
    palette: [cream, clay],
    motif: 'portrait',
  },

  // Offerings
  {
    key: 'offering-unlimited-membership',
    alt: 'A full studio class in progress, students lying on mats with small balls under their pelvis and an instructor walking between the rows.',
    palette: [oat, clay],
    motif: 'studio',
  },
  {
    key: 'offering-ten-class-pack',
    alt: 'A stack of rolled mats and a basket of small soft balls by the studio door, ready for the next class.',
    palette: [sand, sage],
    motif: 'mat',
  },
  {
    key: 'offering-intro-two-weeks',
    alt: 'An instructor kneeling beside a new student on a mat, showing her where to place the small ball under her lower back.',
    palette: [cream, terracotta],
    motif: 'studio',
  },
  {
    key: 'offering-on-demand-library',
    alt: 'A laptop on a living-room floor playing a B The Method class, with a mat and a small ball laid out in front of it.',
    palette: [blush, moss],
    motif: 'mat',
  },
  {
    key: 'offering-small-ball',
    alt: 'A single clay-coloured 9-inch soft ball on a linen cloth next to its thin inflation straw.',
    palette: [sand, clay],
    motif: 'ball',
  },
]
