// How a person without a publishable photo is drawn: their initials on a colour of their own. The
// page's portrait and the petition's share image draw them alike.

export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join('');
}

// Dark backgrounds only, so white initials keep a contrast above 4.5:1.
const BACKGROUNDS = ['#1f4e79', '#5b2a86', '#7a3b00', '#1e5631', '#6b1d2a', '#2f4858'];

export function portraitBackground(slug: string): string {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return BACKGROUNDS[h % BACKGROUNDS.length]!;
}
