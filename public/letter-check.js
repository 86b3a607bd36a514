// The letter form (components/letter-form.tsx) on its page without React: the count of characters
// follows the typing, and the letter's text is checked before a submit by the server's own rule
// (lib/letters/letter-text.ts, compiled to ./rules/letter-text.js), so a letter that would come back
// refused is not sent. The texts come with the form (data-letter-check), in the page's language.
// Without JavaScript the server checks the same and answers with the page (docs/page-weight.md).
import { checkLetter } from './rules/letter-text.js';
import { clearFieldError, showFieldError } from './plain-form.js';

const textsOf = (form) => JSON.parse(form.getAttribute('data-letter-check') ?? '{}');

document.addEventListener('input', (event) => {
  const body = event.target;
  if (!(body instanceof HTMLTextAreaElement) || body.name !== 'body' || !body.form?.hasAttribute('data-letter-check')) return;
  const texts = textsOf(body.form);
  const count = document.getElementById('body-count');
  const template = texts.count?.[new Intl.PluralRules(texts.locale).select(body.value.length)] ?? texts.count?.other;
  if (count && template) count.textContent = template.replace('{count}', new Intl.NumberFormat(texts.locale).format(body.value.length));
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-letter-check')) return;
  const body = form.elements.namedItem('body');
  if (!(body instanceof HTMLTextAreaElement)) return;
  const checked = checkLetter(body.value);
  if (checked.ok) {
    clearFieldError(body);
    return;
  }
  event.preventDefault();
  const texts = textsOf(form);
  showFieldError(body, texts.errors?.[checked.error] ?? texts.errors?.required, texts.summary);
});
