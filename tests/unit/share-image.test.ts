import { describe, expect, it } from 'vitest';
import { drawableText } from '@/lib/petitions/share-image';

describe('share card text', () => {
  it('keeps Latin, Russian and every Kazakh letter', () => {
    const kazakh = 'Әділет үшін: ғ қ ң ө ұ ү һ і — Жаңаөзен 2011';
    expect(drawableText(kazakh)).toBe(kazakh);
    expect(drawableText('Свободу Арону Атабеку!')).toBe('Свободу Арону Атабеку!');
  });

  it('leaves out what the bundled font cannot draw, so nothing is fetched from a CDN', () => {
    expect(drawableText('Free them ✊🏽 now 🇰🇿')).toBe('Free them now');
    expect(drawableText('自由 Freedom')).toBe('Freedom');
  });
});
