// opencc-js ships its per-table dictionaries without type declarations; each module's default export is the table as
// one string ("src dst|src dst|...").
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
