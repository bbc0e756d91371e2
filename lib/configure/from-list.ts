// The connection being configured from the existing-connections list (issue 18): one per panel.
import { signal } from '@preact/signals';

export const configuringFromList = signal<{ id: number; name: string } | null>(null);

export function configureFromList(id: number, name: string): void {
  configuringFromList.value = { id, name };
}

export function backToList(): void {
  configuringFromList.value = null;
}
