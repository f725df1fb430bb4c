"""Announced meetings and commitments shared by coordinated verbs, on invented sentences
(real parse: slow).

The PLOVER manual codes announced meetings, visits and talks as AGREE; a refused meeting
stays a negated CONSULT and a past one a CONSULT. A verb coordinated with a promised one
shares its "will"/"would" and its "not" ("would withdraw the gunboats and *release* the
crew"), but a verb in a tense of its own does not ("would not send troops but *offered*").
"""

from __future__ import annotations

from datetime import date

import pytest
from real_coder import coder as _coder

from newsevents.models import Event

pytestmark = pytest.mark.slow

DAY = date(2016, 5, 3)


def _coded(text: str) -> dict[str, tuple[str, str, str]]:
    events: list[Event] = _coder().code(text, DAY)
    return {e.trigger.text: (e.type, e.polarity, e.modality) for e in events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Peruvian president will travel to Quito next month for talks with Ecuador's leader.",
     "travel"),
    ("The Hungarian premier said he would meet his Slovak counterpart in Bratislava.", "meet"),
    ("Botswana will host the Zambian foreign minister on Thursday, officials said.", "host"),
])
def test_an_announced_meeting_is_an_agreement(text: str, trigger: str) -> None:
    assert _coded(text)[trigger] == ("AGREE", "positive", "future")


def test_a_refused_or_past_meeting_stays_a_meeting() -> None:
    refused = _coded("Hungary's prime minister will not meet Slovak Prime Minister Robert Fico "
                     "in Bratislava.")
    assert refused["meet"] == ("CONSULT", "negative", "future")
    past = _coded("Hungary's prime minister met Slovak Prime Minister Robert Fico in "
                  "Bratislava on Monday.")
    assert past["met"] == ("CONSULT", "positive", "asserted")


def test_a_coordinated_verb_shares_the_promise() -> None:
    coded = _coded("Ankara will withdraw its gunboats and release the captured fishermen, the "
                   "ministry said.")
    assert coded["release"] == ("AGREE", "positive", "future")


def test_a_verb_in_its_own_tense_shares_nothing() -> None:
    coded = _coded("Oslo said it would not send troops but offered to host the talks.")
    assert coded["offered"][0] == "AGREE"
    assert coded["offered"][1] == "positive"
