import { fileURLToPath } from 'node:url';

/**
 * The migrations beside this file, for code run from source (CLI, tests, benchmark).
 * The bundled Electron app passes the folder it ships instead.
 */
export const sourceMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
