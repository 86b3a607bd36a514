import { describe, expect, it } from 'vitest';
import { echoFileName } from '@/lib/resolutions/forms';

describe('the file a refused resolution came with', () => {
  it('is named again as plain text, short, without what could disguise it', () => {
    expect(echoFileName({ name: 'resolution.pdf' })).toEqual({ file: 'resolution.pdf' });
    expect(echoFileName({ name: 'fdp.\u202eexe.pdf\u0000' })).toEqual({ file: 'fdp.exe.pdf' });
    expect(echoFileName({ name: `${'a'.repeat(300)}.pdf` }).file).toHaveLength(120);
  });

  it('is nothing when there was no file, or its name is nothing but such characters', () => {
    expect(echoFileName(null)).toEqual({});
    expect(echoFileName({ name: '\u202e\u0007 ' })).toEqual({});
  });
});
