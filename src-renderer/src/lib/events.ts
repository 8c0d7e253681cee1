// Event labels and the correctable rule come from the event definitions (src-shared/events):
// the renderer never repeats what the registry says about an event type.
export { eventLabel, isCorrectable } from '../../../src-shared/events';
