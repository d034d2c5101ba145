/** Two lines in one table cell: the main fact, and what qualifies it in smaller print. */
export function StackedCell({ main, detail }: { main: string; detail: string | null }) {
  return (
    <>
      <span className="cell-main">{main}</span>
      {detail && <span className="cell-detail">{detail}</span>}
    </>
  );
}
