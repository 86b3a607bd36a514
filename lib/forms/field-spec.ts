// What a dashboard form shows, field by field, for the generic form component: every domain's
// organiser forms describe their fields this way. Field names are message keys under Admin.fields.
export type FieldSpec =
  | { name: string; kind: 'text' | 'textarea' | 'date' | 'number'; required?: boolean; hint?: boolean }
  | { name: string; kind: 'localized'; required?: boolean; multiline?: boolean; hint?: boolean }
  | { name: string; kind: 'select'; options: readonly string[]; labels: 'Status' | 'Timeline' | 'Admin.options'; required?: boolean }
  | { name: string; kind: 'choice'; choices: { value: string; label: string }[]; required?: boolean }
  | { name: string; kind: 'checkbox' }
  /** Several of a list, as one multiple select sending the field once per chosen value. */
  | { name: string; kind: 'multi'; choices: { value: string; label: string }[] }
  | { name: string; kind: 'sources' };
