/** An id usable in a URL fragment for a release: `rilis-2025.1` (downloads and changelog pages). */
export function releaseAnchor(id: string): string {
  return `rilis-${id.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}
