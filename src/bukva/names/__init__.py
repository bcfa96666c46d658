"""Names across systems and scripts: the period's gazetteer, identity, matching, clustering."""

from .cluster import Group, cluster
from .identity import Identity, Match, identify, match

__all__ = ["Group", "Identity", "Match", "cluster", "identify", "match"]
