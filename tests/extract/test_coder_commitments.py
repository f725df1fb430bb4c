"""Future commitments (PLOVER: promised cooperation is AGREE, announced coercion THREATEN)
and the fallback places where a target is named."""

from __future__ import annotations

from docs import build
from newsevents.extract.coder import extract_mentions
from newsevents.models import Mention


def _mentions(rows: list[tuple[str, str, str, str, int, str]]) -> tuple[list[Mention], object]:
    doc = build(rows)
    return extract_mentions("a1", doc), doc


def test_ready_to_send_aid_is_an_agree_by_the_subject_of_ready() -> None:
    mentions, _ = _mentions([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "B-GPE"),
        ("is", "be", "AUX", "ROOT", 1, "O"),
        ("ready", "ready", "ADJ", "acomp", 1, "O"),
        ("to", "to", "PART", "aux", 4, "O"),
        ("aid", "aid", "VERB", "xcomp", 2, "O"),
        ("Chad", "Chad", "PROPN", "dobj", 4, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = mentions
    assert (m.type, m.source.text, m.target.text) == ("AGREE", "Norway", "Chad")


def test_will_impose_a_curfew_is_a_threat_with_restrict_mode() -> None:
    mentions, _ = _mentions([
        ("Army", "army", "NOUN", "nsubj", 2, "O"),
        ("will", "will", "AUX", "aux", 2, "O"),
        ("impose", "impose", "VERB", "ROOT", 2, "O"),
        ("a", "a", "DET", "det", 4, "O"),
        ("curfew", "curfew", "NOUN", "dobj", 2, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    [m] = mentions
    assert (m.type, m.mode, m.modality) == ("THREATEN", "restrict", "future")


def test_will_meet_is_an_agreement_and_will_not_meet_a_denied_meeting() -> None:
    # The manual codes announced meetings as AGREE; a refused one stays a negated CONSULT,
    # comparable with a third party's expected meeting (link/claims.py).
    meet, _ = _mentions([
        ("Lula", "Lula", "PROPN", "nsubj", 2, "B-PERSON"),
        ("will", "will", "AUX", "aux", 2, "O"),
        ("meet", "meet", "VERB", "ROOT", 2, "O"),
        ("Milei", "Milei", "PROPN", "dobj", 2, "B-PERSON"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert [(m.type, m.modality) for m in meet] == [("AGREE", "future")]
    skip, _ = _mentions([
        ("Lula", "Lula", "PROPN", "nsubj", 3, "B-PERSON"),
        ("will", "will", "AUX", "aux", 3, "O"),
        ("not", "not", "PART", "neg", 3, "O"),
        ("meet", "meet", "VERB", "ROOT", 3, "O"),
        ("Milei", "Milei", "PROPN", "dobj", 3, "B-PERSON"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ])
    assert [(m.type, m.polarity, m.modality) for m in skip] == [("CONSULT", "negative", "future")]
    refuse, _ = _mentions([
        ("Chile", "Chile", "PROPN", "nsubj", 3, "B-GPE"),
        ("will", "will", "AUX", "aux", 3, "O"),
        ("not", "not", "PART", "neg", 3, "O"),
        ("attack", "attack", "VERB", "ROOT", 3, "O"),
        ("Peru", "Peru", "PROPN", "dobj", 3, "B-GPE"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ])
    assert [(m.type, m.polarity) for m in refuse] == [("ASSAULT", "negative")]


def test_passive_without_agent_does_not_borrow_the_main_subject() -> None:
    mentions, _ = _mentions([
        ("Oslo", "Oslo", "PROPN", "nsubj", 1, "B-GPE"),
        ("warned", "warn", "VERB", "ROOT", 1, "O"),
        ("it", "it", "PRON", "nsubjpass", 5, "O"),
        ("would", "would", "AUX", "aux", 5, "O"),
        ("be", "be", "AUX", "auxpass", 5, "O"),
        ("attacked", "attack", "VERB", "ccomp", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert all(m.type != "ASSAULT" for m in mentions)


def test_target_inside_the_threatened_clause_is_an_alternative() -> None:
    mentions, doc = _mentions([
        ("Accra", "Accra", "PROPN", "nsubj", 1, "B-GPE"),
        ("threatened", "threaten", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("cut", "cut", "VERB", "xcomp", 1, "O"),
        ("ties", "tie", "NOUN", "dobj", 3, "O"),
        ("with", "with", "ADP", "prep", 4, "O"),
        ("Lome", "Lome", "PROPN", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = [m for m in mentions if m.type == "THREATEN"]
    # "ties" is tried first and the resolver passes over it: it names no actor
    assert [doc[i].text for i in m.target_alternatives] == ["ties", "Lome"]


def test_subject_of_a_demanded_clause_is_an_alternative_target() -> None:
    mentions, doc = _mentions([
        ("Kenya", "Kenya", "PROPN", "nsubj", 1, "B-GPE"),
        ("demanded", "demand", "VERB", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "mark", 4, "O"),
        ("Uganda", "Uganda", "PROPN", "nsubj", 4, "B-GPE"),
        ("withdraw", "withdraw", "VERB", "ccomp", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = [m for m in mentions if m.type == "REQUEST"]
    assert m.source.text == "Kenya" and [doc[i].text for i in m.target_alternatives] == ["Uganda"]


def test_agentless_passive_keeps_its_target_and_names_no_source() -> None:
    mentions, _ = _mentions([
        ("Soldiers", "soldier", "NOUN", "nsubjpass", 2, "O"),
        ("were", "be", "AUX", "auxpass", 2, "O"),
        ("killed", "kill", "VERB", "ROOT", 2, "O"),
        ("by", "by", "ADP", "agent", 2, "O"),
        ("a", "a", "DET", "det", 5, "O"),
        ("bomb", "bomb", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    [m] = mentions
    assert (m.type, m.source, m.target.text) == ("ASSAULT", None, "Soldiers")


def test_passive_with_an_actor_agent_reverses_the_roles() -> None:
    mentions, _ = _mentions([
        ("Rebels", "rebel", "NOUN", "nsubjpass", 2, "O"),
        ("were", "be", "AUX", "auxpass", 2, "O"),
        ("attacked", "attack", "VERB", "ROOT", 2, "O"),
        ("by", "by", "ADP", "agent", 2, "O"),
        ("troops", "troop", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    [m] = mentions
    assert (m.source.text, m.target.text) == ("troops", "Rebels")


def test_it_in_a_reported_clause_is_the_reporter_itself() -> None:
    mentions, _ = _mentions([
        ("Oslo", "Oslo", "PROPN", "nsubj", 1, "B-GPE"),
        ("said", "say", "VERB", "ROOT", 1, "O"),
        ("it", "it", "PRON", "nsubj", 3, "O"),
        ("attacked", "attack", "VERB", "ccomp", 1, "O"),
        ("Rebels", "rebel", "NOUN", "dobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = mentions
    assert (m.source.text, m.target.text, m.claimant.text) == ("Oslo", "Rebels", "Oslo")


def test_the_topic_of_a_protest_is_not_a_separate_request() -> None:
    mentions, _ = _mentions([
        ("Students", "student", "NOUN", "nsubj", 1, "O"),
        ("marched", "march", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("demand", "demand", "VERB", "advcl", 1, "O"),
        ("reforms", "reform", "NOUN", "dobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert [m.type for m in mentions] == ["PROTEST"]


def test_opposed_to_is_stative_its_subject_rejects() -> None:
    mentions, _ = _mentions([
        ("Israel", "Israel", "PROPN", "nsubjpass", 2, "B-GPE"),
        ("is", "be", "AUX", "auxpass", 2, "O"),
        ("opposed", "oppose", "VERB", "ROOT", 2, "O"),
        ("to", "to", "ADP", "prep", 2, "O"),
        ("mediation", "mediation", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    [m] = [m for m in mentions if m.type == "REJECT"]
    assert m.source.text == "Israel"


def test_a_call_for_x_to_withdraw_is_one_request_to_x() -> None:
    mentions, _ = _mentions([
        ("Chile", "Chile", "PROPN", "nsubj", 1, "B-GPE"),
        ("renewed", "renew", "VERB", "ROOT", 1, "O"),
        ("its", "its", "PRON", "poss", 3, "O"),
        ("call", "call", "NOUN", "dobj", 1, "O"),
        ("for", "for", "SCONJ", "mark", 7, "O"),
        ("Bolivia", "Bolivia", "PROPN", "nsubj", 7, "B-GPE"),
        ("to", "to", "PART", "aux", 7, "O"),
        ("withdraw", "withdraw", "VERB", "advcl", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = mentions
    assert (m.type, m.source.text, m.trigger.text) == ("REQUEST", "Chile", "call")


def test_the_object_decides_accepting_demands_is_a_concession() -> None:
    mentions, _ = _mentions([
        ("Lima", "Lima", "PROPN", "nsubj", 1, "B-GPE"),
        ("accepted", "accept", "VERB", "ROOT", 1, "O"),
        ("the", "the", "DET", "det", 3, "O"),
        ("demands", "demand", "NOUN", "dobj", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert [m.type for m in mentions] == ["CONCEDE"]
    plain, _ = _mentions([
        ("Lima", "Lima", "PROPN", "nsubj", 1, "B-GPE"),
        ("accepted", "accept", "VERB", "ROOT", 1, "O"),
        ("the", "the", "DET", "det", 3, "O"),
        ("offer", "offer", "NOUN", "dobj", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert [m.type for m in plain] == ["AGREE"]


def test_event_noun_in_an_of_phrase_of_a_light_verbs_object() -> None:
    mentions, _ = _mentions([
        ("Oslo", "Oslo", "PROPN", "nsubj", 1, "B-GPE"),
        ("gave", "give", "VERB", "ROOT", 1, "O"),
        ("Chad", "Chad", "PROPN", "dative", 1, "B-GPE"),
        ("millions", "million", "NOUN", "dobj", 1, "O"),
        ("of", "of", "ADP", "prep", 3, "O"),
        ("aid", "aid", "NOUN", "pobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    [m] = mentions
    assert (m.type, m.source.text, m.target.text) == ("AID", "Oslo", "Chad")


def _will(verb: str, lemma: str, obj: str, negated: bool = False) -> list[tuple[str, str, str, str, int, str]]:
    """Rows of "Chile will [not] <verb> <obj>."."""
    head = 3 if negated else 2
    rows = [("Chile", "Chile", "PROPN", "nsubj", head, "B-GPE"), ("will", "will", "AUX", "aux", head, "O")]
    if negated:
        rows.append(("not", "not", "PART", "neg", head, "O"))
    return rows + [(verb, lemma, "VERB", "ROOT", head, "O"), (obj, obj.lower(), "NOUN", "dobj", head, "O"),
                   (".", ".", "PUNCT", "punct", head, "O")]


def test_an_announced_release_is_agree_and_an_announced_withdrawal_concede() -> None:
    [release], _ = _mentions(_will("release", "release", "prisoners"))
    assert (release.type, release.modality) == ("AGREE", "future")
    [withdraw], _ = _mentions(_will("withdraw", "withdraw", "troops"))
    assert withdraw.type == "CONCEDE"


def test_a_stated_refusal_of_cooperation_is_a_reject_not_a_negated_event() -> None:
    [m], _ = _mentions(_will("release", "release", "prisoners", negated=True))
    assert (m.type, m.mode, m.polarity, m.trigger.text) == ("REJECT", "yield", "positive", "release")


def test_not_ready_to_withdraw_is_a_refusal() -> None:
    [m], _ = _mentions([
        ("Syria", "Syria", "PROPN", "nsubj", 1, "B-GPE"),
        ("is", "be", "AUX", "ROOT", 1, "O"),
        ("not", "not", "PART", "neg", 1, "O"),
        ("ready", "ready", "ADJ", "acomp", 1, "O"),
        ("to", "to", "PART", "aux", 5, "O"),
        ("withdraw", "withdraw", "VERB", "xcomp", 3, "O"),
        ("troops", "troop", "NOUN", "dobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert (m.type, m.polarity) == ("REJECT", "positive")


def test_they_in_a_reported_clause_is_the_coordinated_reporters() -> None:
    mentions, _ = _mentions([
        ("Chad", "Chad", "PROPN", "nsubj", 3, "B-GPE"),
        ("and", "and", "CCONJ", "cc", 0, "O"),
        ("Niger", "Niger", "PROPN", "conj", 0, "B-GPE"),
        ("said", "say", "VERB", "ROOT", 3, "O"),
        ("they", "they", "PRON", "nsubj", 5, "O"),
        ("attacked", "attack", "VERB", "ccomp", 3, "O"),
        ("rebels", "rebel", "NOUN", "dobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ])
    assert sorted((m.source.text, m.target.text) for m in mentions) == [("Chad", "rebels"), ("Niger", "rebels")]


def test_would_hold_talks_in_a_reported_clause_is_future_not_hypothetical() -> None:
    [m], _ = _mentions([
        ("Oslo", "Oslo", "PROPN", "nsubj", 1, "B-GPE"),
        ("said", "say", "VERB", "ROOT", 1, "O"),
        ("it", "it", "PRON", "nsubj", 4, "O"),
        ("would", "would", "AUX", "aux", 4, "O"),
        ("hold", "hold", "VERB", "ccomp", 1, "O"),
        ("talks", "talk", "NOUN", "dobj", 4, "O"),
        ("with", "with", "ADP", "prep", 4, "O"),
        ("Chad", "Chad", "PROPN", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert (m.type, m.modality, m.source.text, m.target.text) == ("AGREE", "future", "Oslo", "Chad")


def _ready(negated: bool, verb: str, obj: tuple[str, str]) -> list[tuple[str, str, str, str, int, str]]:
    """Rows of "Norway is [not] ready to <verb> with <obj>."."""
    rows = [("Norway", "Norway", "PROPN", "nsubj", 1, "B-GPE"), ("is", "be", "AUX", "ROOT", 1, "O")]
    if negated:
        rows.append(("not", "not", "PART", "neg", 1, "O"))
    at = len(rows)
    return rows + [
        ("ready", "ready", "ADJ", "acomp", 1, "O"), ("to", "to", "PART", "aux", at + 2, "O"),
        (verb, verb, "VERB", "xcomp", at, "O"), ("with", "with", "ADP", "prep", at + 2, "O"),
        (obj[0], obj[0], "PROPN", "pobj", at + 3, obj[1]), (".", ".", "PUNCT", "punct", 1, "O"),
    ]


def test_stated_willingness_to_deal_with_a_named_party_is_an_offer() -> None:
    [m], _ = _mentions(_ready(False, "work", ("Chad", "B-GPE")))
    assert (m.type, m.source.text, m.target.text, m.trigger.text) == ("AGREE", "Norway", "Chad", "work")
    assert _mentions(_ready(False, "work", ("Bob", "B-PERSON")))[0] == []  # no party named


def test_not_ready_to_negotiate_is_a_negated_meeting() -> None:
    [m], _ = _mentions(_ready(True, "negotiate", ("Chad", "B-GPE")))
    assert (m.type, m.polarity, m.target.text) == ("CONSULT", "negative", "Chad")


def test_the_subject_of_an_allegation_is_an_alternative_target() -> None:
    [m], doc = _mentions([
        ("Kenya", "Kenya", "PROPN", "nsubj", 1, "B-GPE"),
        ("alleged", "allege", "VERB", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "mark", 4, "O"),
        ("Uganda", "Uganda", "PROPN", "nsubj", 4, "B-GPE"),
        ("armed", "arm", "VERB", "ccomp", 1, "O"),
        ("rebels", "rebel", "NOUN", "dobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "ACCUSE" and [doc[i].text for i in m.target_alternatives] == ["Uganda"]


def _said_it(subject: tuple[str, str, str], modal: str) -> list[tuple[str, str, str, str, int, str]]:
    """Rows of "Sudan said <subject> <modal> expel the monitors."."""
    return [
        ("Sudan", "Sudan", "PROPN", "nsubj", 1, "B-GPE"), ("said", "say", "VERB", "ROOT", 1, "O"),
        (subject[0], subject[1], subject[2], "nsubj", 4, "B-GPE" if subject[2] == "PROPN" else "O"),
        (modal, modal, "AUX", "aux", 4, "O"), ("expel", "expel", "VERB", "ccomp", 1, "O"),
        ("monitors", "monitor", "NOUN", "dobj", 4, "O"), (".", ".", "PUNCT", "punct", 1, "O"),
    ]


def test_a_speakers_own_possible_coercion_is_a_threat() -> None:
    [m], _ = _mentions(_said_it(("it", "it", "PRON"), "might"))
    assert (m.type, m.source.text) == ("THREATEN", "Sudan")


def test_a_guess_about_a_third_party_is_no_threat() -> None:
    mentions, _ = _mentions(_said_it(("Chad", "Chad", "PROPN"), "could"))
    assert [m.type for m in mentions] != ["THREATEN"]


def test_an_until_clause_is_a_condition_not_a_promise() -> None:
    mentions, _ = _mentions([
        ("Deputies", "deputy", "NOUN", "nsubj", 1, "O"),
        ("vowed", "vow", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("fast", "fast", "VERB", "xcomp", 1, "O"),
        ("until", "until", "SCONJ", "mark", 7, "O"),
        ("the", "the", "DET", "det", 6, "O"),
        ("president", "president", "NOUN", "nsubj", 7, "O"),
        ("resigned", "resign", "VERB", "advcl", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    resigned = [m for m in mentions if m.trigger.text == "resigned"]
    assert [(m.type, m.modality) for m in resigned] == [("RETREAT", "hypothetical")]


def test_a_modal_above_an_event_noun_that_no_light_verb_carries_promises_nothing() -> None:
    mentions, _ = _mentions([
        ("Chile", "Chile", "PROPN", "nsubj", 2, "B-GPE"),
        ("would", "would", "AUX", "aux", 2, "O"),
        ("review", "review", "VERB", "ROOT", 2, "O"),
        ("its", "its", "PRON", "poss", 4, "O"),
        ("ban", "ban", "NOUN", "dobj", 2, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert "THREATEN" not in [m.type for m in mentions]


def test_would_not_hesitate_to_impose_sanctions_is_a_threat() -> None:
    mentions, _ = _mentions([  # "Kenya will not hesitate to impose sanctions."
        ("Kenya", "Kenya", "PROPN", "nsubj", 3, "B-GPE"),
        ("will", "will", "AUX", "aux", 3, "O"),
        ("not", "not", "PART", "neg", 3, "O"),
        ("hesitate", "hesitate", "VERB", "ROOT", 3, "O"),
        ("to", "to", "PART", "aux", 5, "O"),
        ("impose", "impose", "VERB", "xcomp", 3, "O"),
        ("sanctions", "sanction", "NOUN", "dobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 3, "O"),
    ])
    assert [(m.type, m.modality) for m in mentions] == [("THREATEN", "future")]


def test_hesitated_to_impose_sanctions_is_no_threat() -> None:
    mentions, _ = _mentions([  # "Kenya hesitated to impose sanctions."
        ("Kenya", "Kenya", "PROPN", "nsubj", 1, "B-GPE"),
        ("hesitated", "hesitate", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("impose", "impose", "VERB", "xcomp", 1, "O"),
        ("sanctions", "sanction", "NOUN", "dobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert all(m.type != "THREATEN" for m in mentions)
