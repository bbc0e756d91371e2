// Asks for a List field's items once the field is on screen (mounted in the form).
import { useEffect } from 'preact/hooks';

export function LoadWhenShown({ name, load }: { name: string; load: (name: string) => Promise<void> }) {
  useEffect(() => void load(name), [name, load]);
  return null;
}
