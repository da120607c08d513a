import path from 'node:path';
import { TEST_SITE_DIR } from './built-site.ts';

/** The built site the tests look at (see built-site.ts). */
export const siteDir = (): string => (process.env.TEST_SITE_DIR ? path.resolve(process.env.TEST_SITE_DIR) : TEST_SITE_DIR);
