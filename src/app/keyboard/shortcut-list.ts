/** Every key the page answers to, by where it works; the shortcuts dialog shows this. */
export const SHORTCUTS: { area: string; keys: { keys: string[]; does: string }[] }[] = [
  {
    area: "Anywhere",
    keys: [
      { keys: ["/"], does: "Search events" },
      { keys: ["?"], does: "Show these shortcuts" },
      { keys: ["Esc"], does: "Close the event panel or this dialog" },
    ],
  },
  {
    area: "In the list of events",
    keys: [
      { keys: ["↓", "j"], does: "Next event" },
      { keys: ["↑", "k"], does: "Previous event" },
      { keys: ["Home", "End"], does: "First or last event" },
      { keys: ["Enter"], does: "Open the event" },
    ],
  },
  {
    area: "On the timeline",
    keys: [
      { keys: ["+", "−"], does: "Zoom in or out" },
      { keys: ["←", "→"], does: "Move earlier or later (with Shift, further)" },
      { keys: ["↑", "↓"], does: "Scroll the lanes" },
      { keys: ["0", "Home"], does: "Show all events" },
    ],
  },
];
