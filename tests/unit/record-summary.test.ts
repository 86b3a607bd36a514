import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import messages from '@/messages/en.json';
import { recordSummary, type Say } from '@/lib/cases/organise-forms';

const say = createTranslator({ locale: 'en', messages }) as unknown as Say;

describe('the case editor’s record summaries', () => {
  it('says a status as the public site does, with its dates only as precise as known', () => {
    const summary = recordSummary('statuses', { status: 'paroled', since: '2020-03-01', sincePrecision: 'month', asOf: '2024-05-02' }, say);
    expect(summary).toBe('Released on parole, conviction stands · since March 2020 · as of 2 May 2024');
    expect(recordSummary('statuses', { status: 'pre_trial', since: null, asOf: '2024-05-02' }, say)).toBe('Held before trial · as of 2 May 2024');
  });

  it('names timeline kinds, name kinds and terms in words', () => {
    expect(recordSummary('timeline', { occurredOn: '2011-12-16', precision: 'day', kind: 'massacre', title: { en: 'Zhanaozen' } }, say)).toBe(
      '16 December 2011 · Killings · Zhanaozen',
    );
    expect(recordSummary('names', { name: 'Кушакбаев', kind: 'alias', language: 'ru' }, say)).toBe('Кушакбаев · alias · Russian');
    expect(recordSummary('sentences', { sentencedOn: '2023-01-01', sentencedOnPrecision: 'year', termMonths: 60, court: null }, say)).toBe('2023 · 60 months');
  });
});
