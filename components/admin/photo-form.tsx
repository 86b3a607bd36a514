'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormField } from '@/components/form-field';
import { MAX_PHOTO_BYTES } from '@/lib/cases/photo-limits';
import type { FormState } from '@/lib/forms/form-input';
import { useFieldErrorText } from './field-error-text';

export function PhotoForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations('Admin.cases');
  const tAdmin = useTranslations('Admin');
  const [state, formAction, pending] = useActionState(action, null);
  const [tooLarge, setTooLarge] = useState(false);
  const say = useFieldErrorText();
  const error = tooLarge ? t('photoTooLarge') : state && !state.ok ? say(state.errors.photo ?? state.errors.form) : null;
  return (
    <form
      action={formAction}
      className="admin-form"
      // A file far over the limit would be cut off by the server's body limit before our own check
      // could answer; say it here first. The server checks again.
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem('photo') as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_PHOTO_BYTES;
        setTooLarge(over);
        if (over) event.preventDefault();
      }}
    >
      {state?.ok ? (
        <p className="form-ok" role="status">
          {state.done ? tAdmin(`done.${state.done.key}`, state.done.values) : state.message}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <FormField name="photo" id="photo-file" label={t('photoFile')} error={error}>
        {(aria) => <input type="file" {...aria} accept="image/jpeg,image/png,image/webp" />}
      </FormField>
      <button type="submit" disabled={pending}>
        {t('photoUpload')}
      </button>
    </form>
  );
}
