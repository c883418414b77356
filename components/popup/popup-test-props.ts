// The popup's callbacks as spies, for tests that render the whole popup (one list, so a new callback is added once).
import { vi } from 'vitest';

export function popupCallbacks() {
  return {
    loadHistory: () => [],
    onLevel: vi.fn(),
    onCorrect: vi.fn(),
    onStart: vi.fn(),
    onLog: vi.fn(),
    onUndo: vi.fn(),
    onAddRun: vi.fn(() => Promise.resolve()),
    onOpenOptions: vi.fn(),
  };
}
