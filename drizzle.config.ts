import { defineConfig } from 'drizzle-kit';

// Migrations are generated from schema/ (`npm run db:generate`) and applied by the app on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './schema/index.ts',
  out: './migrations',
});
