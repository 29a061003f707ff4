#!/usr/bin/env python3
"""Time igraph, NetworKit and NetworkX on the benchmark graphs, check their results against ours, and
print the comparison table. Used by scripts/bench; see the README's Benchmarks section.

  bench_peers.py run --lib igraph|networkit|networkx --input G.csv --measure M --output R.csv
                     [--repeat R] [--pivots-file S.txt] [--source ID] [--limit SECONDS]
      Times one measure in this process and prints one JSON line (seconds = fastest of R runs,
      peak_rss_mib from resource.getrusage). `--limit`: for NetworkX, the slow measures are first timed
      on a small sample of sources and skipped when the estimate for the whole run exceeds the limit.
  bench_peers.py report RUNS.jsonl
      Checks every peer's result vector against ours (node by node, by name) and prints the table.

Conventions, aligned to ours (which follows NetworkX):
  load         read the CSV and build the graph; the result vector is the degree (checks the graphs agree).
               igraph: csv module + Graph.TupleList; NetworKit: graphio.EdgeListReader; NetworkX:
               read_edgelist. The weight column is kept as an edge attribute everywhere.
  betweenness  unweighted (hops), normalised 2/((n-1)(n-2)) as NetworkX's normalized=True. igraph returns
               unordered-pair sums, scaled here; NetworKit's normalized=True already matches; NetworKit
               runs on an unweighted copy (it would otherwise read the weights).
  betweenness-weighted  the weight read as a distance (NetworkX weight="weight", igraph weights=,
               NetworKit weighted graph); integer weights, so path sums and ties are exact everywhere.
  with pivots  subset betweenness from the sources in --pivots-file to every target, unnormalised:
               NetworkX betweenness_centrality_subset(G, S, V), igraph betweenness(sources=S). NetworKit
               has no subset betweenness; EstimateBetweenness with the same number of samples (its own
               random sources) is timed and not checked.
  closeness    unweighted, Wasserman-Faust (NetworkX wf_improved=True): igraph's per-component closeness
               is multiplied by (r-1)/(n-1), r = size of the node's component; NetworKit GENERALIZED.
  pagerank     alpha 0.85, weights as tie strength, converged tightly (ours and NetworkX tol 1e-14,
               NetworKit tol 1e-12, igraph PRPACK) so that the 1e-6 relative check is meaningful.
  dijkstra     distances from one source, weight as distance.
Values agree when |a - b| <= 1e-6 * max(|a|, |b|) + 1e-12 (the absolute floor only matters for zeros).
"""
import argparse
import csv
import json
import math
import os
import random
import resource
import sys
import time

