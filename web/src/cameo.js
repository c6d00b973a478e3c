// CAMEO vocabulary the page needs to label things: root codes and quad classes.

export const ROOTS = {
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit force posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
};

export const QUADS = [
  { id: 1, name: "Verbal cooperation", color: "#7fb77e" },
  { id: 2, name: "Material cooperation", color: "#2e7d5b" },
  { id: 3, name: "Verbal conflict", color: "#f0a04b" },
  { id: 4, name: "Material conflict", color: "#c8453b" },
];

export function rootName(code) {
  const root = (code || "").slice(0, 2);
  return ROOTS[root] || "";
}

// Colour for a mean Goldstein score in [-10, 10]: red hostile, grey neutral, green cooperative.
export function goldsteinColor(score) {
  const t = Math.max(-1, Math.min(1, (score || 0) / 10));
  const neutral = [150, 156, 166];
  const end = t < 0 ? [200, 69, 59] : [46, 125, 91];
  const k = Math.abs(t);
  const mix = neutral.map((c, i) => Math.round(c + (end[i] - c) * k));
  return `rgb(${mix.join(",")})`;
}
