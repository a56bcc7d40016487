/**
 * The vocabulary of the synthetic stories: fictional parties, people, places and publishers, and
 * sentence templates in the register of a news chronology. Nothing here names a real person.
 */

export const ACTORS = [
  { id: "northland", name: "Northland", color: "#1f5fa8", adjective: "Northland" },
  { id: "eastvale", name: "Eastvale", color: "#b03a2e", adjective: "Eastvalian" },
  { id: "southmark", name: "Southmark", color: "#2e7d4f", adjective: "Southmark" },
  { id: "westria", name: "Westria", color: "#8e5ea2", adjective: "Westrian" },
  { id: "the-union", name: "The Union", color: "#c77c0e", adjective: "Union" },
  { id: "the-council", name: "The Council", color: "#4a5568", adjective: "Council" },
] as const;

export const SPEAKERS: Record<string, { name: string; role: string; language: string }[]> = {
  northland: [
    { name: "Helen Marsh", role: "President of Northland", language: "en" },
    { name: "Arthur Penrose", role: "Foreign Minister of Northland", language: "en" },
    { name: "Dana Whitcombe", role: "Envoy of Northland", language: "en" },
  ],
  eastvale: [
    { name: "Oleg Varen", role: "President of Eastvale", language: "ru" },
    { name: "Irina Solovey", role: "Foreign Ministry spokeswoman of Eastvale", language: "ru" },
    { name: "Pavel Drozd", role: "Defence Minister of Eastvale", language: "ru" },
  ],
  southmark: [
    { name: "Taras Hlyboky", role: "President of Southmark", language: "uk" },
    { name: "Maryna Lis", role: "Foreign Minister of Southmark", language: "uk" },
    { name: "Andriy Kovalchuk", role: "Chief negotiator of Southmark", language: "uk" },
  ],
  westria: [
    { name: "Claire Dumont", role: "Prime Minister of Westria", language: "fr" },
    { name: "Luc Bernard", role: "Foreign Minister of Westria", language: "fr" },
  ],
  "the-union": [
    { name: "Katrin Vogel", role: "President of the Union Commission", language: "de" },
    { name: "Jonas Berg", role: "High Representative of the Union", language: "en" },
  ],
  "the-council": [
    { name: "Amara Okafor", role: "Secretary-General of the Council", language: "en" },
    { name: "Rui Santos", role: "Council spokesman", language: "pt" },
  ],
};

export const PLACES = [
  "Geneva",
  "Vienna",
  "Istanbul",
  "Helsinki",
  "Riyadh",
  "Doha",
  "Oslo",
  "Minsk",
  "Brussels",
  "New York",
  "Ankara",
  "Warsaw",
  "Bern",
  "Stockholm",
  "Abu Dhabi",
  "the capital",
  "the border crossing at Velyka Rika",
  "the port of Sarnova",
];

export const PUBLISHERS = [
  "The Daily Ledger",
  "Meridian Wire",
  "Northland Broadcasting",
  "Eastvale State Agency",
  "Southmark Public Radio",
  "The Westrian Gazette",
  "Union Official Journal",
  "Council Press Office",
  "The Evening Courier",
  "Policy Review Quarterly",
];

export const PUBLISHER_LANGUAGE: Record<string, string> = {
  "Eastvale State Agency": "ru",
  "Southmark Public Radio": "uk",
  "The Westrian Gazette": "fr",
};

export const TAGS = [
  "ceasefire",
  "diplomacy",
  "sanctions",
  "energy",
  "prisoners",
  "battlefield",
  "humanitarian",
  "elections",
  "trade",
  "grain",
  "security-guarantees",
  "minerals",
];

/** `{a}` and `{b}` are actors, `{place}` a place, `{topic}` a topic. */
export const TITLES = [
  "{a} and {b} hold talks in {place}",
  "{a} proposes a {topic} framework",
  "{a} rejects {b}'s terms on {topic}",
  "{a} announces new measures on {topic}",
  "Envoys of {a} arrive in {place}",
  "{a} and {b} exchange prisoners near {place}",
  "{a} signals readiness for a partial ceasefire",
  "{a} suspends {topic} talks with {b}",
  "{a} restores contacts with {b} after a pause",
  "Summit in {place} ends without a joint statement",
  "{a} accuses {b} of violating the {topic} deal",
  "{a} publishes its position on {topic}",
  "Technical teams of {a} and {b} meet in {place}",
  "{a} extends the {topic} arrangement by ninety days",
  "{a} calls an emergency meeting on {topic}",
];

export const TOPICS = [
  "energy infrastructure",
  "Black Sea shipping",
  "prisoner exchange",
  "sanctions relief",
  "grain corridor",
  "security guarantees",
  "critical minerals",
  "humanitarian access",
  "nuclear plant safety",
  "border monitoring",
];

export const SUMMARIES = [
  "Delegations from {a} and {b} met for several hours in {place}; both sides described the meeting as useful but gave few details.",
  "{a} said the proposal on {topic} would apply for thirty days and could be extended if both sides kept to it.",
  "Officials of {a} confirmed the decision in a written statement; {b} said it had not been consulted in advance.",
  "The announcement followed a week of shuttle diplomacy in {place}, according to people familiar with the talks.",
  "Negotiators agreed on a list of technical questions on {topic} to be settled before any signing.",
  "{b} welcomed the step but said it would judge {a} by its actions rather than its statements.",
  "Observers noted that the text left the timing of implementation open and named no monitoring body.",
  "The meeting in {place} was the first at this level since the talks stalled earlier in the year.",
];

export const QUOTES = [
  "We are ready to work on {topic}, but not at any price.",
  "The door to negotiations remains open, and our delegation will be in {place} next week.",
  "Nobody should mistake our patience for weakness.",
  "This is a first step, and first steps matter.",
  "We have heard many promises; we are waiting for deeds.",
  "The proposal is a serious one and deserves a serious answer from {b}.",
  "There can be no agreement on {topic} without the people who live with its consequences.",
  "Our position has not changed since the last round in {place}.",
  "We will study the text carefully and respond in due course.",
  "The question of {topic} cannot be separated from the question of security.",
];