REL_TOL = 1e-6
ABS_TOL = 1e-12
SLOW = {"betweenness", "betweenness-weighted", "closeness"}


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def read_rows(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return [(a, b, float(w)) for a, b, w in reader]


def timed(repeat, fn):
    best, value = math.inf, None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best, value


# --------------------------------------------------------------------------------------------- igraph
def run_igraph(args, pivots):
    import igraph as ig

    def load():
        return ig.Graph.TupleList(read_rows(args.input), directed=False, weights=True)

    load_seconds, g = timed(args.repeat if args.measure == "load" else 1, load)
    names = g.vs["name"]
    n = g.vcount()
    index = {name: i for i, name in enumerate(names)}
    m = args.measure
    extra = {"threads": 1}
    if m == "load":
        seconds, values = load_seconds, g.degree()
    elif m in ("betweenness", "betweenness-weighted"):
        weights = "weight" if m == "betweenness-weighted" else None
        if pivots is not None:
            sources = [index[p] for p in pivots]
            seconds, values = timed(args.repeat, lambda: g.betweenness(directed=False, weights=weights,
                                                                       sources=sources, targets=None))
            extra["pivots"] = len(pivots)
        else:
            seconds, raw = timed(args.repeat, lambda: g.betweenness(directed=False, weights=weights))
            scale = 2.0 / ((n - 1) * (n - 2))
            values = [x * scale for x in raw]
    elif m == "closeness":
        seconds, raw = timed(args.repeat, lambda: g.closeness())
        membership = g.connected_components().membership
        size = {}
        for c in membership:
            size[c] = size.get(c, 0) + 1
        values = [(0.0 if math.isnan(x) else x) * (size[membership[i]] - 1) / (n - 1) for i, x in enumerate(raw)]
    elif m == "pagerank":
        seconds, values = timed(args.repeat, lambda: g.pagerank(weights="weight", damping=0.85))
        extra["method"] = "prpack"
    elif m == "dijkstra":
        s = index[args.source]
        seconds, rows = timed(args.repeat, lambda: g.distances(source=s, weights="weight"))
        values = rows[0]
    return seconds, names, values, n, g.ecount(), extra


# ------------------------------------------------------------------------------------------ NetworKit
def run_networkit(args, pivots):
    import networkit as nk

    threads = nk.getMaxNumberOfThreads()

    def load():
        reader = nk.graphio.EdgeListReader(",", 0, commentPrefix="s", continuous=False, directed=False)
        graph = reader.read(args.input)
        return graph, reader.getNodeMap()

    load_seconds, (G, node_map) = timed(args.repeat if args.measure == "load" else 1, load)
    names = [None] * G.numberOfNodes()
    for name, i in node_map.items():
        names[i] = name
    n = G.numberOfNodes()
    m = args.measure
    extra = {"threads": threads}

    def run(algorithm_factory):
        def go():
            a = algorithm_factory()
            a.run()
            return a.scores()
        return timed(args.repeat, go)

    if m == "load":
        seconds, values = load_seconds, [G.degree(i) for i in range(n)]
    elif m in ("betweenness", "betweenness-weighted"):
        H = G if m == "betweenness-weighted" else nk.graphtools.toUnweighted(G)
        if pivots is not None:
            seconds, values = run(lambda: nk.centrality.EstimateBetweenness(H, len(pivots), False, True))
            extra["pivots"] = len(pivots)
            extra["unchecked"] = "own random sample"
        else:
            seconds, values = run(lambda: nk.centrality.Betweenness(H, True))
    elif m == "closeness":
        H = nk.graphtools.toUnweighted(G)
        seconds, values = run(lambda: nk.centrality.Closeness(H, True, nk.centrality.ClosenessVariant.GENERALIZED))
    elif m == "pagerank":
        seconds, values = run(lambda: nk.centrality.PageRank(G, 0.85, 1e-12))
    elif m == "dijkstra":
        s = node_map[args.source]

        def go():
            d = nk.distance.Dijkstra(G, s, False)
            d.run()
            return d.getDistances()
        seconds, values = timed(args.repeat, go)
        values = [math.inf if x > 1e300 else x for x in values]
    return seconds, names, values, n, G.numberOfEdges(), extra


# ------------------------------------------------------------------------------------------- NetworkX
def run_networkx(args, pivots):
    import networkx as nx

    def load():
        with open(args.input) as f:
            next(f)
            return nx.read_edgelist(f, delimiter=",", nodetype=str, data=[("weight", float)])

    load_seconds, G = timed(args.repeat if args.measure == "load" else 1, load)
    names = list(G.nodes)
    n = G.number_of_nodes()
    m = args.measure
    extra = {"threads": 1}
    if m in SLOW and args.limit:
        # Estimate from a few sources; skip when the whole run would exceed the limit.
        sample = random.Random(7).sample(names, min(20, n))
        start = time.perf_counter()
        if m == "closeness":
            for u in sample:
                nx.closeness_centrality(G, u=u)
        else:
            weight = "weight" if m == "betweenness-weighted" else None
            nx.betweenness_centrality_subset(G, sample, names, weight=weight)
        sources = len(pivots) if pivots is not None else n
        estimate = (time.perf_counter() - start) / len(sample) * sources
        if estimate > args.limit:
            return None, names, None, n, G.number_of_edges(), {"skipped": f"skipped (>{args.limit:.0f}s, est. {estimate:.0f}s)",
                                                              "estimate": estimate}
    if m == "load":
        seconds, values = load_seconds, [G.degree(v) for v in names]
    elif m in ("betweenness", "betweenness-weighted"):
        weight = "weight" if m == "betweenness-weighted" else None
        if pivots is not None:
            seconds, result = timed(args.repeat, lambda: nx.betweenness_centrality_subset(G, pivots, names, weight=weight))
            extra["pivots"] = len(pivots)
        else:
            seconds, result = timed(args.repeat, lambda: nx.betweenness_centrality(G, weight=weight))
        values = [result[v] for v in names]
    elif m == "closeness":
        seconds, result = timed(args.repeat, lambda: nx.closeness_centrality(G))
        values = [result[v] for v in names]
    elif m == "pagerank":
        seconds, result = timed(args.repeat, lambda: nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=1000))
        values = [result[v] for v in names]
    elif m == "dijkstra":
        seconds, result = timed(args.repeat, lambda: nx.single_source_dijkstra_path_length(G, args.source, weight="weight"))
        values = [result.get(v, math.inf) for v in names]
    return seconds, names, values, n, G.number_of_edges(), extra


def command_run(args):
    pivots = None
    if args.pivots_file:
        with open(args.pivots_file) as f:
            pivots = [line.strip() for line in f if line.strip()]
    runner = {"igraph": run_igraph, "networkit": run_networkit, "networkx": run_networkx}[args.lib]
    seconds, names, values, n, m, extra = runner(args, pivots)
    record = {"lib": args.lib, "graph": os.path.splitext(os.path.basename(args.input))[0], "measure": args.measure,
              "seconds": seconds, "nodes": n, "edges": m}
    record.update(extra)
    record["peak_rss_mib"] = peak_rss_mib()
    if values is not None and args.output:
        with open(args.output, "w") as f:
            f.write("id,value\n")
            for name, value in zip(names, values):
                f.write(f"{name},{'inf' if math.isinf(value) else repr(float(value))}\n")
        record["result"] = args.output
    print(json.dumps(record))


