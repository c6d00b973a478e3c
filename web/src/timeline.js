// Dyad timeline: events per period stacked by quad class, with the mean
// Goldstein score on a second axis.
import { QUADS } from "./cameo.js";

// The slice of a period the direction picker asks for.
function slice(period, direction) {
  if (direction === "ab") return period.a_to_b || { count: 0, quad: {}, goldstein: null };
  if (direction === "ba") return period.b_to_a || { count: 0, quad: {}, goldstein: null };
  return period;
}

// Every period label between first and last, so gaps show as empty years or months.
function continuousPeriods(labels, by) {
  if (labels.length === 0 || by === "day") return labels;
  const out = [];
  if (by === "year") {
    for (let y = +labels[0].slice(0, 4); y <= +labels[labels.length - 1].slice(0, 4); y++) out.push(String(y));
    return out;
  }
  let [y, m] = labels[0].split("-").map(Number);
  const [ly, lm] = labels[labels.length - 1].split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function renderTimeline(chart, element, dyad, direction, names) {
  const byPeriod = new Map(dyad.periods.map((p) => [p.period, slice(p, direction)]));
  const withEvents = dyad.periods.filter((p) => (slice(p, direction).count || 0) > 0).map((p) => p.period);
  const labels = continuousPeriods(withEvents, dyad.by);

  // Exposed for tests and for people reading the DOM: what the chart shows.
  element.dataset.first = withEvents[0] || "";
  element.dataset.last = withEvents[withEvents.length - 1] || "";
  element.dataset.points = String(withEvents.length);
  element.dataset.dyad = `${dyad.a},${dyad.b}`;

  const series = QUADS.map((q) => ({
    name: q.name,
    type: "bar",
    stack: "events",
    barMaxWidth: 22,
    itemStyle: { color: q.color },
    emphasis: { focus: "series" },
    data: labels.map((l) => (byPeriod.get(l)?.quad?.[q.id] ?? 0)),
  }));
  series.push({
    name: "Mean Goldstein",
    type: "line",
    yAxisIndex: 1,
    connectNulls: false,
    symbolSize: 6,
    lineStyle: { width: 2, color: "#3d5a98" },
    itemStyle: { color: "#3d5a98" },
    data: labels.map((l) => {
      const p = byPeriod.get(l);
      return p && p.count > 0 && p.goldstein !== null && p.goldstein !== undefined ? +p.goldstein.toFixed(2) : null;
    }),
  });

  const a = names(dyad.a), b = names(dyad.b);
  const arrow = direction === "ab" ? `${a} → ${b}` : direction === "ba" ? `${b} → ${a}` : `${a} ↔ ${b}`;
  chart.setOption({
    animationDuration: 400,
    title: labels.length ? undefined : { text: `No events between ${a} and ${b}`, left: "center", top: "middle",
      textStyle: { color: "#8a93a3", fontSize: 14, fontWeight: "normal" } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" },
      formatter: (items) => `<b>${items[0].axisValue}</b> · ${arrow}<br/>` + items
        .filter((i) => i.value !== null && i.value !== 0)
        .map((i) => `${i.marker}${i.seriesName}: ${i.value}`).join("<br/>") },
    legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: "#4a5468" } },
    grid: { left: 48, right: 56, top: 40, bottom: 64 },
    dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 12 }],
    xAxis: { type: "category", data: labels, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: "value", name: "events", minInterval: 1, splitLine: { lineStyle: { color: "#eef0f4" } } },
      { type: "value", name: "Goldstein", min: -10, max: 10, splitLine: { show: false } },
    ],
    series,
  }, true);
}
