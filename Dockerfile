# Production image: the app as `npm start` runs it everywhere else (checks the environment,
# waits for the one instance that migrates, then serves the production build), as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# patches/: fixes to dependencies that npm ci applies (patch-package, the postinstall script)
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
# Pages read the CMS while they are pre-rendered: with no DATABASE_URL at build time the
# build script runs an embedded PostgreSQL (as its own `postgres` user) just for the build.
RUN npm run build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 MEDIA_DIR=/app/media BACKUP_DIR=/app/backups
# pg_dump and pg_restore for `npm run backup` / `npm run backup:drill` (docs/deploy.md); the
# same major version as the compose database (pg_dump refuses a server newer than itself).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-15 && rm -rf /var/lib/apt/lists/*
# npm start's scripts bundle themselves into node_modules/.cache on first run (scripts/run.mjs).
COPY --from=build --chown=node:node /app /app
RUN rm -rf /app/.data && mkdir -p /app/media /app/backups /app/node_modules/.cache && chown node:node /app/media /app/backups /app/node_modules/.cache
USER node
EXPOSE 3000
# Ready = the database answers, migrations are current and Redis (when configured) answers.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# SIGTERM (docker stop): npm passes it on; the instance stops taking requests, finishes those
# in flight and closes its pools within 10 s (lib/server/shutdown.ts).
STOPSIGNAL SIGTERM
CMD ["npm", "start"]
