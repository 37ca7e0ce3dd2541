import type { ReactNode } from 'react'

/** Long-form reading text: a comfortable measure, line height and rhythm. */
export function Prose({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={`prose-bthemethod max-w-[68ch] text-[1.0625rem] leading-[1.75] text-ink [&_a]:text-clay-dark [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-clay [&_blockquote]:my-8 [&_blockquote]:border-l-4 [&_blockquote]:border-clay [&_blockquote]:pl-5 [&_blockquote]:font-serif [&_blockquote]:text-xl [&_blockquote]:italic [&_h2]:mt-12 [&_h2]:mb-4 [&_h2]:scroll-mt-24 [&_h2]:font-serif [&_h2]:text-3xl [&_h2]:leading-tight [&_h3]:mt-8 [&_h3]:mb-3 [&_h3]:scroll-mt-24 [&_h3]:font-serif [&_h3]:text-2xl [&_p]:my-5 [&_ul]:my-5 [&_ul]:list-disc [&_ul]:pl-6 [&_ul>li]:my-2 ${className}`}
    >
      {children}
    </div>
  )
}
