import { useEffect, useRef, useState, type ReactNode } from 'react';

interface RepeatingGroupProps<Row> {
  legend: string;
  hint?: string;
  /** "Contact": names each row ("Contact 2") and its buttons. */
  rowName: string;
  rows: readonly Row[];
  emptyText: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** The fields of one row. */
  children: (row: Row, index: number) => ReactNode;
}

/**
 * A list of records (contacts, marks, phones) with add and remove. Each row is its own group, so
 * "Naam" is read as "Contact 2, Naam"; focus moves into a new row, and after a removal to the
 * row before it or the add button, never lost on the page.
 */
export function RepeatingGroup<Row>({ legend, hint, rowName, rows, emptyText, onAdd, onRemove, children }: RepeatingGroupProps<Row>) {
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusAfterRender, setFocusAfterRender] = useState<number | 'add' | null>(null);

  useEffect(() => {
    if (focusAfterRender === null) return;
    if (focusAfterRender === 'add') addRef.current?.focus();
    else groupRef.current?.querySelector<HTMLElement>(`[data-row="${focusAfterRender}"] :is(input, select, textarea)`)?.focus();
    setFocusAfterRender(null);
  }, [focusAfterRender]);

  function add() {
    onAdd();
    setFocusAfterRender(rows.length);
  }

  function remove(index: number) {
    onRemove(index);
    setFocusAfterRender(rows.length > 1 ? Math.max(0, index - 1) : 'add');
  }

  const lowerName = rowName.toLocaleLowerCase('nl-NL');
  return (
    <fieldset ref={groupRef} className="repeating-group">
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {rows.length === 0 && <p className="muted">{emptyText}</p>}
      {rows.map((row, index) => (
        <fieldset key={index} data-row={index} className="repeating-group-row">
          <legend className="repeating-group-legend">
            {rowName} {index + 1}
          </legend>
          <div className="profile-field-grid">{children(row, index)}</div>
          <div>
            <button type="button" className="button button-small" onClick={() => remove(index)}>
              Verwijderen<span className="visually-hidden"> {`${lowerName} ${index + 1}`}</span>
            </button>
          </div>
        </fieldset>
      ))}
      <div>
        <button ref={addRef} type="button" className="button" onClick={add}>
          {`${rowName} toevoegen`}
        </button>
      </div>
    </fieldset>
  );
}
