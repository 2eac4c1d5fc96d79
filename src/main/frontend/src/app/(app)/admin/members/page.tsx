'use client';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { text } from '@/i18n/text';
import { useSignedInSub } from '@/session/SessionProvider';
import { Field } from '@/ui/Field';
import { roleLabel } from '@/ui/labels';
import { MemberRow, RoleSelect, type Role } from '@/ui/MemberRow';
import { Loaded, ProblemCallout } from '@/ui/States';
import { useToast } from '@/ui/Toasts';
import { useLoad } from '@/ui/useLoad';

const t = text.members;

export default function Members() {
  const members = useLoad(() => api.GET('/api/members', { params: { header: tenant() } }), []);
  const self = useSignedInSub();
  const toast = useToast();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('RECEPTIONIST');
  const errors = fieldErrors(problem ?? undefined);

  async function done(answer: { error?: Problem }, note: string) {
    setProblem(answer.error ?? null);
    if (answer.error) return;
    if (note) toast(note);
    await members.reload();
  }

  return (
    <Flex direction="column" gap="3">
      <Heading as="h1" size="6">
        {t.title}
      </Heading>
      <ProblemCallout problem={problem} />
      {members.data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (displayName !== '' && displayName.trim() === '') {
              // Spaces alone are no name: said at the field, nothing sent (trimmed away, it added no one by name).
              setProblem({ errors: [{ field: 'displayName', message: t.nameOfSpaces }] });
              return;
            }
            const name = displayName.trim();
            void (async () => {
              const answer = await api.POST('/api/members', {
                params: { header: tenant() },
                body: { email, role, ...(name ? { displayName: name } : {}) },
              });
              await done(answer, t.added(name ? `${name} (${email})` : email, roleLabel(role)));
              if (!answer.error) {
                setEmail('');
                setDisplayName('');
              }
            })();
          }}
        >
          <Flex gap="2" align="end" wrap="wrap">
            <Field
              label={t.addEmail}
              name="email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email}
            />
            <Field
              label={t.addName}
              name="displayName"
              value={displayName}
              maxLength={100}
              placeholder={t.addNamePlaceholder}
              onChange={(e) => setDisplayName(e.target.value)}
              error={errors.displayName}
            />
            <RoleSelect value={role} onChange={setRole} label={t.addRole} />
            <Button type="submit">{t.add}</Button>
          </Flex>
        </form>
      ) : null}
      <Loaded load={members} empty={t.empty} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <ul aria-label={t.listLabel} className="member-list">
            {list.map((m) => (
              <MemberRow key={m.sub} member={m} self={m.sub === self} done={done} />
            ))}
          </ul>
        )}
      </Loaded>
    </Flex>
  );
}
