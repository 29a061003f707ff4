#!/usr/bin/env python3
"""Generate the seeded benchmark graphs for scripts/bench as CSV edge lists (header source,target,weight).

Graphs (every one undirected, nodes named by integers, weights are integers so that sums of path
lengths are exact and shortest-path ties are the same in every library):
  ba10k.csv    Barabási–Albert, n = 10,000, m = 5 (networkx.barabasi_albert_graph, seed 1), weights
               uniform in 1..9 (random.Random(11)).
  ba100k.csv   Barabási–Albert, n = 100,000, m = 5 (seed 2), weights uniform in 1..9 (random.Random(12)).
  proj20k.csv  a weighted actor–event projection: 20,000 actors with a skewed (Zipf-like, exponent
               0.9) popularity; 40,000 events, each with 2–6 distinct participants drawn by popularity;
               every pair of participants of an event gains 1, so the weight of an edge is the number of
               events the two actors share (tie strength). Actors in no event are left out.

Usage: scripts/bench_graphs.py OUTDIR      (needs networkx)
"""
import itertools
import os
import random
import sys

import networkx as nx


def write(path, edges):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("source,target,weight\n")
        for u, v, w in edges:
            f.write(f"{u},{v},{w}\n")
    os.replace(tmp, path)


def barabasi_albert(n, m, seed, weight_seed):
    g = nx.barabasi_albert_graph(n, m, seed=seed)
    rng = random.Random(weight_seed)
    return [(u, v, rng.randint(1, 9)) for u, v in sorted(g.edges())]


def actor_event_projection(actors=20_000, events=40_000, exponent=0.9, seed=3):
    rng = random.Random(seed)
    popularity = [1.0 / (i + 1) ** exponent for i in range(actors)]
    cumulative = list(itertools.accumulate(popularity))
    # Shuffle which actor is popular, so popularity does not follow the node names.
    names = list(range(actors))
    rng.shuffle(names)
    weight = {}
    for _ in range(events):
        size = rng.randint(2, 6)
        members = set()
        while len(members) < size:
            members.add(names[rng.choices(range(actors), cum_weights=cumulative)[0]])
        for u, v in itertools.combinations(sorted(members), 2):
            weight[(u, v)] = weight.get((u, v), 0) + 1
    return [(u, v, w) for (u, v), w in sorted(weight.items())]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    jobs = {
        "ba10k.csv": lambda: barabasi_albert(10_000, 5, seed=1, weight_seed=11),
        "ba100k.csv": lambda: barabasi_albert(100_000, 5, seed=2, weight_seed=12),
        "proj20k.csv": actor_event_projection,
    }
    for name, make in jobs.items():
        path = os.path.join(out, name)
        if os.path.exists(path):
            print(f"  {name}: exists", file=sys.stderr)
            continue
        edges = make()
        write(path, edges)
        nodes = len({u for u, _, _ in edges} | {v for _, v, _ in edges})
        print(f"  {name}: {nodes} nodes, {len(edges)} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
