// The live count of a petition page (components/live-petition-count.tsx), without React: reads
// count.json at once and every 4 seconds while the page is visible, and changes the count, the
// progress bar, the recent signers and the table by country in the server's markup. The texts come
// with the page (data-live-texts), in its language; the numbers are formatted as the server does.
(() => {
  const root = document.querySelector('[data-live-count]');
  if (!root) return;
  const texts = JSON.parse(root.getAttribute('data-live-texts') ?? '{}');
  const number = new Intl.NumberFormat(texts.locale);
  const plural = new Intl.PluralRules(texts.locale);
  const signers = document.querySelector('[data-live="signers"]');
  const countries = document.querySelector('[data-live="countries"]');

  // Country names as the server wrote them (the sign form's list, the table), else the browser's.
  const names = new Map();
  for (const option of document.querySelectorAll('select[name="country"] option[value]')) names.set(option.value, option.textContent);
  for (const row of document.querySelectorAll('tr[data-country]')) names.set(row.dataset.country, row.querySelector('th')?.textContent);
  const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([texts.locale], { type: 'region' }) : null;
  const countryName = (code) => {
    if (names.get(code)) return names.get(code);
    try {
      return regions?.of(code) ?? code;
    } catch {
      return code;
    }
  };

  // One pass, with the values as they are: a name is never read as a placeholder or a `$&`.
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
  const element = (tag, text) => {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    return made;
  };
  // Shows the list (or table) when there is something in it, the "none yet" line when not.
  const show = (part, list, any) => {
    part.querySelector('p').hidden = any;
    list.hidden = !any;
  };

  const render = (live) => {
    const count = root.querySelector('.count');
    const template = texts.progress?.[plural.select(live.count)] ?? texts.progress?.other;
    if (count && template) count.textContent = fill(template, { count: number.format(live.count), goal: number.format(live.target) });
    const bar = root.querySelector('progress');
    if (bar) {
      bar.max = live.target;
      bar.value = Math.min(live.count, live.target);
    }
    const list = signers?.querySelector('ul');
    if (list && texts.signerLine) {
      list.replaceChildren(...live.signers.map((s) => element('li', fill(texts.signerLine, { name: s.firstName, country: countryName(s.country) }))));
      show(signers, list, live.signers.length > 0);
    }
    const table = countries?.querySelector('table');
    if (table) {
      table.tBodies[0].replaceChildren(
        ...live.byCountry.map((c) => {
          const row = element('tr');
          row.dataset.country = c.country;
          const head = element('th', countryName(c.country));
          head.scope = 'row';
          row.append(head, element('td', number.format(c.count)));
          return row;
        }),
      );
      show(countries, table, live.byCountry.length > 0);
    }
  };

  let shown = '';
  const refresh = async () => {
    try {
      // Asking every time: count.json allows stale-while-revalidate, which would let the browser
      // answer each read with the one before and show a confirmation a whole tick late.
      const response = await fetch(root.getAttribute('data-live-count'), { cache: 'no-cache' });
      if (!response.ok) return;
      const body = await response.text();
      if (body === shown) return;
      shown = body;
      render(JSON.parse(body));
    } catch {
      // Offline or the server busy: keep what is shown, try again at the next tick.
    }
  };
  void refresh();
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, 4_000);
})();
