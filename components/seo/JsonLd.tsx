import type { Thing, WithContext } from 'schema-dts'

import { serializeJsonLd } from '@/lib/seo/structured-data'

/**
 * Structured data for crawlers. The JSON is escaped (`<` as \u003c) so no title or text
 * from the CMS can end the script element and inject markup.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
