/** Global setup of the `serial` project: the bundled site, shared with `site` (tests/support/built-site.ts). */
import type { TestProject } from 'vitest/node';
import { setupSites } from '../support/built-site.ts';

export default (project: TestProject) => setupSites(project, ['bundled']);
