import { render } from 'preact';
import { Grant, createGrantState } from '../../components/grant/Grant';

const state = createGrantState(location.search);
render(<Grant state={state} />, document.getElementById('app') as HTMLElement);
