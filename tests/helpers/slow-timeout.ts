import { jest } from '@jest/globals'

// Integration and browser tests talk to a real database and a real server: allow a minute.
jest.setTimeout(60_000)
