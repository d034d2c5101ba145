import { defineConfig } from 'drizzle-kit';

// drizzle-kit cannot open an encrypted database: it only generates migrations from the schema.
// They are applied at runtime by db/migrate.ts.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
