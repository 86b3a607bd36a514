import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getFormatter, getTranslations } from 'next-intl/server';
import { initials, portraitBackground } from '@/lib/cases/portrait';
import { readUpload } from '@/lib/cases/photos';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { currentGoal, recentPetitionPage } from './queries';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

// DejaVu Sans covers Latin, Cyrillic with every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and Greek, in
// TrueType, which satori reads (it cannot read WOFF2). Read from node_modules once per process.
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function shareFonts() {
  fonts ??= Promise.all(
    (
      [
        ['DejaVuSans.ttf', 400],
        ['DejaVuSans-Bold.ttf', 700],
      ] as const
    ).map(async ([file, weight]) => ({
      name: 'DejaVu Sans',
      data: await readFile(path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file)),
      weight,
      style: 'normal' as const,
    })),
  );
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/**
 * Text as the bundled font can draw it. For a character no given font has (emoji, scripts DejaVu
 * lacks), next/og fetches a font or picture from a CDN while drawing: we make no requests elsewhere,
 * so such characters are left out.
 */
export function drawableText(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/gu, '')
    .replace(/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]/gu, '')
    .replace(/[\u200d\ufe0f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A portrait satori can draw: an uploaded JPEG or PNG we may publish, as a data URL; else null. */
async function portraitData(photoPath: string | null, photoConsent: string): Promise<string | null> {
  if (!photoPath || photoConsent === 'none' || !photoPath.startsWith('/media/')) return null;
  const upload = await readUpload(photoPath.slice('/media/'.length));
  if (!upload || (upload.type !== 'image/jpeg' && upload.type !== 'image/png')) return null;
  return `data:${upload.type};base64,${upload.bytes.toString('base64')}`;
}

/**
 * The petition's share card (Open Graph, Twitter): title, the person's portrait, and the count as
 * it is now. Null when the petition is not public.
 */
export async function petitionShareImage(slug: string, locale: Locale): Promise<ImageResponse | null> {
  const page = await recentPetitionPage(slug);
  if (!page) return null;
  const [t, format, site, fontList] = await Promise.all([
    getTranslations({ locale, namespace: 'Petitions' }),
    getFormatter({ locale }),
    getTranslations({ locale, namespace: 'Meta' }),
    shareFonts(),
  ]);
  const { petition, person, tally } = page;
  const goal = currentGoal(petition.goal, tally.total);
  const personName = person ? pickText(person.name, locale) : null;
  const photo = person ? await portraitData(person.photoPath, person.photoConsent) : null;
  const share = Math.min(1, tally.total / goal);
  const title = drawableText(pickText(petition.title, locale) ?? '');
  // Long titles get a smaller size so they still fit above the count.
  const titleSize = title.length > 140 ? 36 : title.length > 90 ? 44 : 54;

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#fbfaf7', fontFamily: 'DejaVu Sans', color: '#1a1a1a', padding: 56 }}>
        {person && personName ? (
          <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', marginRight: 48, width: 300 }}>
            {photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- drawn by satori, not a page
              <img src={photo} width={300} height={300} alt="" style={{ borderRadius: 16, objectFit: 'cover' }} />
            ) : (
              <div
                style={{
                  width: 300,
                  height: 300,
                  borderRadius: 16,
                  background: portraitBackground(person.slug),
                  color: '#fff',
                  fontSize: 120,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                }}
              >
                {drawableText(initials(personName))}
              </div>
            )}
            <div style={{ marginTop: 20, fontSize: 28, fontWeight: 700, textAlign: 'center' }}>{drawableText(personName)}</div>
          </div>
        ) : null}
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ display: 'flex', fontSize: 36 }}>{drawableText(t('progress', { count: tally.total, goal: format.number(goal) }))}</div>
            <div style={{ display: 'flex', marginTop: 16, height: 28, borderRadius: 14, background: '#e2ddd3', width: '100%' }}>
              <div style={{ display: 'flex', width: `${Math.round(share * 1000) / 10}%`, borderRadius: 14, background: '#b3261e' }} />
            </div>
            <div style={{ display: 'flex', marginTop: 24, fontSize: 26, color: '#55524c' }}>{drawableText(site('siteName'))}</div>
          </div>
        </div>
      </div>
    ),
    {
      ...SHARE_IMAGE,
      fonts: fontList,
      // The count changes: a card may be kept for a few minutes, not the year next/og sets by default.
      headers: { 'Cache-Control': 'public, max-age=300' },
    },
  );
}
