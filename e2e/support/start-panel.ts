/**
 * The panel's region while no event is open: the story's key moments, or (for a story without
 * them, like the fixture) its first events.
 */
export const START_PANEL = /^(Key moments|Where it starts)$/;
