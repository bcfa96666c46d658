"""Names across systems and scripts: the period's gazetteer, identity, matching, clustering."""

from .cluster import Group, cluster
from .identity import Identity, identify
from .matching import Match, match

__all__ = ["Group", "Identity", "Match", "cluster", "identify", "match"]
