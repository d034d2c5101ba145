/**
 * Saves text as a CSV file through the browser's own download (<a download>): the file never
 * passes through main again, and the export itself was already logged by main.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the next tick; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
