import { render } from 'preact';
import { Popup, createPopupState } from '../../components/popup/Popup';

const state = createPopupState();
render(<Popup state={state} />, document.getElementById('app') as HTMLElement);
void state.load();
