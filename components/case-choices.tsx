/** One case to choose: its id, as the form sends it, and its name in the visitor's language. */
export type CaseChoice = { value: string; label: string };

type Props = {
  /** The form field: each chosen case is sent under it. */
  name: string;
  legend: string;
  cases: readonly CaseChoice[];
  chosen: ReadonlySet<string>;
  /** The group's error, in words; its first box takes the focus when `focus` says the group is the first in error. */
  error: string | null;
  focus: boolean;
  className?: string;
};

/** The cases a record concerns, as checkboxes with one error for the whole group (the picket and resolution forms). */
export function CaseChoices({ name, legend, cases, chosen, error, focus, className }: Props) {
  return (
    <fieldset className={className} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {cases.map((c, i) => (
        <div className="check" key={c.value}>
          <input id={`case-${c.value}`} type="checkbox" name={name} value={c.value} defaultChecked={chosen.has(c.value)} autoFocus={i === 0 && focus} />
          <label htmlFor={`case-${c.value}`}>{c.label}</label>
        </div>
      ))}
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
