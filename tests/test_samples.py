"""Every system's own sample pairs, generated from the system files."""

from __future__ import annotations

import pytest

import bukva
from bukva.api import compiled
from bukva.engine.registry import all_specs
from bukva.engine.reverse import unreadable


def _cases():
    for spec in all_specs():
        for i, sample in enumerate(spec.data["samples"]):
            lang = sample.get("lang", spec.languages[0])
            yield pytest.param(spec, lang, sample, id=f"{lang}/{spec.id}/{i}")


@pytest.mark.parametrize(("spec", "lang", "sample"), list(_cases()))
def test_sample(spec, lang, sample):
    options = sample.get("options", {})
    got = bukva.romanize(sample["source"], lang=lang, system=spec.id, **options)
    assert got == sample["expected"], sample["from"]


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: f"{s.languages[0]}/{s.id}")
def test_every_system_has_samples(spec):
    """The meta-test: a system without samples from its authority is not done."""
    assert spec.data["samples"], f"{spec.path.name} has no sample pairs"
    assert all(s["from"].strip() for s in spec.data["samples"]), "every sample names its source"


@pytest.mark.parametrize(
    "spec", [s for s in all_specs() if s.reversible], ids=lambda s: f"{s.languages[0]}/{s.id}"
)
def test_reversible_samples_read_back(spec):
    checked = 0
    for sample in spec.data["samples"]:
        lang = sample.get("lang", spec.languages[0])
        source = sample["source"]
        if unreadable(compiled(lang, spec.id, sample.get("options")), source):
            continue  # the system itself says it cannot come back
        checked += 1
        back = bukva.reverse(sample["expected"], lang=lang, system=spec.id)
        assert back == source
    assert checked, "no sample of a reversible system was read back"