# --------------------------------------------------------------------------------------------- report
def read_result(path):
    with open(path) as f:
        next(f)
        out = {}
        for line in f:
            name, value = line.rstrip("\n").rsplit(",", 1)
            out[name] = float(value)
        return out


def compare(ours, theirs):
    """(ok, worst relative difference, message)."""
    if set(ours) != set(theirs):
        return False, math.inf, f"node sets differ ({len(ours)} vs {len(theirs)})"
    worst = 0.0
    for name, a in ours.items():
        b = theirs[name]
        if math.isinf(a) or math.isinf(b):
            if a != b:
                return False, math.inf, f"node {name}: {a} vs {b}"
            continue
        diff = abs(a - b)
        scale = max(abs(a), abs(b))
        if diff > REL_TOL * scale + ABS_TOL:
            return False, diff / scale, f"node {name}: {a!r} vs {b!r}"
        if scale > 0:
            worst = max(worst, diff / scale)
    return True, worst, ""


def fmt_seconds(x):
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def command_report(args):
    records = [json.loads(line) for line in open(args.runs) if line.strip()]
    rows = {}
    order = []
    for r in records:
        key = (r["graph"], r["measure"])
        if key not in rows:
            rows[key] = {}
            order.append(key)
        rows[key][r["column"]] = r
    columns = ["ours1", "ours2", "igraph", "networkit", "networkx"]
    headers = ["graph", "measure", "ours 1t", "ours 2t", "igraph", "NetworKit 2t", "NetworkX",
               "ours 1t/igraph", "ours 2t/igraph", "peak MiB ours/ig/nk/nx", "check"]
    lines = []
    failures = 0
    for key in order:
        row = rows[key]
        cells = [key[0], key[1] + (f" (k={row['ours1']['pivots']})" if "pivots" in row.get("ours1", {}) else "")]
        for c in columns:
            r = row.get(c)
            if r is None:
                cells.append("not run")
            elif r.get("skipped"):
                cells.append(r["skipped"])
            elif r.get("seconds") is None:
                cells.append(r.get("error", "failed"))
            else:
                cells.append(fmt_seconds(r["seconds"]))
        ig = row.get("igraph", {}).get("seconds")
        for c in ("ours1", "ours2"):
            o = row.get(c, {}).get("seconds")
            cells.append(f"{o / ig:.2f}" if o and ig else "—")
        mem = []
        for c in ("ours1", "igraph", "networkit", "networkx"):
            r = row.get(c)
            mem.append(f"{r['peak_rss_mib']:.0f}" if r and r.get("peak_rss_mib") else "—")
        cells.append("/".join(mem))
        # Check every peer (and ours with 2 threads) against ours with 1 thread.
        notes = []
        ours = row.get("ours1", {}).get("result")
        ours_values = read_result(ours) if ours and os.path.exists(ours) else None
        for c in ("ours2", "igraph", "networkit", "networkx"):
            r = row.get(c)
            if not r or not r.get("result") or r.get("unchecked"):
                if r and r.get("unchecked"):
                    notes.append(f"{c}: not checked ({r['unchecked']})")
                continue
            if ours_values is None:
                notes.append(f"{c}: no result of ours")
                failures += 1
                continue
            ok, worst, message = compare(ours_values, read_result(r["result"]))
            if ok:
                notes.append(f"{c} ok ({worst:.0e})" if c != "ours2" else ("2t identical" if worst == 0 else f"2t ok ({worst:.0e})"))
            else:
                notes.append(f"{c} MISMATCH {message}")
                failures += 1
        cells.append("; ".join(notes))
        lines.append(cells)
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for cells in lines:
        print("| " + " | ".join(cells) + " |")
    if failures:
        print(f"\n{failures} result check(s) FAILED", file=sys.stderr)
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("--lib", required=True, choices=["igraph", "networkit", "networkx"])
    run.add_argument("--input", required=True)
    run.add_argument("--measure", required=True,
                     choices=["load", "betweenness", "betweenness-weighted", "closeness", "pagerank", "dijkstra"])
    run.add_argument("--output")
    run.add_argument("--repeat", type=int, default=3)
    run.add_argument("--pivots-file")
    run.add_argument("--source")
    run.add_argument("--limit", type=float, default=0)
    report = sub.add_parser("report")
    report.add_argument("runs")
    args = parser.parse_args()
    if args.command == "run":
        command_run(args)
        return 0
    return command_report(args)


if __name__ == "__main__":
    sys.exit(main())
