'use client'

import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Progressive enhancement for the filter form: with JavaScript, a change applies the
 * filters at once (a soft navigation, so the back button steps through them); without
 * it, the form’s own submit button does the same with a plain GET.
 */
export function AutoSubmitFilters({ formId }: { formId: string }) {
  const router = useRouter()
  const searchParams = useSearchParams()

  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    const onChange = () => {
      const params = new URLSearchParams()
      for (const [key, value] of new FormData(form)) params.append(key, String(value))
      const query = params.toString()
      router.push(`${form.getAttribute('action') ?? ''}${query ? `?${query}` : ''}`, { scroll: false })
    }
    form.addEventListener('change', onChange)
    return () => form.removeEventListener('change', onChange)
  }, [formId, router])

  // Back and forward change the URL without remounting the form: keep the boxes in step.
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = searchParams.getAll(input.name).flatMap((value) => value.split(',')).includes(input.value)
    }
  }, [formId, searchParams])

  return null
}
