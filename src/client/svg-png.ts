/**
 * A standalone SVG (a figure file, src/site/figures/frame.ts) as a PNG, drawn by the browser as
 * the build draws the static PNGs (src/pipeline/downloads/png.ts): `scale` pixels per unit,
 * `round(width × scale)` × `round(height × scale)` pixels, on `background`, with the fonts given as
 * `@font-face` rules put inside the SVG. The image is loaded from a `data:` URL, which the
 * site's CSP already allows for images (img-src 'self' data:).
 */
export async function svgToPng(svg: string, { scale, background }: { scale: number; background: string }, fontFaces: string): Promise<Blob> {
  const root = /<svg\b[^>]*>/.exec(svg);
  const size = root && /\bwidth="([\d.]+)" height="([\d.]+)"/.exec(root[0]);
  if (!root || !size) throw new Error('not a figure SVG (no width and height on its root)');
  const [width, height] = [Math.round(Number(size[1]) * scale), Math.round(Number(size[2]) * scale)];
  // The root drawn at the PNG's size (its viewBox keeps the drawing's units), fonts first inside it.
  const open = root[0].replace(size[0], `width="${width}" height="${height}"`);
  const sized = `${svg.slice(0, root.index)}${open}<style>${fontFaces}</style>${svg.slice(root.index + root[0].length)}`;
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no PNG'))), 'image/png'));
}
