import { ButtonLink } from '../ui/ButtonLink'
import { Container } from '../ui/Container'

type Props = { name: string; tagline: string | null; bookingUrl?: string | null }

export function HomeHero({ name, tagline, bookingUrl }: Props) {
  return (
    <section className="bg-sand-100 py-20 sm:py-28" aria-labelledby="home-title">
      <Container>
        <h1 id="home-title" className="max-w-3xl font-serif text-4xl leading-tight tracking-tight text-ink sm:text-6xl">
          {name}
        </h1>
        {tagline ? <p className="mt-6 max-w-2xl lede sm:text-xl">{tagline}</p> : null}
        <div className="mt-10 flex flex-wrap gap-4">
          <ButtonLink href="/exercises">Explore the exercises</ButtonLink>
          {bookingUrl ? (
            <ButtonLink href={bookingUrl} variant="secondary">
              Book a class
            </ButtonLink>
          ) : null}
        </div>
      </Container>
    </section>
  )
}
