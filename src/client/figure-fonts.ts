/**
 * The figures' typeface for a PNG drawn in the browser: an image drawn from an SVG loads nothing
 * from outside it, so the font files (served by the site, /huruf/, fetched only now and once per
 * page) go into the SVG as `data:` URLs in an `@font-face` rule each.
 */
let faces: Promise<string> | undefined;

/** The `@font-face` rules of `fonts` (`<weight> <url>` pairs, comma separated, as the page gives them). */
export function figureFontFaces(family: string, fonts: string): Promise<string> {
  faces ??= Promise.all(
    fonts.split(',').map(async (pair) => {
      const [weight, url] = pair.trim().split(' ');
      const response = await fetch(url!);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return `@font-face{font-family:'${family}';font-weight:${weight};src:url(${await dataUrl(await response.blob())}) format('truetype')}`;
    }),
  ).then((rules) => rules.join(''));
  faces.catch(() => (faces = undefined));
  return faces;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
