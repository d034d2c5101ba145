import type { ConsultationPreview } from '../../../preload/contract';

const times = (count: number) => (count === 1 ? '1 keer' : `${count} keer`);

/** What main left out of the preview and what stands in its place, so the user can check nothing was missed. */
export function RedactionTable({ redactions }: { redactions: ConsultationPreview['redactions'] }) {
  if (redactions.length === 0) return <p className="muted">Er is niets weggelaten: de tekst bevat geen bekende namen of gegevens.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table consultation-redactions">
        <caption className="consultation-redactions-caption">Weggelaten</caption>
        <thead>
          <tr>
            <th scope="col">Wat</th>
            <th scope="col">Origineel</th>
            <th scope="col">Vervangen door</th>
            <th scope="col">Hoe vaak</th>
          </tr>
        </thead>
        <tbody>
          {redactions.map((redaction, index) => (
            <tr key={index}>
              <td>{redaction.what}</td>
              <td>{redaction.original}</td>
              <td>{redaction.replacement}</td>
              <td>{times(redaction.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
