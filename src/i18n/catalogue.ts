/**
 * THE translation catalogue: every word the site, the download files and the staff logs show,
 * Bahasa Indonesia (`id`) first, English (`en`) second, as one table with one key type. The
 * sections live in their own files for reading; they are assembled here, and a key may be in
 * one section only (tests/unit/i18n.test.ts). `{name}` placeholders are filled by `t()`.
 */
import { chartMessages } from './charts.ts';
import { cliMessages } from './cli.ts';
import { staffMessages } from './staff.ts';
import { dictionaryMessages } from './dictionary.ts';
import { downloadsMessages } from './downloads.ts';
import { exploreMessages } from './explore.ts';
import type { Bilingual } from './lang.ts';
import { logMessages } from './logs.ts';
import { siteMessages } from './site.ts';
import { validateMessages } from './validate.ts';

/** The sections, by name (for the test that no key is in two of them). */
export const SECTIONS = {
  site: siteMessages,
  explore: exploreMessages,
  dictionary: dictionaryMessages,
  downloads: downloadsMessages,
  charts: chartMessages,
  logs: logMessages,
  validate: validateMessages,
  cli: cliMessages,
  staff: staffMessages,
} as const;

export const catalogue = {
  ...siteMessages,
  ...exploreMessages,
  ...dictionaryMessages,
  ...downloadsMessages,
  ...chartMessages,
  ...logMessages,
  ...validateMessages,
  ...cliMessages,
  ...staffMessages,
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof catalogue;
