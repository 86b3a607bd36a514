import { describe, expect, it } from 'vitest';
import { pluralTemplates } from '@/lib/i18n/plural-templates';

// The progress line of each language, as messages/*.json has it, formatted by hand.
const russian = (n: number) => {
  const words: Record<string, string> = { one: 'подпись', few: 'подписи', many: 'подписей', other: 'подписи' };
  return `${new Intl.NumberFormat('ru').format(n)} ${words[new Intl.PluralRules('ru').select(n)]} из {goal} нужных`;
};

describe('plural templates for a page script', () => {
  it('gives one template per plural category integers take, with the number replaced', () => {
    expect(pluralTemplates('en', (n) => `${n} signature${n === 1 ? '' : 's'} of {goal} needed`)).toEqual({
      one: '{count} signature of {goal} needed',
      other: '{count} signatures of {goal} needed',
    });
    expect(pluralTemplates('ru', russian)).toEqual({ one: '{count} подпись из {goal} нужных', few: '{count} подписи из {goal} нужных', many: '{count} подписей из {goal} нужных' });
  });

  it('takes a sample whose number appears once, where the text has digits of its own', () => {
    expect(pluralTemplates('en', (n) => `${n} of 10 ${n === 1 ? 'day' : 'days'}`)).toEqual({ one: '{count} of 10 day', other: '{count} of 10 days' });
  });
});
