// What the forms' small scripts share (public/letter-check.js, resolution-upload.js,
// picket-place.js), on pages served without React (lib/http/script-free-pages.ts), where each form
// is a plain POST the server answers with the page: an error shown the way the server shows one
// (components/form-field.tsx), and one submit at a time.

/** Shows `message` under `control` as the server would, with the form's summary line, and moves the focus there. */
export function showFieldError(control, message, summary) {
  const field = control.closest('.field') ?? control.parentElement;
  let error = document.getElementById(`${control.id}-error`);
  if (!error) {
    error = document.createElement('p');
    error.id = `${control.id}-error`;
    error.className = 'field-error';
    const hint = document.getElementById(`${control.id}-hint`);
    field.insertBefore(error, hint?.parentElement === field ? hint.nextSibling : null);
  }
  error.textContent = message;
  control.setAttribute('aria-invalid', 'true');
  // As the server writes it: the hint, then the error, then anything else the control points to.
  const others = describedBy(control).filter((id) => id !== error.id && id !== `${control.id}-hint`);
  const hint = describedBy(control).includes(`${control.id}-hint`) ? [`${control.id}-hint`] : [];
  control.setAttribute('aria-describedby', [...hint, error.id, ...others].join(' '));
  const form = control.form;
  if (form && summary && !form.querySelector(':scope > .form-error')) {
    const line = document.createElement('p');
    line.className = 'form-error';
    line.setAttribute('role', 'alert');
    line.dataset.madeHere = '';
    line.textContent = summary;
    form.prepend(line);
  }
  control.focus();
}

/** Takes the error under `control` away (the server's, once the control was changed, or one shown here). */
export function clearFieldError(control) {
  document.getElementById(`${control.id}-error`)?.remove();
  control.removeAttribute('aria-invalid');
  const rest = describedBy(control).filter((id) => id !== `${control.id}-error`);
  if (rest.length > 0) control.setAttribute('aria-describedby', rest.join(' '));
  else control.removeAttribute('aria-describedby');
  const form = control.form;
  if (form && !form.querySelector('[aria-invalid="true"]')) form.querySelector(':scope > .form-error[data-made-here]')?.remove();
}

const describedBy = (control) => (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

// One submit at a time: a second click while the page is on its way would post the form twice. A
// form marked `data-submitting` says so on its button (the attribute's text, when it has one). The
// listener is on the window, so it runs after the forms' own checks and sees their verdict.
const SENDING_FOR_MS = 15_000;
window.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-submitting') || event.defaultPrevented) return;
  if (form.hasAttribute('data-sending')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sending', '');
  const button = event.submitter ?? form.querySelector('button[type="submit"]');
  const label = button?.textContent;
  button?.setAttribute('aria-disabled', 'true');
  if (button && form.dataset.submitting) button.textContent = form.dataset.submitting;
  // Should the answer never come (the visitor stopped the page, the connection dropped), the form
  // may be sent again after a while; and when the browser shows this page again from its history.
  const release = () => {
    form.removeAttribute('data-sending');
    button?.removeAttribute('aria-disabled');
    if (button && label !== undefined) button.textContent = label;
  };
  const timer = setTimeout(release, SENDING_FOR_MS);
  window.addEventListener(
    'pageshow',
    () => {
      clearTimeout(timer);
      release();
    },
    { once: true },
  );
});
