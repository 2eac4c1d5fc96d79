// After `next build`: the hashes of every exported page's inline scripts and styles, for the
// Content-Security-Policy the server sends with that page (hms.web's FrontEndFilter). The pages
// are static, so their inline code is known now and a hash allows exactly it: no 'unsafe-inline',
// no nonce. Writes csp/hashes.json: { "/signin/index.html": { "script": [...], "style": [...],
// "styleAttribute": [...] } }, outside the export so that it is not served as a page's file.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const OUT = 'out';
const TARGET = 'csp';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (values) => [...new Set(values)].sort();

// An attribute's value as the browser sees it (the hash covers the decoded text).
const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value) =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    return String.fromCodePoint(
      name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
    );
  });

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The hashes one page needs. Next's export is machine-written HTML, so patterns suffice. */
function pageHashes(html) {
  const script = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => hash(body));
  const style = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => hash(body));
  const styleAttribute = [...html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    ([, double, single]) => hash(decode(double ?? single)),
  );
  return { script: unique(script), style: unique(style), styleAttribute: unique(styleAttribute) };
}

/**
 * The constant <style> bodies that components render at run time (Radix's scroll area and select
 * viewports): not in any page's HTML, so taken from the bundles, where React renders them from a
 * string literal. Any page may load them.
 */
function runtimeStyles() {
  const chunks = join(OUT, '_next', 'static', 'chunks');
  return readdirSync(chunks)
    .filter((name) => name.endsWith('.js'))
    .flatMap((name) => [
      ...readFileSync(join(chunks, name), 'utf8').matchAll(/dangerouslySetInnerHTML:\{__html:("(?:[^"\\]|\\.)*")\}/g),
    ])
    .map(([, literal]) => hash(JSON.parse(literal)));
}

const runtime = runtimeStyles();
const manifest = {};
for (const file of pages(OUT).sort()) {
  const page = pageHashes(readFileSync(file, 'utf8'));
  page.style = unique([...page.style, ...runtime]);
  manifest[`/${relative(OUT, file).split(sep).join('/')}`] = page;
}
mkdirSync(TARGET, { recursive: true });
writeFileSync(join(TARGET, 'hashes.json'), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(
  `csp: hashed the inline scripts and styles of ${Object.keys(manifest).length} pages into ${TARGET}/hashes.json`,
);
