#!/usr/bin/env python3
"""Regenerates the NetworkX-written fixtures in this folder (NetworkX 3.6.1):

    python3 Tests/ActorGraphFormatsTests/Data/generate.py

The Swift tests read these files; they never call Python.
"""
import json
import os

import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))

# Florentine families (Padgett): string node ids, no name attribute; deterministic weights.
florentine = nx.florentine_families_graph()
for i, (u, v) in enumerate(sorted(tuple(sorted(e)) for e in florentine.edges())):
    florentine[u][v]["weight"] = [1, 2, 0.5][i % 3]
nx.write_graphml(florentine, os.path.join(here, "florentine-networkx.graphml"))
nx.write_gexf(florentine, os.path.join(here, "florentine-networkx.gexf"))

# Zachary's karate club: integer node ids, node attribute "club", edge weights (NetworkX's own).
karate = nx.karate_club_graph()
with open(os.path.join(here, "karate-networkx.json"), "w") as f:
    json.dump(nx.node_link_data(karate), f)

# Directed graph with hostile names: NetworkX's own XML escaping.
hostile = nx.DiGraph()
hostile.add_edge("AT&T", "<script>alert(1)</script>", weight=3)
hostile.add_edge('Say "hi"', "AT&T", weight=1.25)
hostile.nodes["AT&T"]["name"] = "AT&T Inc."
nx.write_graphml(hostile, os.path.join(here, "hostile-networkx.graphml"))
with open(os.path.join(here, "hostile-networkx.json"), "w") as f:
    json.dump(nx.node_link_data(hostile, edges="links"), f)
