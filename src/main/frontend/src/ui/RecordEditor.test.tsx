import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { RecordEditor } from './RecordEditor';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the record editor', () => {
  it('never drops a vital it cannot read: it says so at the field and sends nothing', () => {
    const submit = vi.fn();
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={submit} />);
    fill('Chief complaint *', 'Typo test');
    fill('Pulse (/min)', '9o');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Pulse/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be a number, e.g. 72 or 37.5')).toBeTruthy();
  });

  it('reads a decimal comma as a decimal point', () => {
    const submit = vi.fn();
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={submit} />);
    fill('Chief complaint *', 'Fever');
    fill('Temperature (°C)', '37,5');
    fill('Pulse (/min)', ' 88 ');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.calls[0][0].vitals).toEqual({ temperatureC: 37.5, pulse: 88 });
  });

  it('reads the vitals back in clinical order as they are typed, out-of-range ones flagged in words', () => {
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={vi.fn()} />);
    const readBack = screen.getByRole('region', { name: 'Vitals as read' });
    expect(readBack.textContent).toContain('No vitals recorded.');
    fill('Temperature (°C)', '38,2');
    fill('Diastolic (mmHg)', '95');
    fill('Systolic (mmHg)', '150');
    fill('Pulse (/min)', '9o');
    const lines = [...readBack.querySelectorAll('.rt-DataListItem')].map((item) => item.textContent);
    expect(lines).toEqual([
      'Blood pressure150/95 mmHgHighnormal 90–139/60–89',
      'Temperature38.2 °CHighnormal 36.1–37.9',
    ]);
  });

  it('flags nothing for a child, and says why', () => {
    renderScreen(<RecordEditor adult={false} busy={false} problem={null} onSubmit={vi.fn()} />);
    fill('Pulse (/min)', '130');
    const readBack = screen.getByRole('region', { name: 'Vitals as read' });
    expect(readBack.textContent).toContain('Pulse130 /min');
    expect(readBack.textContent).not.toContain('High');
    expect(readBack.textContent).toContain('Not flagged: the normal ranges here are for adults.');
  });

  it('offers the vitals fields in clinical order', () => {
    renderScreen(<RecordEditor busy={false} problem={null} onSubmit={vi.fn()} />);
    const vitals = ['Systolic', 'Diastolic', 'Pulse', 'Respiratory rate', 'SpO₂', 'Temperature', 'Height', 'Weight'];
    const labels = screen
      .getAllByRole('textbox')
      .map((input) => input.closest('label')?.textContent ?? '')
      .filter((label) => vitals.some((v) => label.startsWith(v)));
    expect(labels.map((l) => l.replace(/ \(.*/, ''))).toEqual(vitals);
  });
});
