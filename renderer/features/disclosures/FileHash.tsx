/**
 * The file's SHA-256 shortened to its first 12 characters, as the access log names it; the full
 * hash is the title for the mouse and shows on focus for the keyboard, and screen readers hear it
 * whole, so a copy of the file can be checked against it.
 */
export function FileHash({ sha256, fileName }: { sha256: string; fileName: string }) {
  return (
    <span className="file-hash" tabIndex={0} title={sha256}>
      <span className="file-hash-short cell-main" aria-hidden="true">
        {sha256.slice(0, 12)}…
      </span>
      <span className="file-hash-full cell-main">SHA-256 {sha256}</span>
      <span className="cell-detail">{fileName}</span>
    </span>
  );
}
