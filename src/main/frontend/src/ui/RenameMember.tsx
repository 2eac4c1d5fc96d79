'use client';
// Giving a member the name colleagues see on schedules, queues and records (their e-mail until then).
import { Button, Dialog, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { api, tenant, type components } from '@/api/client';
import { fieldErrors, type Problem } from '@/api/problems';
import { Field } from './Field';
import { ProblemCallout } from './States';

type Member = components['schemas']['Member'];

export function RenameMember({ member, onRenamed }: { member: Member; onRenamed: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(member.displayName ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem ?? undefined);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setName(member.displayName ?? '');
        setProblem(null);
      }}
    >
      <Dialog.Trigger>
        <Button
          size="1"
          variant="ghost"
          aria-label={member.displayName ? `Change name of ${member.email}` : `Give a name to ${member.email}`}
        >
          {member.displayName ? 'Change name' : 'Give a name'}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="440px">
        <Dialog.Title>Name of {member.email}</Dialog.Title>
        <Dialog.Description size="2">
          How schedules, queues and records show this person to colleagues in this hospital.
        </Dialog.Description>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) {
              setProblem({ errors: [{ field: 'displayName', message: 'Give a name, or keep it as it is.' }] });
              return;
            }
            void api
              .PATCH('/api/members/{sub}', {
                params: { path: { sub: member.sub }, header: tenant() },
                body: { displayName: name.trim() },
              })
              .then((answer) => {
                if (answer.error) {
                  setProblem(answer.error);
                } else {
                  setOpen(false);
                  onRenamed();
                }
              });
          }}
        >
          <Flex direction="column" gap="3" mt="3">
            {problem && !errors.displayName ? <ProblemCallout problem={problem} /> : null}
            <Field
              label="Name as colleagues see it"
              name="displayName"
              value={name}
              maxLength={100}
              placeholder="e.g. Dr Ada Lovelace"
              onChange={(e) => setName(e.target.value)}
              error={errors.displayName}
            />
            <Flex gap="3" justify="end" wrap="wrap">
              <Dialog.Close>
                <Button type="button" variant="soft" color="gray" highContrast>
                  Keep as it is
                </Button>
              </Dialog.Close>
              <Button type="submit">Save name</Button>
            </Flex>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
}
