// One list of the visibility picker (users or user groups): a labelled group of checkboxes.
import type { WizardState } from '../../lib/wizard/model';

interface Item {
  id: number;
  name: string;
}

export function PickList({ state, legend, items, chosen, onToggle }: { state: WizardState; legend: string; items: Item[]; chosen: readonly number[]; onToggle: (id: number) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} class="pick">
          <input type="checkbox" checked={chosen.includes(item.id)} onChange={() => onToggle(item.id)} />
          {item.name}
        </label>
      ))}
      {items.length === 0 && <p class="help">{state.texts.value.pickerNone}</p>}
    </fieldset>
  );
}
