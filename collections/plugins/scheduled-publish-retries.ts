import type { SanitizedConfig } from 'payload'

/**
 * Payload adds its `schedulePublish` task while it sanitizes the config (after plugins run),
 * with no retries: a scheduled publish that meets a database blip would fail for good and
 * the article would never go live. Publishing twice is harmless, so it is tried again:
 * after 5, 10, 20, 40 and 80 s.
 */
export const SCHEDULED_PUBLISH_RETRIES = { attempts: 5, backoff: { type: 'exponential', delay: 5000 } } as const

export function withScheduledPublishRetries(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (task && task.retries === undefined) task.retries = SCHEDULED_PUBLISH_RETRIES
  return config
}
