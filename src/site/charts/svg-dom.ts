/**
 * The smallest DOM Observable Plot draws our charts on (render.ts): elements, text, attributes,
 * tree edits, simple selectors and `outerHTML`. It replaces linkedom, whose nodes each cost an
 * event-target map and attribute objects (most of the build's chart time went to that and its
 * garbage collection).
 *
 * The markup is byte for byte what linkedom writes for an SVG element in an HTML document
 * (tests/unit/svg-dom.test.ts compares both):
 * - a new attribute goes first (linkedom inserts attributes right after the tag); setting an
 *   existing one keeps its place; `class` is normalised to its distinct tokens;
 * - attribute values escape only `"`; an empty `id`, `class` or `style` is left out and another
 *   empty boolean-like attribute is written bare (linkedom's list `EMPTY`);
 * - text escapes `&`, `<`, `>` and no-break space; an empty SVG element closes as ` />`.
 *
 * Anything Plot might call that is not here throws (a TypeError), so a new chart kind that needs
 * more fails loudly instead of drawing something else.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Attributes linkedom writes bare when empty (and drops when `id`, `class` or `style`). */
const EMPTY = new Set(['allowfullscreen', 'allowpaymentrequest', 'async', 'autofocus', 'autoplay', 'checked', 'class', 'contenteditable', 'controls', 'default', 'defer', 'disabled', 'draggable', 'formnovalidate', 'hidden', 'id', 'ismap', 'itemscope', 'loop', 'multiple', 'muted', 'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'selected', 'style', 'truespeed']);
const DROPPED_WHEN_EMPTY = new Set(['id', 'class', 'style']);
const TEXT_ESCAPES: Record<string, string> = { '\xA0': '&#160;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeText = (text: string): string => text.replace(/[<>&\xA0]/g, (c) => TEXT_ESCAPES[c]!);

type Child = SvgElement | SvgText;

abstract class SvgNode {
  parentNode: SvgElement | null = null;
  readonly ownerDocument: SvgDocument;
  constructor(ownerDocument: SvgDocument) {
    this.ownerDocument = ownerDocument;
  }

  get nextSibling(): Child | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this as unknown as Child) + 1] ?? null) : null;
  }

  get previousSibling(): Child | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this as unknown as Child) - 1] ?? null) : null;
  }

  remove(): void {
    this.parentNode?.removeChild(this as unknown as Child);
  }

  /** DOCUMENT_POSITION_PRECEDING (2) or _FOLLOWING (4) of `other` in document order. */
  compareDocumentPosition(other: SvgNode): number {
    const path = (node: SvgNode): SvgNode[] => {
      const out: SvgNode[] = [];
      for (let n: SvgNode | null = node; n; n = n.parentNode) out.unshift(n);
      return out;
    };
    const a = path(this);
    const b = path(other);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i === a.length) return 20; // other is inside this: CONTAINED_BY | FOLLOWING
    if (i === b.length) return 10; // this is inside other: CONTAINS | PRECEDING
    if (i === 0) return 1; // DISCONNECTED
    const siblings = (a[i - 1] as SvgElement).childNodes;
    return siblings.indexOf(b[i] as Child) > siblings.indexOf(a[i] as Child) ? 4 : 2;
  }
}

export class SvgText extends SvgNode {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  data: string;
  constructor(ownerDocument: SvgDocument, data: string) {
    super(ownerDocument);
    this.data = data;
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(text: string) {
    this.data = String(text);
  }
  override toString(): string {
    return escapeText(this.data);
  }
}

/** Inline styles: kept apart from the attributes (render.ts drops `style` anyway). */
class Style {
  private readonly props = new Map<string, string>();
  setProperty(name: string, value: string): void {
    this.props.set(name, String(value));
  }
  removeProperty(name: string): void {
    this.props.delete(name);
  }
  getPropertyValue(name: string): string {
    return this.props.get(name) ?? '';
  }
}

export class SvgElement extends SvgNode {
  readonly nodeType = 1;
  readonly childNodes: Child[] = [];
  /** Attributes in the order they were added; written newest first (as linkedom does). */
  private readonly attrs = new Map<string, string>();
  private styles?: Style;
  readonly namespaceURI: string;
  readonly localName: string;

  constructor(ownerDocument: SvgDocument, namespaceURI: string, localName: string) {
    super(ownerDocument);
    this.namespaceURI = namespaceURI;
    this.localName = localName;
  }

