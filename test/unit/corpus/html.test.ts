/**
 * HTML decoding: the page's readable text without furniture, its metadata as hints, and each
 * character of the text mapped back to the markup it was written as.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtml } from '../../../server/src/corpus/html.js';

const PATH = 'pages/visit.html';

const PAGE = `<!doctype html>
<html lang="en-US">
<head>
<title>Leaders meet - Example Site</title>
<meta property="og:site_name" content="Xinhuanet">
<meta property="og:title" content="Leaders meet | Xinhua">
<meta property="article:published_time" content="2024-05-14T10:00:00+08:00">
<link rel="canonical" href="https://example.org/visit">
</head>
<body>
<nav>Home | World | Politics</nav>
<h1>Leaders   meet</h1>
<p>Caf&eacute; talks &amp; more.</p>
<script>var tracking = "Leaders";</script>
<div role="navigation">Next story</div>
<p>Second paragraph.</p>
<footer>Copyright 2024</footer>
</body>
</html>`;

describe('decodeHtml', () => {
  it('keeps the readable text with its spaces collapsed, and drops navigation, scripts and footers', () => {
    const decoded = decodeHtml(PATH, PAGE);
    assert.match(decoded.text, /^Leaders meet\n/);
    assert.match(decoded.text, /Café talks & more\./);
    assert.match(decoded.text, /Second paragraph\.$/);
    for (const furniture of ['Home | World', 'tracking', 'Next story', 'Copyright'])
      assert.ok(!decoded.text.includes(furniture), furniture);
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.pieces.length, 1);
    assert.equal(decoded.pieces[0]!.source.text, decoded.text);
  });

  it('reads the page’s metadata as hints: the h1 headline, date, outlet, canonical URL and language', () => {
    const hints = decodeHtml(PATH, PAGE).pieces[0]!.source.hints;
    assert.deepEqual(hints, {
      title: 'Leaders meet',
      date: '2024-05-14',
      outlet: 'Xinhua',
      url: 'https://example.org/visit',
      language: 'en',
    });
  });

  it('falls back to og:title, then to the title element, and prefers og:url to the canonical link', () => {
    const withOgTitle =
      '<html><head><title>Plain</title><meta property="og:title" content="From OG"><meta property="og:url" content="https://og.example"><link rel="canonical" href="https://canonical.example"></head><body><p>Text.</p></body></html>';
    assert.equal(decodeHtml(PATH, withOgTitle).pieces[0]!.source.hints!.title, 'From OG');
    assert.equal(decodeHtml(PATH, withOgTitle).pieces[0]!.source.hints!.url, 'https://og.example');
    const titleOnly = '<html lang="zh-CN"><head><title>Plain</title></head><body><p>正文。</p></body></html>';
    assert.deepEqual(decodeHtml(PATH, titleOnly).pieces[0]!.source.hints, { title: 'Plain', language: 'zh' });
  });

  it('keeps a site name it does not know as written, and gives no hints a bare page does not state', () => {
    const unknownSite =
      '<html lang="fr"><head><meta property="og:site_name" content="Le Petit Journal"><meta name="date" content="not a date"></head><body><p>Texte.</p></body></html>';
    assert.deepEqual(decodeHtml(PATH, unknownSite).pieces[0]!.source.hints, { outlet: 'Le Petit Journal' });
    assert.deepEqual(decodeHtml(PATH, '<p>Just text.</p>').pieces[0]!.source.hints, {});
  });

  it('maps each character back to the markup, an entity to the whole reference', () => {
    const decoded = decodeHtml(PATH, PAGE);
    const map = decoded.map!;
    const cafe = decoded.text.indexOf('Café');
    const rawCafe = PAGE.indexOf('Caf&eacute;');
    assert.deepEqual(map.rawRange(cafe, cafe + 3), { start: rawCafe, end: rawCafe + 3 });
    assert.deepEqual(map.rawRange(cafe + 3, cafe + 4), { start: rawCafe + 3, end: rawCafe + '&eacute;'.length + 3 });
    const amp = decoded.text.indexOf('&');
    const rawAmp = PAGE.indexOf('&amp;');
    assert.deepEqual(map.rawRange(amp, amp + 1), { start: rawAmp, end: rawAmp + 5 });
    const second = decoded.text.indexOf('Second');
    const rawSecond = PAGE.indexOf('Second');
    assert.deepEqual(map.rawRange(second, second + 'Second paragraph.'.length), {
      start: rawSecond,
      end: rawSecond + 'Second paragraph.'.length,
    });
  });

  it('maps a character after a hidden element with the same letters to the visible one', () => {
    const html = '<p><span hidden>Secret</span>Secret shown</p>';
    const decoded = decodeHtml(PATH, html);
    assert.equal(decoded.text, 'Secret shown');
    assert.deepEqual(decoded.map!.rawRange(0, 6), {
      start: html.lastIndexOf('Secret'),
      end: html.lastIndexOf('Secret') + 6,
    });
  });

  it('gives an empty text for a page with no readable content', () => {
    const decoded = decodeHtml(PATH, '<html><head><title>T</title></head><body><script>x()</script></body></html>');
    assert.equal(decoded.text, '');
    assert.deepEqual(decoded.problems, []);
  });
});
