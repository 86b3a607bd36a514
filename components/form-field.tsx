import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export type FieldAria = { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined; autoFocus?: true };

type Props = {
  name: string;
  /** Defaults to the name; set it where two forms on one page share a field name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The message, already in the visitor's language. */
  error?: string | null;
  /** A checkbox or radio button: the control comes before its label. */
  inline?: boolean;
  /**
   * The first field in error after a post: `autofocus` in the server's HTML takes keyboard and
   * screen-reader users there on a page without scripts, and React focuses it where it runs.
   */
  autoFocus?: boolean;
  children: (aria: FieldAria) => ReactNode;
};

/** A labelled control with its hint and error below it, announced together by screen readers. */
export function FormField({ name, id = name, label, hint, error, inline = false, autoFocus = false, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const labelElement = <label htmlFor={id}>{label}</label>;
  const control = children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, ...(autoFocus ? { autoFocus: true } : {}) });
  return (
    <div className={inline ? 'field checkbox' : 'field'}>
      {inline ? control : labelElement}
      {inline ? labelElement : control}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
