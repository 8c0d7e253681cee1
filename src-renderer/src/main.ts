import { mount } from 'svelte';
import App from './App.svelte';
import { createApi } from './lib/api';
import { installFullText } from './lib/full-text';
import { restoreTheme } from './lib/theme';
import './app.css';
import './full-text.css';
import './print.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

restoreTheme();
installFullText();

export default mount(App, { target, props: { api: createApi() } });
