"""bukva: romanization of Russian and Chinese as scholars, editors and librarians write it.

>>> import bukva
>>> bukva.romanize("Юдин Павел Фёдорович")
'I͡Udin Pavel Fëdorovich'
>>> bukva.reverse("I͡Udin")
'Юдин'
"""

from .api import (
    BukvaError,
    Candidate,
    SystemInfo,
    Transliteration,
    reverse,
    reverse_candidates,
    romanize,
    systems,
    transliterate,
)

__version__ = "0.1.0"

__all__ = [
    "BukvaError",
    "Candidate",
    "SystemInfo",
    "Transliteration",
    "__version__",
    "reverse",
    "reverse_candidates",
    "romanize",
    "systems",
    "transliterate",
]
