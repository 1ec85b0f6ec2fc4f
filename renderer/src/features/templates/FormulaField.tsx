import { Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { fillFormula, formulaHoles } from '../../../../electron/core/templates/formula-text';
import type { Formula } from '../../../../electron/shared/formulas';
import type { TemplateSlot } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import type { FillStore } from './fill-store';
import { templateMessages } from './template-messages';

/** The choice that turns the formulas off: the writer writes the whole sentence. */
const OWN = '\u0000own';
/** More choices than this and the list stops being a choice. */
const MAX_CHOICES = 12;

/** A formula as a choice reads: its holes named in brackets. */
const shown = (formula: string): string => formula.replace(/\{\{([^{}]+)\}\}/gu, '〔$1〕');

/**
 * A title, subtitle, opening or closing: a choice of formulas (the one the source essay follows
 * first, then the genre's commonest) whose holes the writer fills, or a sentence of their own.
 * The source essay's own sentence shows below as a reference; the draft gets what is written here.
 */
export function FormulaField({
  store,
  slot,
  formulas,
}: {
  store: FillStore;
  slot: TemplateSlot;
  formulas: readonly Formula[];
}) {
  const t = useMessages(templateMessages).formula;
  const starts = slot.formula !== undefined && slot.default === fillFormula(slot.formula, {});
  const [choice, setChoice] = useState(starts ? (slot.formula ?? OWN) : OWN);
  const [holes, setHoles] = useState<Record<string, string>>({});
  const [own, setOwn] = useState('');
  const counts = new Map(formulas.map((f) => [f.text, f.count]));
  const choices = [...new Set([slot.formula, ...formulas.map((f) => f.text)])]
    .filter((f): f is string => f !== undefined)
    .slice(0, MAX_CHOICES);

  const write = (next: { choice?: string; holes?: Record<string, string>; own?: string }): void => {
    const c = next.choice ?? choice;
    const h = next.holes ?? holes;
    const o = next.own ?? own;
    store.setSlot(slot.name, c === OWN ? o : fillFormula(c, h));
  };
  const id = `formula-${slot.name}`;

  return (
    <Form.Item
      label={slot.label}
      htmlFor={id}
      extra={slot.reference ? t.reference(slot.reference) : undefined}
      data-testid={`field-${slot.name}`}
    >
      <Select
        id={id}
        data-testid={id}
        value={choice}
        onChange={(c: string) => {
          setChoice(c);
          write({ choice: c });
        }}
        options={[
          { value: OWN, label: t.writeOwn },
          ...choices.map((f) => ({ value: f, label: t.choice(shown(f), counts.get(f) ?? 0) })),
        ]}
        style={{ width: '100%' }}
      />
      {choice === OWN ? (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} size={2}>
          <label htmlFor={`slot-${slot.name}`}>{t.ownLabel(slot.label)}</label>
          <Input.TextArea
            id={`slot-${slot.name}`}
            data-testid={`slot-${slot.name}`}
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={slot.default}
            value={own}
            onChange={(e) => {
              setOwn(e.target.value);
              write({ own: e.target.value });
            }}
          />
        </Space>
      ) : (
        <Space wrap style={{ marginTop: 8 }} align="end">
          {formulaHoles(choice).map((hole) => {
            const holeId = `${id}-${hole}`;
            return (
              <Space key={hole} orientation="vertical" size={2}>
                <label htmlFor={holeId}>{hole}</label>
                <Input
                  id={holeId}
                  data-testid={holeId}
                  value={holes[hole] ?? ''}
                  onChange={(e) => {
                    const next = { ...holes, [hole]: e.target.value };
                    setHoles(next);
                    write({ holes: next });
                  }}
                  style={{ width: 180 }}
                />
              </Space>
            );
          })}
        </Space>
      )}
    </Form.Item>
  );
}
