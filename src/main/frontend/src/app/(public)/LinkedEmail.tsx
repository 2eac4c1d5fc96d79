'use client';
// The e-mail field of the screens a mailed link opens (/confirm/?email=..., /reset/?email=...):
// filled from the link, and the user's once they edit it.
import { text } from '@/i18n/text';
import { Field } from '@/ui/Field';

export function LinkedEmail({
  email,
  onChange,
  error,
}: {
  email: string;
  onChange: (email: string) => void;
  error?: string;
}) {
  return (
    <Field
      label={text.auth.email}
      name="email"
      type="email"
      required
      value={email}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
