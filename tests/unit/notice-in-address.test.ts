import { describe, expect, it } from 'vitest';
import { noticeFrom, noticeQuery } from '@/lib/forms/notice-in-address';

const query = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('a notice in the address', () => {
  it('goes there as keys and numbers, and comes back the same', () => {
    const search = noticeQuery({ done: { key: 'digestSent', values: { digests: 2, letters: 4 } } });
    expect(search).toBe('done=digestSent&n.digests=2&n.letters=4');
    expect(noticeFrom(query(search))).toEqual({ done: { key: 'digestSent', values: { digests: 2, letters: 4 } } });
    expect(noticeFrom(query(noticeQuery({ error: { key: 'letterActionGone' } })))).toEqual({ error: { key: 'letterActionGone' } });
  });

  it('shows no text of anyone else: words, unknown keys and odd values are ignored', () => {
    expect(noticeFrom(query('done=Your+session+expired%2C+sign+in+at+evil.example'))).toBeNull();
    expect(noticeFrom(query('error=toString'))).toBeNull();
    expect(noticeFrom(query('done=__proto__'))).toBeNull();
    expect(noticeFrom(query('done=saved&n.count=a lot&n.__proto__=1&n.x=99999999999'))).toEqual({ done: { key: 'saved' } });
    const parsed = noticeFrom(query('done=saved&n.constructor=3'));
    expect(parsed).toEqual({ done: { key: 'saved', values: { constructor: 3 } } });
  });

  it('sends only numbers along: a date or a name stays out of the address', () => {
    expect(noticeQuery({ done: { key: 'blocked', values: { value: 'example.com' } } })).toBe('done=blocked');
  });
});