  get tagName(): string {
    return this.namespaceURI === XHTML_NS ? this.localName.toUpperCase() : this.localName;
  }
  get nodeName(): string {
    return this.tagName;
  }
  get ownerSVGElement(): SvgElement | null {
    let n = this.parentNode;
    while (n && n.localName !== 'svg') n = n.parentNode;
    return n;
  }

  get children(): SvgElement[] {
    return this.childNodes.filter((c): c is SvgElement => c.nodeType === 1);
  }
  get firstChild(): Child | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): Child | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get firstElementChild(): SvgElement | null {
    return this.children[0] ?? null;
  }

  /** Name and value of each attribute, in the order they are written. */
  get attributes(): { name: string; value: string }[] {
    const out: { name: string; value: string }[] = [];
    for (const [name, value] of this.attrs) out.push({ name, value });
    return out.reverse();
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  getAttributeNS(_ns: string | null, name: string): string | null {
    return this.getAttribute(name);
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  setAttribute(name: string, value: unknown): void {
    const text = String(value);
    this.attrs.set(name, name === 'class' ? [...new Set(text.split(/\s+/).filter(Boolean))].join(' ') : text);
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  removeAttributeNS(_ns: string | null, name: string): void {
    this.removeAttribute(name);
  }
  get className(): string {
    return this.attrs.get('class') ?? '';
  }
  set className(value: string) {
    this.setAttribute('class', value);
  }
  get style(): Style {
    return (this.styles ??= new Style());
  }

  appendChild<T extends Child>(child: T): T {
    return this.insertBefore(child, null);
  }
  append(...nodes: (Child | string)[]): void {
    for (const node of nodes) this.appendChild(typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node);
  }
  insertBefore<T extends Child>(child: T, before: Child | null): T {
    child.parentNode?.removeChild(child);
    const at = before ? this.childNodes.indexOf(before) : -1;
    if (at < 0) this.childNodes.push(child);
    else this.childNodes.splice(at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends Child>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at < 0) throw new Error('svg-dom: removeChild of a node that is not a child');
    this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string | null) {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
    if (text != null && text !== '') this.appendChild(this.ownerDocument.createTextNode(String(text)));
  }

  matches(selector: string): boolean {
    return compile(selector)(this);
  }
  querySelectorAll(selector: string): SvgElement[] {
    const test = compile(selector);
    const out: SvgElement[] = [];
    const visit = (node: SvgElement): void => {
      for (const child of node.children) {
        if (test(child)) out.push(child);
        visit(child);
      }
    };
    visit(this);
    return out;
  }
  querySelector(selector: string): SvgElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  get outerHTML(): string {
    return this.toString();
  }
  override toString(): string {
    let attrs = '';
    for (const [name, value] of this.attrs) {
      if (value) attrs = ` ${name}="${value.includes('"') ? value.replace(/"/g, '&quot;') : value}"${attrs}`;
      else if (!EMPTY.has(name)) attrs = ` ${name}=""${attrs}`;
      else if (!DROPPED_WHEN_EMPTY.has(name)) attrs = ` ${name}${attrs}`;
    }
    const out = `<${this.localName}${attrs}`;
    if (this.childNodes.length) return `${out}>${this.childNodes.join('')}</${this.localName}>`;
    return this.namespaceURI === SVG_NS ? `${out} />` : `${out}></${this.localName}>`;
  }
}

/** `tag`, `.class`, `tag.class`, `*`, and lists of these separated by commas; anything else throws. */
function compile(selector: string): (node: SvgElement) => boolean {
  const tests = selector.split(',').map((part) => {
    const m = /^\s*(\*|[\w-]+)?((?:\.[\w-]+)*)\s*$/.exec(part);
    if (!m || (!m[1] && !m[2])) throw new Error(`svg-dom: unsupported selector ${JSON.stringify(selector)}`);
    const tag = m[1] && m[1] !== '*' ? m[1] : undefined;
    const classes = m[2] ? m[2].slice(1).split('.') : [];
    return (node: SvgElement) => (!tag || node.localName === tag) && classes.every((c) => node.className.split(' ').includes(c));
  });
  return (node) => tests.some((test) => test(node));
}

export class SvgDocument {
  readonly documentElement: SvgElement;
  constructor() {
    this.documentElement = new SvgElement(this, XHTML_NS, 'html');
  }
  createElementNS(namespace: string, name: string): SvgElement {
    return new SvgElement(this, namespace, name);
  }
  createElement(name: string): SvgElement {
    return new SvgElement(this, XHTML_NS, name.toLowerCase());
  }
  createTextNode(text: string): SvgText {
    return new SvgText(this, String(text));
  }
}
