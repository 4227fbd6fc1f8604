import { createContext, useContext, type ReactNode } from 'react';

export interface ScreenDescriptor {
  /** Names the screen in focus keys and logs, e.g. `show-42`. Unique within the stack. */
  id: string;
  render: () => ReactNode;
}

export interface ScreenStackApi {
  /** Covers the current screen with `screen`, remembering the focus the current one had. */
  push(screen: ScreenDescriptor): void;
  /** Removes the top screen and gives the one below its focus back; false on the first screen. */
  pop(): boolean;
  depth: number;
}

export const ScreenStackContext = createContext<ScreenStackApi | null>(null);

export function useScreenStack(): ScreenStackApi {
  const stack = useContext(ScreenStackContext);

  if (!stack) {
    throw new Error('useScreenStack() was called outside <ScreenStack>: render the screen through the stack.');
  }

  return stack;
}
