import { getTranslations } from 'next-intl/server';
import type { AuditChange, AuditValue } from '@/lib/audit/format';
import { isAuditEntity } from '@/lib/audit/format';
import type { AuditLine } from '@/lib/audit/queries';

/** A translator that takes any full key: the log's words come from several namespaces. */
type Say = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

async function translator(): Promise<Say> {
  return (await getTranslations()) as unknown as Say;
}

const LANGUAGE = { en: 'inEnglish', ru: 'inRussian', kk: 'inKazakh' } as const;

function sayValue(say: Say, value: AuditValue): string {
  switch (value.kind) {
    case 'empty':
      return '—';
    case 'text':
      return value.text;
    case 'time':
      return `${value.at.slice(0, 16).replace('T', ' ')} UTC`;
    case 'message':
      return say.has(value.key) ? say(value.key, value.values) : value.fallback;
  }
}

function fieldLabel(say: Say, change: AuditChange): string {
  const own = [`Admin.fields.${change.field}`, `Admin.audit.fields.${change.field}`].find((key) => say.has(key));
  const label = own ? say(own) : change.field;
  return change.locale ? say('Admin.audit.inLanguage', { field: label, language: say(`Admin.fields.${LANGUAGE[change.locale]}`) }) : label;
}

/** "Aigerim edited the case of Erzhan Elshibayev": who did what to which record. */
export async function AuditSentence({ line }: { line: AuditLine }) {
  const say = await translator();
  const unnamed = say('Admin.audit.unnamed');
  const values = { verb: line.verb, who: line.who, name: line.name ?? unnamed, parent: line.parent ?? unnamed };
  return isAuditEntity(line.entity)
    ? say(`Admin.audit.entries.${line.entity}`, values)
    : say('Admin.audit.entries.other', { ...values, entity: line.entity });
}

/** The fields a change touched, each "Label: before → after", in the page's words. */
export async function AuditChanges({ line }: { line: AuditLine }) {
  // A record created or deleted is named by the sentence; listing every field it held would bury the change.
  if (line.action !== 'update' || line.changes.length === 0) return null;
  const say = await translator();
  return (
    <ul className="audit-changes">
      {line.changes.map((c) => (
        <li key={`${c.field}.${c.locale ?? ''}`}>
          {say('Admin.audit.change', { field: fieldLabel(say, c), before: sayValue(say, c.before), after: sayValue(say, c.after) })}
        </li>
      ))}
    </ul>
  );
}
