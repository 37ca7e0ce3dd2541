import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { unsafeRichTextLinks, unsafeUrlReason } from '../../lib/model/safe-url'

/**
 * Unsafe link schemes are refused on every save, drafts and autosaves included (Payload
 * skips field validation for drafts, and a draft is what preview shows), with the field
 * and the reason. Field hooks run for every save, so the check lives here.
 */
function refuse(args: Parameters<FieldHook>[0], message: string): never {
  const path = (args.path ?? [args.field?.name ?? 'url']).join('.')
  throw new ValidationError({
    collection: args.collection?.slug,
    global: args.global?.slug,
    errors: [{ path, message }],
  })
}

/** For a text field that holds an address (booking, checkout, video, menu links). */
export const refuseUnsafeUrl: FieldHook = (args) => {
  const reason = typeof args.value === 'string' ? unsafeUrlReason(args.value) : null
  if (reason) refuse(args, `"${String(args.value).slice(0, 80)}": ${reason}.`)
  return args.value
}

/** For a rich-text field: every custom link and autolink in it. */
export const refuseUnsafeRichTextLinks: FieldHook = (args) => {
  const [first, ...more] = unsafeRichTextLinks(args.value)
  if (first) {
    const others = more.length ? ` (and ${more.length} more unsafe link${more.length === 1 ? '' : 's'})` : ''
    refuse(args, `The link "${first.text.slice(0, 60)}" points to "${first.url.slice(0, 80)}": ${first.reason}${others}.`)
  }
  return args.value
}

export const safeUrlHooks = { beforeValidate: [refuseUnsafeUrl] }
export const safeRichTextHooks = { beforeValidate: [refuseUnsafeRichTextLinks] }
