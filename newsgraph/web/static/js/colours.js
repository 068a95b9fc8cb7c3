// Colours of event kinds: PLOVER types in cooperation greens/blues and conflict oranges/reds,
// PLOVER quad classes, ACLED event types.

export const QUAD_OF_TYPE = {
  AGREE: "verbal cooperation", CONSULT: "verbal cooperation", SUPPORT: "verbal cooperation",
  CONCEDE: "material cooperation", COOPERATE: "material cooperation", AID: "material cooperation",
  RETREAT: "material cooperation",
  INVESTIGATE: "verbal conflict", DEMAND: "verbal conflict", DISAPPROVE: "verbal conflict",
  REJECT: "verbal conflict", THREATEN: "verbal conflict",
  PROTEST: "material conflict", MOBILIZE: "material conflict", SANCTION: "material conflict",
  COERCE: "material conflict", ASSAULT: "material conflict", FIGHT: "material conflict",
};

// Neighbours in a class differ in hue and in lightness (a teal, a green and a pale lime; a bright
// red and a dark burgundy), so a stacked bar or a legend tells AGREE, CONSULT and SUPPORT apart.
export const TYPE_COLOURS = {
  AGREE: "#00a087", CONSULT: "#4daf4a", SUPPORT: "#b8e186", CONCEDE: "#9ecae1", COOPERATE: "#4393c3",
  AID: "#08306b", RETREAT: "#b2abd2", INVESTIGATE: "#ffd92f", DEMAND: "#ff7f00", DISAPPROVE: "#fb9a99",
  REJECT: "#e41a1c", THREATEN: "#67001f", PROTEST: "#c51b7d", MOBILIZE: "#f1b6da", SANCTION: "#8e0152",
  COERCE: "#7f3b08", ASSAULT: "#dfa36b", FIGHT: "#542788",
};

// Classes and stances in the Okabe–Ito palette: cooperation in blues, conflict in orange and
// vermillion, so readers with red–green colour blindness tell them apart (green against red
// is the pair they cannot).
export const QUAD_COLOURS = {
  "verbal cooperation": "#56b4e9", "material cooperation": "#0072b2",
  "verbal conflict": "#e69f00", "material conflict": "#d55e00",
};

export const ACLED_COLOURS = {
  Battles: "#542788", "Explosions/Remote violence": "#c8322f", "Violence against civilians": "#b35806",
  Protests: "#c51b7d", Riots: "#e6862f", "Strategic developments": "#4393c3", "not ACLED-coded": "#9e9e9e",
};

export function colourOf(key) {
  return TYPE_COLOURS[key] || ACLED_COLOURS[key] || QUAD_COLOURS[key] || "#9e9e9e";
}

export const STANCE_COLOURS = { cooperation: "#0072b2", conflict: "#d55e00", mixed: "#cc79a7" };
