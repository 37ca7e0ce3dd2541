import { Container } from '../ui/Container'

export function HomeHero({ name, tagline }: { name: string; tagline: string | null }) {
  return (
    <section className="bg-sand-100 py-24 sm:py-32">
      <Container>
        <h1 className="max-w-3xl font-serif text-4xl leading-tight tracking-tight text-ink sm:text-6xl">{name}</h1>
        {tagline ? <p className="mt-6 max-w-2xl text-lg leading-relaxed text-ink-muted sm:text-xl">{tagline}</p> : null}
      </Container>
    </section>
  )
}
