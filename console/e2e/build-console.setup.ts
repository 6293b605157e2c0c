import { ensureConsoleBuilt } from '../../api/src/console-build';

/** Builds the console once, before any browser or start-up test runs, so no two of them build it at once. */
export default async function setup() {
  await ensureConsoleBuilt();
}
