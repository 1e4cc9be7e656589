// Gradient-boosted decision trees for a binary label (logistic loss), small and deterministic. Trees let the
// verifier learn interactions a linear model cannot ("everything is covered AND the claim adds 'hanya'").
// Split candidates come from per-feature quantile bins so training stays fast in plain TypeScript.

export interface TreeNode {
  /** Feature index, or -1 for a leaf. */
  f: number;
  /** Go left when x[f] <= t. */
  t: number;
  l: number;
  r: number;
  /** Leaf value (log-odds contribution). */
  v: number;
}

export interface BoostedModel {
  names: readonly string[];
  base: number;
  rate: number;
  trees: TreeNode[][];
  threshold: number;
  metricThreshold?: number;
  baselineThreshold?: number;
}

export interface BoostOptions { trees: number; depth: number; rate: number; bins: number; minLeaf: number; l2: number }

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function boostedScore(m: BoostedModel, x: readonly number[]): number {
  let z = m.base;
  for (const tree of m.trees) {
    let n = tree[0];
    while (n.f >= 0) n = tree[x[n.f] <= n.t ? n.l : n.r];
    z += m.rate * n.v;
  }
  return sigmoid(z);
}

function quantileEdges(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges = new Set<number>();
  for (let i = 1; i < bins; i++) edges.add(sorted[Math.floor((i * sorted.length) / bins)]);
  return [...edges].sort((a, b) => a - b);
}

export function trainBoosted(names: readonly string[], xs: number[][], ys: number[], o: BoostOptions): BoostedModel {
  const n = xs.length, d = names.length;
  const edges = names.map((_, f) => quantileEdges(xs.map(x => x[f]), o.bins));
  const binned = xs.map(x => x.map((v, f) => { let b = 0; while (b < edges[f].length && v > edges[f][b]) b++; return b; }));
  const pos = ys.reduce((a, y) => a + y, 0);
  const base = Math.log(pos / Math.max(1, n - pos));
  const z = new Array<number>(n).fill(base);
  const trees: TreeNode[][] = [];
  for (let t = 0; t < o.trees; t++) {
    const g = z.map((zi, i) => sigmoid(zi) - ys[i]);
    const h = z.map(zi => { const p = sigmoid(zi); return Math.max(p * (1 - p), 1e-6); });
    const tree: TreeNode[] = [];
    grow(tree, [...Array(n).keys()], 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let node = tree[0];
      while (node.f >= 0) node = tree[binned[i][node.f] <= edgeIndex(node) ? node.l : node.r];
      z[i] += o.rate * node.v;
    }

    function edgeIndex(node: TreeNode): number { return edges[node.f].indexOf(node.t); }

    function grow(nodes: TreeNode[], rows: number[], depth: number): number {
      const id = nodes.length;
      const G = rows.reduce((s, i) => s + g[i], 0), H = rows.reduce((s, i) => s + h[i], 0);
      nodes.push({ f: -1, t: 0, l: -1, r: -1, v: -G / (H + o.l2) });
      if (depth >= o.depth || rows.length < 2 * o.minLeaf) return id;
      let best = { gain: 1e-9, f: -1, b: -1 };
      for (let f = 0; f < d; f++) {
        const k = edges[f].length + 1;
        const gs = new Array<number>(k).fill(0), hs = new Array<number>(k).fill(0), cs = new Array<number>(k).fill(0);
        for (const i of rows) { const b = binned[i][f]; gs[b] += g[i]; hs[b] += h[i]; cs[b]++; }
        let gl = 0, hl = 0, cl = 0;
        for (let b = 0; b < k - 1; b++) {
          gl += gs[b]; hl += hs[b]; cl += cs[b];
          if (cl < o.minLeaf || rows.length - cl < o.minLeaf) continue;
          const gr = G - gl, hr = H - hl;
          const gain = gl * gl / (hl + o.l2) + gr * gr / (hr + o.l2) - G * G / (H + o.l2);
          if (gain > best.gain) best = { gain, f, b };
        }
      }
      if (best.f < 0) return id;
      const node = nodes[id];
      node.f = best.f;
      node.t = edges[best.f][best.b];
      node.l = grow(nodes, rows.filter(i => binned[i][best.f] <= best.b), depth + 1);
      node.r = grow(nodes, rows.filter(i => binned[i][best.f] > best.b), depth + 1);
      return id;
    }
  }
  return { names, base, rate: o.rate, trees, threshold: 0.5 };
}
