"""bukva: romanization of Russian and Chinese as scholars, editors and librarians write it.

>>> import bukva
>>> bukva.romanize("Юдин Павел Фёдорович")
'I͡Udin Pavel Fëdorovich'
>>> bukva.reverse("I͡Udin")
'Юдин'
>>> bukva.romanize("毛泽东", lang="zh")          # doctest: +SKIP (needs bukva[chinese])
'Mao Zedong'
"""

from .api import (
    BukvaError,
    Candidate,
    SystemInfo,
    Transliteration,
    convert,
    convert_explained,
    readings,
    reverse,
    reverse_candidates,
    romanize,
    systems,
    transliterate,
)
from .names import cluster, identify, match

__version__ = "0.1.0"

__all__ = [
    "BukvaError",
    "Candidate",
    "SystemInfo",
    "Transliteration",
    "__version__",
    "cluster",
    "convert",
    "convert_explained",
    "identify",
    "match",
    "readings",
    "reverse",
    "reverse_candidates",
    "romanize",
    "systems",
    "transliterate",
]
