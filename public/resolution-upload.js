// The resolution form (components/resolution-form.tsx) on its page without React: a PDF over the
// limit is refused as soon as it is chosen and is never sent, since the server's limit on a whole
// post would cut it off before the form's own check could answer. The limit and the texts come
// with the form (data-upload), in the page's language. Without JavaScript the server checks the
// file's size and bytes (lib/resolutions/pdf.ts) and answers with the page.
import { clearFieldError, showFieldError } from './plain-form.js';

const rulesOf = (form) => JSON.parse(form.getAttribute('data-upload') ?? '{}');

/** The file input of an upload form, when `target` is one. */
const uploadInput = (target) =>
  target instanceof HTMLInputElement && target.type === 'file' && target.form?.hasAttribute('data-upload') ? target : null;

const tooLarge = (input, rules) => [...(input.files ?? [])].some((file) => file.size > rules.maxBytes);

document.addEventListener('change', (event) => {
  const input = uploadInput(event.target);
  if (!input) return;
  const rules = rulesOf(input.form);
  if (tooLarge(input, rules)) showFieldError(input, rules.tooLarge, null);
  else clearFieldError(input);
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload')) return;
  const input = [...form.elements].find(uploadInput);
  if (!input) return;
  const rules = rulesOf(form);
  if (!tooLarge(input, rules)) return;
  event.preventDefault();
  showFieldError(input, rules.tooLarge, rules.summary);
});
