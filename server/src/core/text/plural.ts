/** A count with its noun, singular for one: "1 source", "2 sources", "0 files". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
