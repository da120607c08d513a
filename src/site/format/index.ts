/**
 * Numbers, dates and marks as the pages show them, one function a file: Indonesian (id-ID:
 * 1.234,5) or British English (en-GB: 1,234.5), the true minus sign, marks never as 0.
 */
export { formatBytes } from './bytes.ts';
export { type Cell, cellText, num } from './cell.ts';
export { formatDate } from './date.ts';
export { type Digits, LOCALES } from './locale.ts';
export { formatNumber } from './number.ts';
export { formatPercent, formatPercentTick } from './percent.ts';
export { formatRupiah } from './rupiah.ts';
export { formatShort } from './short.ts';
export { formatSigned } from './signed.ts';
export { type CellStyle, formatStyled } from './styled.ts';
export { isMarker, MARKERS, type Marker } from '../../pipeline/publish/markers.ts';
