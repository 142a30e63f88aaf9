// Used only by the Prisma CLI (generate, migrate). The application applies the committed migrations
// itself at start-up; see shared-contracts/src/platform/database/apply-migrations.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.PRISMA_CLI_DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/crossdock_system',
  },
});
