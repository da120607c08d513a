/** Global setup of the `site` project: the bundled and the canary site (tests/support/built-site.ts). */
import type { TestProject } from 'vitest/node';
import { setupSites } from '../support/built-site.ts';

export default (project: TestProject) => setupSites(project, ['bundled', 'canary']);
