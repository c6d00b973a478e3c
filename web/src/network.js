// Partner network for one actor: a star graph, node size by event count,
// edge colour by mean Goldstein score.
import { goldsteinColor } from "./cameo.js";

export function renderNetwork(chart, element, answer, names) {
  const partners = answer.partners || [];
  const max = Math.max(1, ...partners.map((p) => p.count));
  const nodes = [{
    id: answer.actor, name: names(answer.actor), value: partners.reduce((s, p) => s + p.count, 0),
    symbolSize: 46,
    itemStyle: { color: "#3d5a98" }, label: { show: true, fontWeight: "bold", color: "#1f2a44" },
  }];
  const links = [];
  for (const p of partners) {
    nodes.push({
      id: p.actor, name: names(p.actor), value: p.count,
      symbolSize: 14 + 30 * Math.sqrt(p.count / max),
      itemStyle: { color: goldsteinColor(p.goldstein) },
      label: { show: true, color: "#36415a" },
    });
    links.push({
      source: answer.actor, target: p.actor, value: p.count,
      lineStyle: { color: goldsteinColor(p.goldstein), width: 1 + 5 * (p.count / max), opacity: 0.8 },
    });
  }
  element.dataset.partners = String(partners.length);
  chart.setOption({
    animationDuration: 400,
    title: partners.length ? undefined : { text: "No partners in the store", left: "center", top: "middle",
      textStyle: { color: "#8a93a3", fontSize: 14, fontWeight: "normal" } },
    tooltip: {
      formatter: (item) => {
        if (item.dataType === "edge") return `${names(item.data.source)} ↔ ${names(item.data.target)}: ${item.data.value} events`;
        const p = partners.find((x) => x.actor === item.data.id);
        if (!p) return `${item.data.name}: ${item.data.value} events`;
        const g = p.goldstein === null || p.goldstein === undefined ? "–" : p.goldstein.toFixed(2);
        return `${item.data.name}<br/>${p.count} events · mean Goldstein ${g}`;
      },
    },
    series: [{
      type: "graph",
      layout: "force",
      roam: true,
      draggable: true,
      force: { repulsion: 260, edgeLength: [60, 150], gravity: 0.08 },
      label: { position: "right", fontSize: 11 },
      data: nodes,
      links,
    }],
  }, true);
}
