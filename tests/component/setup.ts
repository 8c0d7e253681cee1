// Kept minimal: @testing-library/svelte's vite plugin already wires cleanup between tests.
// jsdom lacks <dialog>'s modal methods; the Dialog component falls back to the open attribute.
export {};
