import { useState } from 'react';
import type { Result } from '../../preload/contract';
import { downloadFile } from './downloadFile';

/**
 * A CSV main makes (and logs) and the browser downloads: busy while main works, then a status
 * naming the file, or main's refusal as an alert.
 */
export function useCsvExport(makeCsv: () => Promise<Result<{ fileName: string; csv: string }>>, madeMessage: (fileName: string) => string, onMade?: () => void) {
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(): Promise<void> {
    setExporting(true);
    setError(null);
    setStatus('');
    const result = await makeCsv();
    setExporting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadFile(result.value.fileName, result.value.csv, 'text/csv;charset=utf-8');
    setStatus(madeMessage(result.value.fileName));
    onMade?.();
  }

  return { exporting, status, error, run, clearStatus: () => setStatus('') };
}

type CsvExportState = ReturnType<typeof useCsvExport>;

export function CsvExportButton({ csvExport }: { csvExport: CsvExportState }) {
  return (
    <button type="button" className="button" onClick={() => void csvExport.run()} disabled={csvExport.exporting}>
      {csvExport.exporting ? 'Bezig met exporteren…' : 'Exporteer als CSV'}
    </button>
  );
}

export function CsvExportFeedback({ csvExport }: { csvExport: CsvExportState }) {
  return (
    <>
      <p role="status" className="status-message">
        {csvExport.status}
      </p>
      {csvExport.error && (
        <p role="alert" className="form-error">
          {csvExport.error}
        </p>
      )}
    </>
  );
}
