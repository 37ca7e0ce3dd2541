/**
 * A soft chime between parts of a routine: a short sine tone that swells in and fades
 * out, quiet enough not to startle. Made with the Web Audio API, so no sound file to load.
 */
export type Chime = { play: () => void; close: () => void }

type AudioContextConstructor = new () => AudioContext

function audioContextConstructor(): AudioContextConstructor | null {
  if (typeof window === 'undefined') return null
  const legacy = (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext
  return window.AudioContext ?? legacy ?? null
}

/** Call from a click or change handler: browsers only allow sound after a gesture. null without Web Audio. */
export function createChime(): Chime | null {
  const Context = audioContextConstructor()
  if (!Context) return null
  let context: AudioContext
  try {
    context = new Context()
  } catch {
    return null
  }
  return {
    play() {
      try {
        if (context.state === 'suspended') void context.resume().catch(() => undefined)
        const start = context.currentTime
        const tone = context.createOscillator()
        const volume = context.createGain()
        tone.type = 'sine'
        tone.frequency.setValueAtTime(660, start)
        volume.gain.setValueAtTime(0.0001, start)
        volume.gain.exponentialRampToValueAtTime(0.18, start + 0.04)
        volume.gain.exponentialRampToValueAtTime(0.0001, start + 1.2)
        tone.connect(volume).connect(context.destination)
        tone.start(start)
        tone.stop(start + 1.25)
      } catch {
        // A chime that cannot sound is no reason to interrupt the routine.
      }
    },
    close() {
      void context.close().catch(() => undefined)
    },
  }
}
