import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export type FieldAria = { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type Props = {
  name: string;
  /** Defaults to the name; set it where two forms on one page share a field name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The message, already in the visitor's language. */
  error?: string | null;
  children: (aria: FieldAria) => ReactNode;
};

/** A labelled control with its hint and error below it, announced together by screen readers. */
export function FormField({ name, id = name, label, hint, error, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
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
