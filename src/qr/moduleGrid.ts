/** A square of modules: 1 is dark. `reserved` marks the function patterns, which data and masks skip. */
export interface ModuleGrid {
  size: number;
  dark: Uint8Array;
  reserved: Uint8Array;
}

/** Returns an all-light grid of `size` × `size` modules with nothing reserved. */
export function createModuleGrid(size: number): ModuleGrid {
  return { size, dark: new Uint8Array(size * size), reserved: new Uint8Array(size * size) };
}

/** Sets a function-pattern module, which the data placement and the masks then leave alone. */
export function setFunctionModule(grid: ModuleGrid, row: number, column: number, dark: boolean): void {
  const index = row * grid.size + column;

  grid.dark[index] = dark ? 1 : 0;
  grid.reserved[index] = 1;
}
