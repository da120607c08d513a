/**
 * The map's and the charts' CSS from their modules (never a copy that could drift), inlined by
 * the page layouts (Base, Embed) with its hash added to the page's CSP.
 */
import { createHash } from 'node:crypto';
import { chartsCss } from './charts/index.ts';
import { choroplethCss } from './map/choropleth.ts';

export const VISUAL_CSS = `${choroplethCss()}\n${chartsCss}`;
export const VISUAL_CSS_HASH = `sha256-${createHash('sha256').update(VISUAL_CSS).digest('base64')}` as const;
