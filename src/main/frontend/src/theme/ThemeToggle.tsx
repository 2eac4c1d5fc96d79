'use client';
// The shell's choice of System, Light or Dark. The page already shows the remembered choice (the
// inline script in <head>); this offers to change it and, while it is System, follows the
// operating system when its setting changes.
import { Button, DropdownMenu } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { text } from '@/i18n/text';
import { applyChoice, chooseTheme, followSystem, storedChoice, THEME_CHOICES, type ThemeChoice } from './theme';

export function ThemeToggle() {
  // The shell renders only once the session is known, in the browser: the storage is there.
  const [choice, setChoice] = useState<ThemeChoice>(storedChoice);
  useEffect(() => (choice === 'system' ? followSystem(() => applyChoice('system')) : undefined), [choice]);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger>
        <Button variant="soft" color="gray" highContrast>
          {text.theme.trigger(text.theme[choice])}
          <DropdownMenu.TriggerIcon />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content>
        <DropdownMenu.Label>{text.theme.label}</DropdownMenu.Label>
        <DropdownMenu.RadioGroup
          value={choice}
          onValueChange={(value) => {
            const chosen = value as ThemeChoice;
            chooseTheme(chosen);
            setChoice(chosen);
          }}
        >
          {THEME_CHOICES.map((c) => (
            <DropdownMenu.RadioItem key={c} value={c}>
              {text.theme[c]}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
