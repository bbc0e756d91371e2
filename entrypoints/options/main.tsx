import { render } from 'preact';
import { Options, createOptionsState } from '../../components/options/Options';

const state = createOptionsState();
render(<Options state={state} />, document.getElementById('app') as HTMLElement);
void state.load();
