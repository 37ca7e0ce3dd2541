import type { SeedArticle, SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'mobility',
    name: 'Mobility',
    description: 'Moving your joints through their full, comfortable range with control, from the hips to the upper back.',
  },
  {
    slug: 'back-care',
    name: 'Back Care',
    description: 'Gentle, practical ways to look after your spine, ease everyday stiffness and move with more confidence.',
  },
  {
    slug: 'breathwork',
    name: 'Breathwork',
    description: 'How slow, deliberate breathing supports movement, calms the nervous system and connects you to your deep core.',
  },
  {
    slug: 'posture',
    name: 'Posture',
    description: 'Fresh, realistic thinking about how you sit, stand and carry yourself through a busy day.',
  },
  {
    slug: 'core-and-pelvic-floor',
    name: 'Core and Pelvic Floor',
    description: 'Understanding and training the quiet, deep muscles that support your trunk from the inside.',
  },
]

export const articles: SeedArticle[] = [
  {
    slug: 'hip-mobility-and-lower-back-pain',
    title: 'How Hip Mobility Shapes a Comfortable Lower Back',
    excerpt:
      'An aching lower back often has a neighbour worth checking: the hips. Here is why stiff hips put extra load on the spine, and five gentle ways to share the work more fairly.',
    topics: ['mobility', 'back-care'],
    heroImage: 'hero-hip-mobility',
    author: 'editor',
    publishedAt: '2026-03-12T09:00:00.000Z',
    featured: true,
    status: 'published',
    relatedExercises: ['supine-hip-release', 'half-kneeling-hip-flexor-stretch', 'ball-bridge'],
    content: [
      {
        type: 'p',
        text: 'When the lower back aches, it is natural to focus on the spot that hurts. Yet the discomfort often has a neighbour worth examining: the hips. If the big joints at the top of your legs have lost some of their range, the lumbar spine tends to pick up the slack, and over weeks and months that extra duty can show up as stiffness, fatigue or a nagging ache. In our classes we treat both areas as a team, using slow, low-impact movement, a small soft ball and a steady breath to hand the hips back their share of the work.',
      },
      { type: 'h2', text: 'Why Stiff Hips So Often Show Up in the Back' },
      {
        type: 'numbered',
        items: [
          {
            title: 'The Lower Back Borrows Missing Motion',
            body: 'Walking, bending, climbing stairs and turning all ask the hips to rotate, fold and extend. When they can’t, the movement still has to come from somewhere, and the vertebrae of the lower back are the nearest volunteers. They are designed more for steadiness than for large ranges, so lending motion day after day can leave them tired and sore.',
          },
          {
            title: 'Sleepy Glutes Leave the Pelvis Unsupported',
            body: 'The muscles around the hip work like guy ropes for the pelvis. If the glutes are under-used and the front of the hip is tight, the pelvis drifts away from its easy, balanced position, and the muscles along the spine end up working overtime to keep you upright.',
          },
          {
            title: 'Long Hours in a Chair Shorten the Front of the Hip',
            body: 'A seated day keeps the hip flexors folded for hours on end. When you finally stand, they may resist lengthening and tug the pelvis into a forward tip, deepening the curve of the lower back and concentrating pressure in one small area.',
          },
        ],
      },
      {
        type: 'exercise',
        slug: 'supine-hip-release',
        note: 'A kind place to start: the ball holds the pelvis so the hips can move while the lower back rests.',
      },
      { type: 'h2', text: 'How to Free the Hips and Give Your Back a Break' },
      {
        type: 'numbered',
        items: [
          {
            title: 'Begin with Slow, Supported Movement',
            body: 'Gentle, repeated motion invites the hips to open without forcing them. Knee sways over the ball or slow circles on all fours let the joints explore their range while the spine stays quiet.',
          },
          {
            title: 'Pair Lengthening with Strength',
            body: 'A hip that is flexible but weak is only half the story. Follow a stretch for the front of the hip with work for the glutes and inner thighs, such as the [ball bridge](/exercises/ball-bridge), so every bit of new range arrives with control.',
          },
          {
            title: 'Let the Breath Lead',
            body: 'Slow breathing into the belly and the back of the ribs helps the whole body shift down a gear. Exhaling as you ease into a stretch often lets the surrounding muscles soften far more than pushing ever could.',
          },
          {
            title: 'Keep the Back Out of the Stretch',
            body: 'When the hips reach the end of their range, it is tempting to arch the lower back to get a little further. Instead, draw the lower belly in lightly, keep the pelvis neutral and accept a smaller movement that truly belongs to the hip.',
          },
          {
            title: 'Practise a Little, Often',
            body: 'Hips change gradually. Ten unhurried minutes on most days will do more than one long session every so often, and a short routine is far easier to keep when life gets busy.',
          },
        ],
      },
      {
        type: 'routine',
        slug: 'ten-minute-hip-release',
        note: 'All of this in one unhurried ten minutes: press start and follow along.',
      },
      {
        type: 'callout',
        tone: 'caution',
        title: 'When to get it checked',
        body: 'If back pain is sharp, spreads down a leg, comes with numbness or weakness, or simply doesn’t ease after a few weeks, please see a doctor or physiotherapist before carrying on by yourself.',
      },
      {
        type: 'p',
        text: 'Looking after your back often begins a little lower down. When the hips get patient movement, thoughtful strength work and an easy breath, many people find the lower back can finally stop guarding and relax. Choose one or two of the exercises above, try them for a week and notice, without judgement, how your body responds.',
      },
    ],
  },
  {
    slug: 'beginners-guide-to-b-the-method',
    title: 'A Beginner’s Guide to B The Method',
    excerpt:
      'New to the method? Here is everything you need for your first sessions: what makes the approach different, how the small ball helps, what happens in class and how to practise at home.',
    topics: ['mobility', 'breathwork', 'posture'],
    heroImage: 'hero-beginners-guide',
    author: 'marketing',
    publishedAt: '2026-01-14T09:00:00.000Z',
    featured: true,
    status: 'published',
    relatedExercises: ['crocodile-breath', 'cat-cow-with-breath', 'ball-bridge'],
    content: [
      {
        type: 'p',
        text: 'Starting something new with your body can feel like a lot, especially if past workouts left you sore, bored or convinced that you just aren’t a “fitness person”. B The Method was built for exactly that moment. It is slow, low-impact and deeply practical, and it asks for only three things: a small, soft ball, your breath and your attention. This guide walks you through what to expect, so your first class or home session feels familiar before it even begins.',
      },
      { type: 'h2', text: 'What Makes the Method Different' },
      {
        type: 'p',
        text: 'Many exercise styles measure success in sweat, speed or how many repetitions you can squeeze in. We measure it in quality. Each movement is done slowly enough that you can feel which muscles are working and which ones are trying to help when they shouldn’t. That awareness is the real training: once you can feel a habit, you can start to change it.',
      },
      {
        type: 'p',
        text: 'The method borrows its precision from Pilates and its patience from mindful movement practices. There is no jumping, no heavy loading and no race to the end of the class. Instead, you move joints through a comfortable range, build strength in the deep muscles that support the spine and pelvis, and finish feeling longer and calmer rather than wrung out.',
      },
      { type: 'h2', text: 'Meet the Small Ball' },
      {
        type: 'p',
        text: 'Our one piece of equipment is a soft ball about nine inches, or twenty-three centimetres, across. It is deliberately under-inflated so it gives a little when you press on it. That squishiness is what makes it so useful. Depending on where you place it, the ball can do several different jobs:',
      },
      {
        type: 'ul',
        items: [
          '**Support**: tucked under the pelvis, head or lower back, it lets muscles rest while the joints nearby move freely.',
          '**Feedback**: held between the knees or ankles, it tells you instantly when one side has switched off.',
          '**Gentle resistance**: a soft squeeze gives the inner thighs and deep core something to work against without strain.',
          '**Release**: lying on it lets tight areas soften under your own body weight, at a pressure you control.',
        ],
      },
      {
        type: 'p',
        text: 'If you don’t have a ball yet, a rolled towel or a small cushion will get you through your first few sessions. Most people find they reach for the real thing quickly once they feel the difference.',
      },
      { type: 'h2', text: 'Breath Comes First' },
      {
        type: 'p',
        text: 'Every session starts with a few minutes of breathing, and we return to the breath constantly along the way. This is not a warm-up to rush through. A slow, wide breath settles the nervous system, helps tight muscles let go and connects you with the diaphragm and pelvic floor, which together form the top and bottom of your deep core. One of the simplest ways to feel that connection is lying on your front:',
      },
      {
        type: 'exercise',
        slug: 'crocodile-breath',
        note: 'Try this for two or three minutes before your first session and notice where the breath moves.',
      },
      {
        type: 'p',
        text: 'In general we exhale on the effort, the moment of lifting, squeezing or reaching, and inhale as we return or prepare. If you lose track, don’t worry. Breathing naturally always beats holding your breath while you try to remember the pattern.',
      },
      { type: 'h2', text: 'What a First Class Looks Like' },
      { type: 'h3', text: 'Arriving and settling' },
      {
        type: 'p',
        text: 'Arrive ten minutes early so your instructor can ask about any injuries, recent surgery or pregnancy and suggest adjustments. You’ll be given a mat and a ball, and the class begins lying down, usually with a body scan and easy breathing.',
      },
      { type: 'h3', text: 'The main sequence' },
      {
        type: 'p',
        text: 'Next comes a flowing series of exercises, often starting on the back, moving to the side and hands and knees, and finishing seated or standing. Expect moves like [cat-cow with breath](/exercises/cat-cow-with-breath), ball bridges and side-lying work for the hips. Your instructor will offer an easier and a harder option for most of them.',
      },
      { type: 'h3', text: 'Closing down' },
      {
        type: 'p',
        text: 'The last few minutes are quiet again: a release over the ball, a long stretch and a moment to notice how you feel compared with when you walked in. Many people say this is the part they look forward to most.',
      },
      { type: 'h2', text: 'Five Principles to Carry with You' },
      {
        type: 'numbered',
        items: [
          { title: 'Slow Is a Skill', body: 'Moving slowly takes more control than moving fast. Let each repetition take its time.' },
          { title: 'Comfort Sets the Range', body: 'Work in the range you can control without pain. It will grow on its own as you practise.' },
          { title: 'Less Effort, Better Results', body: 'Most cues ask for about a third of your maximum effort. Gripping hard usually means the wrong muscles are helping.' },
          { title: 'Both Sides, Not Equal Sides', body: 'Your two sides will feel different. That is normal and useful information, not a flaw.' },
          { title: 'Consistency Beats Intensity', body: 'Short, regular practice changes how you move far more than the occasional heroic session.' },
        ],
      },
      {
        type: 'quote',
        text: 'The first week, I thought nothing was happening. By the third, I noticed I was getting out of the car without bracing myself on the door. — A student at our Brooklyn studio',
      },
      { type: 'h2', text: 'Practising at Home' },
      {
        type: 'p',
        text: 'Classes give you guidance and community, but the method really takes hold when you bring a little of it into ordinary days. You don’t need a dedicated room or a long block of time. A clear patch of floor and fifteen minutes is plenty. A simple home session might look like this:',
      },
      {
        type: 'ul',
        items: [
          'Three minutes of breathing, lying on your back or front.',
          'Five minutes of gentle spine and hip mobility, such as cat-cow and knee sways over the ball.',
          'Five minutes of strength, for example ball bridges and side-lying clams.',
          'Two minutes of stillness to finish.',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        title: 'Make it easy to start',
        body: 'Leave your ball and mat somewhere you’ll see them every day. The less setting up a session needs, the more often it actually happens.',
      },
      { type: 'h2', text: 'Questions We Hear Often' },
      { type: 'h3', text: 'Do I need to be flexible?' },
      {
        type: 'p',
        text: 'Not at all. Flexibility is something the method develops, not a requirement for joining. Every exercise has a smaller version.',
      },
      { type: 'h3', text: 'Is it suitable if I have back pain?' },
      {
        type: 'p',
        text: 'Many of our students come to us with achy backs, and gentle movement is often welcome. If your pain is severe, recent or unexplained, please see a doctor or physiotherapist first, then let your instructor know what they advised.',
      },
      { type: 'h3', text: 'How soon will I notice a change?' },
      {
        type: 'p',
        text: 'Most people feel calmer after the very first session. Changes in how you move usually become noticeable after three to six weeks of practising two or three times a week.',
      },
      {
        type: 'p',
        text: 'Whatever brought you here, whether a stiff back, a wish to move more gracefully or simply curiosity, you are welcome exactly as you are. Take a breath, grab your ball and begin.',
      },
    ],
  },
  {
    slug: 'why-a-small-soft-ball',
    title: 'Why We Use a Small, Partly Deflated Ball',
    excerpt:
      'It looks like a child’s toy, but the small soft ball is the heart of our method. Here is what it does for your body and how to choose and look after one.',
    topics: ['mobility', 'core-and-pelvic-floor'],
    heroImage: 'hero-small-ball',
    author: 'admin',
    publishedAt: '2026-02-18T09:00:00.000Z',
    featured: true,
    status: 'published',
    relatedExercises: ['ball-bridge', 'side-lying-clam-with-ball', 'seated-ball-squeeze'],
    content: [
      {
        type: 'p',
        text: 'Visitors to our studios are sometimes surprised that the only equipment on the shelves is a stack of small, squashy balls. No machines, no weights, no resistance towers. The ball is modest, cheap and easy to pack in a suitcase, and it turns out to be one of the most versatile tools for mindful movement we know.',
      },
      { type: 'h2', text: 'Soft on Purpose' },
      {
        type: 'p',
        text: 'A firm, fully inflated ball rolls away the moment you lean on it. Ours is only partly filled with air, so it flattens slightly under load and stays where you put it. That softness lets it mould to the body, whether it is resting under the sacrum, behind the lower back or between the knees. It also means the ball reacts to tiny changes in pressure, which is exactly what makes it such a good teacher.',
      },
      { type: 'h2', text: 'Four Jobs the Ball Does' },
      {
        type: 'numbered',
        items: [
          {
            title: 'It Gives You Something to Feel',
            body: 'Muscles like the inner thighs and deep abdominals are hard to sense on their own. A gentle squeeze on the ball makes them easy to find.',
          },
          {
            title: 'It Keeps You Honest',
            body: 'If the ball slips from between your knees during a bridge, one side has stopped working. The feedback is instant and kind.',
          },
          {
            title: 'It Supports What Needs to Rest',
            body: 'Placed under the pelvis or head, it lets those areas relax so the joints nearby can move freely.',
          },
          {
            title: 'It Adds a Little Challenge',
            body: 'Balancing on an unstable surface, even a small one, quietly switches on the muscles that keep you steady.',
          },
        ],
      },
      {
        type: 'exercise',
        slug: 'ball-bridge',
        note: 'The ball bridge shows off all four jobs in one simple movement.',
      },
      {
        type: 'quote',
        text: 'I tell new students the ball is like a patient friend. It never pushes you, but it always lets you know what is going on.',
      },
      { type: 'h2', text: 'Choosing and Caring for Your Ball' },
      {
        type: 'ul',
        items: [
          'Look for a diameter of about 9 inches (23 cm) and a soft, non-slip surface.',
          'Inflate it to roughly two-thirds full. When you press it with a flat hand, it should sink a couple of centimetres.',
          'Keep it away from radiators and direct sunlight, which can make the surface sticky.',
          'Wipe it with mild soapy water after sweaty sessions and let it air-dry.',
          'Top up the air every few months with the small straw that comes with most balls.',
        ],
      },
      {
        type: 'p',
        text: 'You will find our own studio ball on the [offerings page](/offerings), but any similar soft ball will serve you well. What matters most is not the brand but the habit of using it: a few minutes a day, with curiosity and an easy breath.',
      },
    ],
  },
  {
    slug: 'breathing-for-better-mobility',
    title: 'How Your Breath Helps You Move More Freely',
    excerpt:
      'Breathing is more than a warm-up ritual. Learn how the diaphragm shapes the way you move, three breath patterns we use in class and easy ways to practise during the day.',
    topics: ['breathwork', 'mobility'],
    heroImage: 'hero-breath-mobility',
    author: 'editor',
    publishedAt: '2026-04-22T09:00:00.000Z',
    status: 'published',
    relatedExercises: ['crocodile-breath', 'cat-cow-with-breath'],
    content: [
      {
        type: 'p',
        text: 'If you have taken one of our classes, you will have heard the same gentle reminders again and again: *inhale to prepare, exhale to move*. It can sound like a nice extra, but in our method the breath is part of the movement itself. How you breathe changes how your trunk is supported, how tense your muscles feel and how far you can comfortably go.',
      },
      { type: 'h2', text: 'The Diaphragm Is a Movement Muscle' },
      {
        type: 'p',
        text: 'Your main breathing muscle is a dome that sits under the ribs. Each time you breathe in, it flattens and draws downward, gently increasing pressure in the abdomen; as you breathe out, it rises again. The pelvic floor below and the deep abdominal wall around the waist respond to that rhythm. Together they form a pressurised, flexible cylinder that steadies the spine from the inside.',
      },
      {
        type: 'p',
        text: 'When breathing becomes shallow and high in the chest, as it often does under stress, that system works less well. The neck and shoulders take on extra effort, and the deep core has less to work with. Slow, wide breaths restore the partnership.',
      },
      { type: 'h2', text: 'Three Breath Patterns We Use in Class' },
      { type: 'h3', text: 'Settling breath' },
      {
        type: 'p',
        text: 'Breathing in through the nose for about four counts and out for six, with no pause in between. The longer exhale nudges the body toward rest and is how we begin most sessions.',
      },
      { type: 'h3', text: 'Wide-rib breath' },
      {
        type: 'p',
        text: 'Hands resting on the sides of the ribs, you breathe so the ribs widen into your palms rather than the chest lifting toward the chin. This pattern keeps the breath moving while the belly stays lightly drawn in during core work.',
      },
      { type: 'h3', text: 'Breath on the effort' },
      {
        type: 'p',
        text: 'Exhaling as you lift, squeeze or reach, and inhaling as you return. The outbreath naturally recruits the deep abdominals, so timing the effort with it gives you support exactly when you need it.',
      },
      {
        type: 'exercise',
        slug: 'crocodile-breath',
        note: 'Lying on your front is one of the easiest ways to feel the back of the ribs expand.',
      },
      {
        type: 'callout',
        tone: 'tip',
        body: 'Never strain for a bigger breath. If you feel light-headed, return to normal breathing for a few rounds. Quiet and slow is always better than deep and forced.',
      },
      { type: 'h2', text: 'Bringing the Breath into Your Day' },
      {
        type: 'ul',
        items: [
          'Take three settling breaths before opening your laptop in the morning.',
          'Exhale as you stand up from a chair or lift a bag; notice how much steadier it feels.',
          'Use a red traffic light or a kettle boiling as a cue to drop your shoulders and breathe wide.',
          'End the day with two minutes of crocodile breath on the bedroom floor.',
        ],
      },
      {
        type: 'p',
        text: 'Breathing well is not about getting it perfect. It is about noticing, more and more often, what your breath is doing and giving it a little more room. Over time, you may find that the body follows.',
      },
    ],
  },
  {
    slug: 'five-minute-desk-reset',
    title: 'A Five-Minute Desk Reset for Better Posture',
    excerpt:
      'Long stretches at a desk leave the spine, hips and shoulders craving movement. This short routine needs only a chair, a wall and your small ball.',
    topics: ['posture', 'back-care'],
    heroImage: 'hero-desk-reset',
    author: 'marketing',
    publishedAt: '2026-06-09T09:00:00.000Z',
    status: 'published',
    relatedExercises: ['seated-pelvic-clock', 'chair-spinal-twist', 'wall-angels'],
    content: [
      {
        type: 'p',
        text: 'Even the most carefully arranged workstation can’t make up for sitting still for hours. The body loves variety, and after a long spell at the screen, the hips feel folded, the upper back rounds forward and the neck starts to ache. The good news is that you don’t need to leave the office or change into workout clothes to feel better. Five minutes is enough to remind your body how to move.',
      },
      { type: 'h2', text: 'Why Sitting Feels So Stiff' },
      {
        type: 'p',
        text: 'Sitting itself is not the problem; staying in one shape is. Muscles that are held in the same position for long periods tend to stiffen, and the joints they surround get fewer signals to move. Regular breaks that take the spine and hips through a few gentle ranges help undo that stillness before it settles in.',
      },
      { type: 'h2', text: 'The Routine' },
      {
        type: 'numbered',
        items: [
          {
            title: 'Pelvic Clock on the Ball',
            body: 'Sit on your small ball on the chair and trace slow circles with the pelvis, six in each direction. This wakes up the lower back and pelvic floor after hours of stillness.',
          },
          {
            title: 'Chair Spinal Twist',
            body: 'Cross your arms over your chest, sit tall and turn the ribs to each side six times, exhaling as you rotate.',
          },
          {
            title: 'Seated Ball Squeeze',
            body: 'Move the ball between your knees and give it ten soft squeezes, releasing fully each time.',
          },
          {
            title: 'Wall Angels',
            body: 'Stand with your back to the nearest wall and slide your arms up and down ten times to open the chest and shoulders.',
          },
        ],
      },
      {
        type: 'exercise',
        slug: 'wall-angels',
        note: 'If your hands don’t reach the wall, that is fine. Work in the range you have and it will gradually improve.',
      },
      { type: 'h2', text: 'Making It Stick' },
      {
        type: 'p',
        text: 'A routine only helps if you actually do it. These small tricks make it far more likely:',
      },
      {
        type: 'ul',
        items: [
          'Set a quiet reminder for mid-morning and mid-afternoon.',
          'Keep the ball under your desk so it is always within reach.',
          'Pair the reset with something you already do, such as refilling your water glass.',
          'Invite a colleague; it is easier to move when someone else is moving too.',
        ],
      },
      {
        type: 'routine',
        slug: 'desk-break-reset',
        note: 'The reset with a timer: it tells you when to move on, so you can keep your eyes off the screen.',
      },
      {
        type: 'p',
        text: 'Between resets, simply change position often: sit back, sit forward, stand for a phone call, walk to speak to someone instead of sending a message. The best posture, as our instructors like to say, is your next one. For more ideas, browse our [exercise library](/exercises) and choose the moves that feel best for your body.',
      },
    ],
  },
  {
    slug: 'gentle-morning-spine-routine',
    title: 'A Gentle Morning Routine for a Happier Spine',
    excerpt:
      'Stiff when you first get out of bed? This calm, ten-minute sequence eases the spine awake, one segment at a time, before the day picks up speed.',
    topics: ['back-care', 'mobility'],
    heroImage: 'hero-morning-spine',
    author: 'editor',
    publishedAt: '2026-08-04T09:00:00.000Z',
    status: 'published',
    relatedExercises: ['cat-cow-with-breath', 'thread-the-needle', 'standing-roll-down'],
    content: [
      {
        type: 'p',
        text: 'Many people feel their stiffest in the first hour of the day. After a night of lying still, the spine and the tissues around it simply need a little coaxing before they feel supple again. Rather than forcing a big stretch the moment you wake, try giving your back ten quiet minutes of movement. It is a lovely way to check in with yourself before the emails start.',
      },
      { type: 'h2', text: 'Why Mornings Can Feel Stiff' },
      {
        type: 'p',
        text: 'During sleep we move far less than during the day, and the discs between the vertebrae take on a little extra fluid. Both are perfectly normal, and both mean the back may feel less flexible at first. Gentle, rhythmic movement helps the whole area warm up gradually, which is far kinder than folding forward to touch your toes straight away.',
      },
      { type: 'h2', text: 'Your Ten-Minute Sequence' },
      {
        type: 'numbered',
        items: [
          {
            title: 'Breathe Before You Move',
            body: 'While still lying in bed or on the floor, take ten slow breaths, letting the belly and sides of the ribs widen.',
          },
          {
            title: 'Knee Sways',
            body: 'With knees bent and feet flat, let both knees drift from side to side eight times, keeping the shoulders relaxed.',
          },
          {
            title: 'Cat-Cow with Breath',
            body: 'On hands and knees, wave through the spine eight times, moving from the tailbone first.',
          },
          {
            title: 'Thread the Needle',
            body: 'Still on all fours, rotate the upper back by sweeping one arm under the body and then up toward the ceiling, six times each side.',
          },
          {
            title: 'Standing Roll Down',
            body: 'Finish standing, curling slowly toward the floor and back up three to six times with soft knees.',
          },
        ],
      },
      {
        type: 'callout',
        tone: 'caution',
        title: 'Go gently',
        body: 'Keep every movement in a comfortable range. If morning stiffness lasts longer than an hour, wakes you at night or comes with pain that is getting worse, talk to a doctor or physiotherapist.',
      },
      { type: 'h2', text: 'Listening to Your Back' },
      {
        type: 'p',
        text: 'Some mornings the sequence will feel easy, and on others your back will ask for smaller, slower movements. Both are fine. Treat the routine as a conversation rather than a test. Over a few weeks you may notice that the first stiff minutes shorten, and that you carry a little more ease into the rest of the day.',
      },
      {
        type: 'routine',
        slug: 'morning-spine-wake-up',
        note: 'Prefer to be guided? The same idea as a follow-along routine.',
      },
      {
        type: 'h3',
        text: 'A note on the small ball',
      },
      {
        type: 'p',
        text: 'If you have your ball nearby, slip it under the sacrum for the knee sways. The support makes the movement even softer and is a favourite with students who wake up with a tight lower back.',
      },
      {
        type: 'p',
        text: 'However you choose to begin, the aim is the same: to start the day moving with attention rather than rushing. Your spine will thank you for it.',
      },
    ],
  },
  {
    slug: 'posture-myths-to-let-go',
    title: 'Four Posture Myths Worth Letting Go',
    excerpt:
      'Sit up straight, shoulders back, never slouch. Much of what we learned about posture is stricter than it needs to be. Here is a kinder, more practical view.',
    topics: ['posture', 'back-care'],
    heroImage: 'hero-posture-myths',
    author: 'admin',
    publishedAt: '2026-09-29T09:00:00.000Z',
    status: 'published',
    relatedExercises: ['wall-angels', 'prone-ball-swan', 'ball-chin-nod'],
    content: [
      {
        type: 'p',
        text: 'Most of us grew up hearing that there is one correct way to sit and stand, and that anything else is bad for us. That message can leave people feeling anxious every time they catch their reflection in a shop window. The reality is more relaxed, and more helpful. Here are four common beliefs we gently challenge in our classes.',
      },
      { type: 'h2', text: 'The Myths' },
      { type: 'h3', text: '1. There is one perfect posture' },
      {
        type: 'p',
        text: 'Bodies come in many shapes, and a comfortable position for one person may be tiring for another. Rather than chasing an ideal, aim for positions that feel easy to breathe in and that you can leave whenever you like.',
      },
      { type: 'h3', text: '2. Slouching will damage your spine' },
      {
        type: 'p',
        text: 'A rounded spine is a normal shape that your back is built to make. Slouching for a while is not harmful in itself; staying in any one position for hours is what tends to leave people stiff and sore.',
      },
      { type: 'h3', text: '3. Shoulders should be pulled back hard' },
      {
        type: 'p',
        text: 'Squeezing the shoulder blades together all day creates its own tension. Well-supported shoulders rest wide and low, with the upper back doing the work of keeping the chest open. Exercises such as the [prone swan on the ball](/exercises/prone-ball-swan) build that support quietly.',
      },
      { type: 'h3', text: '4. A strong core means a rigid belly' },
      {
        type: 'p',
        text: 'Holding the stomach tight all the time can limit the breath and make the back feel more guarded. A responsive core switches on when you need it and softens when you don’t.',
      },
      {
        type: 'quote',
        text: 'Good posture isn’t a position you hold. It is the freedom to move easily from one position to the next.',
      },
      { type: 'h2', text: 'What Good Posture Really Means' },
      {
        type: 'ul',
        items: [
          '**Variety**: changing position often throughout the day.',
          '**Ease**: being able to breathe fully wherever you are.',
          '**Balance**: using both sides of the body and avoiding the same habitual lean.',
          '**Support**: having the strength to stay upright without gripping.',
        ],
      },
      {
        type: 'p',
        text: 'If you want a practical starting point, try pairing a few minutes of wall angels with gentle chin nods on the ball. They help the upper back and neck find a comfortable alignment without forcing anything. And if pain is what sent you looking for posture advice, a physiotherapist can help you understand what your own body needs.',
      },
      {
        type: 'p',
        text: 'Let go of the idea of perfect posture and replace it with a simpler question: *how can I move a little more right now?* It is a question your body will happily answer.',
      },
    ],
  },
  {
    slug: 'breath-and-pelvic-floor',
    title: 'Your Breath and Your Pelvic Floor: A Quiet Partnership',
    excerpt:
      'The pelvic floor moves with every breath you take. Understanding that rhythm is the first step toward a core that feels supportive rather than tense.',
    topics: ['core-and-pelvic-floor', 'breathwork'],
    heroImage: 'hero-pelvic-floor-breath',
    author: 'editor',
    publishedAt: '2026-11-20T09:00:00.000Z',
    status: 'draft',
    relatedExercises: ['seated-ball-squeeze', 'crocodile-breath', 'ball-bridge-march'],
    content: [
      {
        type: 'p',
        text: 'The pelvic floor rarely gets talked about outside of pregnancy classes, yet it plays a part in how everyone breathes, moves and stays steady. This group of muscles forms a supportive hammock at the base of the pelvis. It is not a muscle you only squeeze occasionally: it moves constantly, in time with your breath.',
      },
      { type: 'h2', text: 'How the Two Work Together' },
      {
        type: 'p',
        text: 'As you breathe in, the diaphragm descends and the pelvic floor lowers and widens slightly to make room. As you breathe out, both rise again. When this rhythm flows freely, the deep core can respond to whatever you do, from lifting shopping bags to laughing with friends.',
      },
      {
        type: 'p',
        text: 'Problems often start when the rhythm gets stuck. Some people hold their pelvic floor tight all day without realising it; others find it hard to feel at all. Both can benefit from reconnecting with the breath before adding any strength work.',
      },
      { type: 'h2', text: 'A Simple Way to Feel It' },
      {
        type: 'p',
        text: 'Sit on a firm chair with your small ball between your knees. Breathe in and let the belly, the sides of the ribs and the base of the pelvis all soften and widen. Breathe out and, very gently, draw the sitting bones toward each other and lift, while giving the ball a light squeeze. Then let everything go completely.',
      },
      {
        type: 'p',
        text: 'Try five or six rounds, then rest and breathe normally. Keep the lift light, around a third of your strongest effort, and give the release at least as much time as the squeeze. Many people discover that letting go is the harder half of the exercise.',
      },
      { type: 'h3', text: 'What to notice' },
      {
        type: 'ul',
        items: [
          'Whether the release feels as clear as the lift.',
          'If your jaw, shoulders or buttocks are joining in.',
          'Whether the breath stays smooth throughout.',
        ],
      },
      {
        type: 'exercise',
        slug: 'seated-ball-squeeze',
        note: 'This is the full version of the exercise described above, with cues and variations.',
      },
      {
        type: 'callout',
        tone: 'caution',
        body: 'If you notice leaking, heaviness, pelvic pain or discomfort during intimacy, please see a pelvic health physiotherapist. These are common experiences, and specialised, individual guidance makes a real difference.',
      },
      {
        type: 'p',
        text: 'Getting to know your pelvic floor is less about doing more and more about noticing. A few minutes of calm breathing each day, with the occasional gentle lift and generous release, is a wonderful foundation for everything else you practise with us.',
      },
    ],
  },
]
