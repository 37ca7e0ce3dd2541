import { useEffect } from 'react'

/**
 * Keeps the screen on while `active`, so the phone on the mat does not go dark mid-routine.
 * The browser drops the lock when the tab is hidden; it is asked for again on return.
 * Where the Screen Wake Lock API is missing (Firefox, older Safari) nothing happens.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator) || !navigator.wakeLock) return
    const wakeLock = navigator.wakeLock
    let sentinel: WakeLockSentinel | null = null
    let pending = false
    let ended = false

    const request = () => {
      if (pending || (sentinel && !sentinel.released)) return
      pending = true
      wakeLock
        .request('screen')
        .then((lock) => {
          // Paused or gone while the browser was deciding: give the lock straight back.
          if (ended) void lock.release().catch(() => undefined)
          else sentinel = lock
        })
        // Refused (battery saver, no permission): the player works without it.
        .catch(() => undefined)
        .finally(() => {
          pending = false
        })
    }
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') request()
    }

    request()
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      ended = true
      document.removeEventListener('visibilitychange', onVisibilityChange)
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined)
      sentinel = null
    }
  }, [active])
}
