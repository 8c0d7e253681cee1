import { mount } from 'svelte';
import App from './App.svelte';
import { createApi } from './lib/api';
import { restoreTheme } from './lib/theme';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

restoreTheme();

export default mount(App, { target, props: { api: createApi() } });
