import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '@/lib/letters/letter-text';
import { zoneNamedAfter } from '@/lib/pickets/zone-names';
import { BROWSER_RULES, compileBrowserRule } from '@/scripts/browser-rules';

const root = path.resolve(import.meta.dirname, '../..');

describe('the rules the pages’ scripts run are the server’s own', () => {
  it.each(BROWSER_RULES)('$output is what $source compiles to (else run scripts/browser-rules.ts)', ({ source, output }) => {
    expect(readFileSync(path.join(root, output), 'utf8')).toBe(compileBrowserRule(source));
  });

  it('serves a letter check and a zone rule that answer as the server’s', async () => {
    const letter = (await import('@/public/rules/letter-text.js')) as { checkLetter: typeof checkLetter };
    const zones = (await import('@/public/rules/zone-names.js')) as { zoneNamedAfter: typeof zoneNamedAfter };
    const words = 'Dear Sir or Madam,\n\nI ask you to release Erzhan Elshibayev without delay.';
    for (const text of ['', 'Free him.', words, `${words} <b>`, `${words}\u202e`, 'https://a.example/1 https://a.example/2 www.b.example/x'.repeat(2), 42]) {
      expect(letter.checkLetter(text)).toEqual(checkLetter(text));
    }
    const american = ['America/New_York', 'America/Chicago', 'America/Los_Angeles'];
    for (const city of ['new york', ' Chicago ', 'Springfield', '', undefined]) expect(zones.zoneNamedAfter(american, city)).toBe(zoneNamedAfter(american, city));
  });

  it('refuses a source that imports at run time: the browser would not find the module', () => {
    expect(() => compileBrowserRule('lib/pickets/zones.ts')).toThrow(/imports at run time/);
  });
});
