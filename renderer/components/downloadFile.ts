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

/** base64 (how IPC carries a PDF) back to its bytes. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}
