// A message with a plural for a page's small script, which has no ICU formatter: the message
// rendered once per plural category of the language, with `{count}` where the number goes. The
// script picks the category with Intl.PluralRules and puts the number in. Exact matches (`=0 {…}`)
// are not kept: the messages that go to a script have none.

/**
 * One template per plural category that integers take in `locale` (Russian has no integer in
 * "other"). `render` formats the message for a count; the template replaces that count's number
 * with `placeholder`, for a sample (below 1000: digits alone, no separator) whose number stands exactly
 * once in the text, not as part of another number ("1" in "1 of 10 days").
 */
export function pluralTemplates(locale: string, render: (count: number) => string, placeholder = '{count}'): Record<string, string> {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const templates: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    for (let n = 0; n < 1000; n++) {
      if (rules.select(n) !== category) continue;
      const digits = number.format(n);
      if (!/^\p{Nd}+$/u.test(digits)) continue;
      const alone = new RegExp(`(?<!\\p{Nd})${digits}(?!\\p{Nd})`, 'gu');
      const text = render(n);
      if ((text.match(alone) ?? []).length !== 1) continue;
      templates[category] = text.replace(alone, () => placeholder);
      break;
    }
  }
  return templates;
}
