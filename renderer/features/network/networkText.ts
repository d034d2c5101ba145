/** "1 verband", "3 verbanden". */
export const linkCount = (count: number) => (count === 1 ? '1 verband' : `${count} verbanden`);
