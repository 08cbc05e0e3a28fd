/**
 * Offline checks of manifest.xml (office-addin-manifest validate calls a web service): the
 * elements Office requires, in the order its schema requires, and everything they point at —
 * for the dev manifest and for the production one a department builds (ADDIN_PUBLIC_URL).
 *
 * Microsoft's XSDs for the add-in manifest are published only inside the [MS-OWEMXML] Open
 * Specification (Appendix A, "Full XML Schema"). Its IP notice lets implementations distribute
 * the schemas, but no copy of them could be obtained here (no network, none in a public
 * repository or npm package we could find; office-addin-manifest ships none), so the schema's
 * rules the add-in relies on are checked structurally below.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, manifestFor, publicUrl } = require('../scripts/manifest') as {
  DEV_URL: string;
  manifestFor(xml: string, url: string | undefined): string;
  publicUrl(value: string | undefined): string | undefined;
};

const root = join(__dirname, '..');
const devText = readFileSync(join(root, 'manifest.xml'), 'utf8');
const PRODUCTION_URL = 'https://soatbieu.stc.example.gov.vn/addin/';
const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'text/xml');
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return doc;
}

const children = (element: Element) => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
const child = (element: Element, name: string) => children(element).find((e) => e.localName === name);

describe('the production address', () => {
  it('is https only, and ends with a slash however it is given', () => {
    expect(publicUrl(undefined)).toBeUndefined();
    expect(publicUrl('https://soatbieu.stc.example.gov.vn/addin')).toBe(PRODUCTION_URL);
    expect(() => publicUrl('http://soatbieu.stc.example.gov.vn/addin/')).toThrow(/https/);
    expect(() => publicUrl('soatbieu.stc.example.gov.vn')).toThrow(/https/);
  });
});

describe.each([
  ['dev', devText, DEV_URL],
  ['production', manifestFor(devText, publicUrl(PRODUCTION_URL)), PRODUCTION_URL],
])('manifest.xml (%s)', (_, text, base) => {
  const doc = parse(text);
  const app = doc.documentElement as Element;
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS('*', name));

  it('is well-formed XML (a broken document is rejected by the parser used here)', () => {
    expect(() => parse(text.replace('</OfficeApp>', ''))).toThrow();
    expect(app.localName).toBe('OfficeApp');
    expect(app.namespaceURI).toBe(OFFICE_APP);
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has the elements the schema requires, in its order', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    expect(children(app).map((e) => e.localName)).toEqual(order);
  });

  it('has a GUID id, a four-part version and the display name', () => {
    expect(child(app, 'Id')?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, 'Version')?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, 'DisplayName')?.getAttribute('DefaultValue')).toBe('Soát biểu');
    expect(child(app, 'Description')?.getAttribute('DefaultValue')?.length).toBeLessThanOrEqual(250);
  });

  it('runs in Excel with write access and a sane requirement set', () => {
    expect(children(child(app, 'Hosts')!).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(child(app, 'Permissions')?.textContent).toBe('ReadWriteDocument');
    const sets = all('Set').filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(sets).toHaveLength(1);
    const [major, minor] = (sets[0].getAttribute('MinVersion') ?? '').split('.').map(Number);
    // 1.x, and no higher than what Office LTSC 2021 (ExcelApi 1.14) supports.
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(6);
    expect(minor).toBeLessThanOrEqual(9);
  });

  it('loads the pane from its server', () => {
    expect(child(child(app, 'DefaultSettings')!, 'SourceLocation')?.getAttribute('DefaultValue')).toBe(`${base}taskpane.html`);
    expect(all('Url').find((u) => u.getAttribute('id') === 'Taskpane.Url')?.getAttribute('DefaultValue')).toBe(`${base}taskpane.html`);
  });

  it('uses https for every URL, all on the one server the build rewrites', () => {
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    if (base !== DEV_URL) expect(text).not.toContain('localhost');
  });

  it('points at icon files that exist, of the sizes they claim', () => {
    const iconUrls = [child(app, 'IconUrl'), child(app, 'HighResolutionIconUrl'), ...all('Image').filter((e) => e.getAttribute('id'))].map((e) => e!.getAttribute('DefaultValue')!);
    expect(iconUrls.length).toBe(5);
    for (const url of iconUrls) {
      const file = join(root, url.slice(base.length));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it('puts a button on the Home tab that opens the pane, and every resid resolves', () => {
    const tab = all('OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = all('Action')[0];
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const resources = new Set([...all('Image'), ...all('Url'), ...all('String')].map((e) => e.getAttribute('id')).filter(Boolean));
    const resids = Array.from(doc.getElementsByTagNameNS('*', '*')).map((e) => e.getAttribute('resid')).filter(Boolean);
    expect(resids.length).toBeGreaterThan(5);
    for (const id of resids) expect(resources.has(id)).toBe(true);
    // Short strings are limited to 125 characters, long ones to 250.
    for (const s of all('String')) expect((s.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
  });
});
