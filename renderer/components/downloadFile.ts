/**
 * Saves bytes or text as a file through the browser's own download (<a download>): the file never
 * passes through main again, and main already logged the export when it made the content.
 */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
