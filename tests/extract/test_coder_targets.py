"""Where the coder looks for targets and hidden actors, on hand-built parses (no model).

Each test is one general pattern on an invented sentence: a target inside a phrase of the
object or of a complement, a threat's condition, a controlled subject, a stance phrase, a
withdrawal's origin, a mediator, and triggers reached through light constructions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from docs import build
from newsevents.extract.coder import extract_mentions
from newsevents.models import Mention

Row = tuple[str, str, str, str, int, str]


def _mentions(rows: list[Row]) -> tuple[Doc, list[Mention]]:
    doc = build(rows)
    return doc, extract_mentions("t", doc)


def _only(rows: list[Row]) -> tuple[Doc, Mention]:
    doc, mentions = _mentions(rows)
    assert len(mentions) == 1, mentions
    return doc, mentions[0]


def _alternatives(doc: Doc, mention: Mention) -> list[str]:
    return [doc[i].text for i in mention.target_alternatives]


def test_quantity_hung_on_up_to_is_the_object() -> None:
    _, m = _only([
        ("Gunmen", "gunman", "NOUN", "nsubj", 1, "O"),
        ("seized", "seize", "VERB", "ROOT", 1, "O"),
        ("up", "up", "ADP", "prt", 1, "O"),
        ("to", "to", "ADP", "prep", 2, "O"),
        ("nine", "nine", "NUM", "nummod", 6, "B-CARDINAL"),
        ("Nepali", "nepali", "ADJ", "amod", 6, "B-NORP"),
        ("engineers", "engineer", "NOUN", "pobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.target is not None and m.target.text == "nine Nepali engineers"


def test_what_a_promised_act_is_for_names_the_target() -> None:
    doc, m = _only([
        ("Donors", "donor", "NOUN", "nsubj", 1, "O"),
        ("agreed", "agree", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("ship", "ship", "VERB", "xcomp", 1, "O"),
        ("grain", "grain", "NOUN", "dobj", 3, "O"),
        ("for", "for", "ADP", "prep", 3, "O"),
        ("Chad", "Chad", "PROPN", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert "Chad" in _alternatives(doc, m)


def test_owner_of_the_attacked_thing_is_a_target_candidate() -> None:
    doc, m = _only([
        ("Estonia", "Estonia", "PROPN", "nsubj", 1, "B-GPE"),
        ("tried", "try", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("hack", "hack", "VERB", "xcomp", 1, "O"),
        ("into", "into", "ADP", "prep", 3, "O"),
        ("servers", "server", "NOUN", "pobj", 4, "O"),
        ("of", "of", "ADP", "prep", 5, "O"),
        ("Latvian", "latvian", "ADJ", "amod", 8, "B-NORP"),
        ("ministries", "ministry", "NOUN", "pobj", 6, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "COERCE" and _alternatives(doc, m) == ["servers", "ministries"]


def test_what_is_called_for_leads_to_its_target() -> None:
    doc, m = _only([
        ("Bishops", "bishop", "NOUN", "nsubj", 1, "O"),
        ("called", "call", "VERB", "ROOT", 1, "O"),
        ("for", "for", "ADP", "prep", 1, "O"),
        ("an", "an", "DET", "det", 4, "O"),
        ("embargo", "embargo", "NOUN", "pobj", 2, "O"),
        ("against", "against", "ADP", "prep", 4, "O"),
        ("Belarus", "Belarus", "PROPN", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "REQUEST" and "Belarus" in _alternatives(doc, m)


def test_help_given_with_an_act_is_not_its_target() -> None:
    doc, m = _only([
        ("NATO", "NATO", "PROPN", "nsubj", 1, "B-ORG"),
        ("imposed", "impose", "VERB", "ROOT", 1, "O"),
        ("a", "a", "DET", "det", 3, "O"),
        ("blockade", "blockade", "NOUN", "dobj", 1, "O"),
        ("of", "of", "ADP", "prep", 3, "O"),
        ("Serbia", "Serbia", "PROPN", "pobj", 4, "B-GPE"),
        ("with", "with", "ADP", "prep", 3, "O"),
        ("Greece", "Greece", "PROPN", "poss", 9, "B-GPE"),
        ("'s", "'s", "PART", "case", 7, "O"),
        ("help", "help", "NOUN", "pobj", 6, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.target is None and _alternatives(doc, m)[0] == "Serbia"


def test_who_must_comply_with_a_threat_is_its_target() -> None:
    doc, mentions = _mentions([
        ("Farmers", "farmer", "NOUN", "nsubj", 1, "O"),
        ("threatened", "threaten", "VERB", "ROOT", 1, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("march", "march", "VERB", "xcomp", 1, "O"),
        ("unless", "unless", "SCONJ", "mark", 6, "O"),
        ("Chile", "Chile", "PROPN", "nsubj", 6, "B-GPE"),
        ("relented", "relent", "VERB", "advcl", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    threats = [m for m in mentions if m.type == "THREATEN"]
    assert threats and "Chile" in _alternatives(doc, threats[0])


def test_whom_a_warning_clause_acts_on_is_a_target_candidate() -> None:
    doc, m = _only([
        ("Officials", "official", "NOUN", "nsubj", 1, "O"),
        ("warned", "warn", "VERB", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "mark", 5, "O"),
        ("police", "police", "NOUN", "nsubj", 5, "O"),
        ("would", "would", "AUX", "aux", 5, "O"),
        ("disperse", "disperse", "VERB", "ccomp", 1, "O"),
        ("marches", "march", "NOUN", "dobj", 5, "O"),
        ("by", "by", "ADP", "prep", 6, "O"),
        ("Solidarnosc", "Solidarnosc", "PROPN", "pobj", 7, "B-ORG"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    # what the clause acts on comes before whom it befalls (its subject)
    assert m.type == "THREATEN" and _alternatives(doc, m) == ["marches", "Solidarnosc", "police"]


def test_the_one_allowed_to_act_is_the_target() -> None:
    doc, m = _only([
        ("Judges", "judge", "NOUN", "nsubj", 1, "O"),
        ("allowed", "allow", "VERB", "ROOT", 1, "O"),
        ("Ms", "Ms", "PROPN", "compound", 3, "O"),
        ("Okafor", "Okafor", "PROPN", "nsubj", 5, "B-PERSON"),
        ("to", "to", "PART", "aux", 5, "O"),
        ("run", "run", "VERB", "ccomp", 1, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "CONCEDE" and _alternatives(doc, m) == ["Okafor"]


def test_the_one_ordered_to_act_is_the_target() -> None:
    doc, m = _only([
        ("Ministers", "minister", "NOUN", "nsubj", 1, "O"),
        ("ordered", "order", "VERB", "ROOT", 1, "O"),
        ("the", "the", "DET", "det", 3, "O"),
        ("paper", "paper", "NOUN", "dobj", 1, "O"),
        ("to", "to", "PART", "aux", 5, "O"),
        ("suspend", "suspend", "VERB", "xcomp", 1, "O"),
        ("printing", "printing", "NOUN", "dobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "SANCTION" and "paper" in _alternatives(doc, m)


def test_what_a_protest_defies_is_its_target() -> None:
    doc, m = _only([
        ("Students", "student", "NOUN", "nsubj", 1, "O"),
        ("marched", "march", "VERB", "ROOT", 1, "O"),
        ("in", "in", "ADP", "prep", 1, "O"),
        ("defiance", "defiance", "NOUN", "pobj", 2, "O"),
        ("of", "of", "ADP", "prep", 3, "O"),
        ("Thai", "thai", "ADJ", "amod", 6, "B-NORP"),
        ("generals", "general", "NOUN", "pobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "PROTEST" and _alternatives(doc, m) == ["generals"]


def test_the_actors_own_stance_is_never_a_target() -> None:
    doc, m = _only([
        ("Crowds", "crowd", "NOUN", "nsubj", 1, "O"),
        ("blocked", "block", "VERB", "ROOT", 1, "O"),
        ("roads", "road", "NOUN", "dobj", 1, "O"),
        ("to", "to", "PART", "aux", 4, "O"),
        ("voice", "voice", "VERB", "advcl", 1, "O"),
        ("their", "their", "PRON", "poss", 6, "O"),
        ("anger", "anger", "NOUN", "dobj", 4, "O"),
        ("at", "at", "ADP", "prep", 6, "O"),
        ("Peru", "Peru", "PROPN", "poss", 10, "B-GPE"),
        ("'s", "'s", "PART", "case", 8, "O"),
        ("tax", "tax", "NOUN", "pobj", 7, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    alternatives = _alternatives(doc, m)
    assert m.type == "PROTEST" and "anger" not in alternatives and "their" not in alternatives
    assert "Peru" in alternatives


def test_a_withdrawal_targets_where_the_forces_leave() -> None:
    doc, m = _only([
        ("Russia", "Russia", "PROPN", "nsubj", 1, "B-GPE"),
        ("ordered", "order", "VERB", "ROOT", 1, "O"),
        ("the", "the", "DET", "det", 3, "O"),
        ("withdrawal", "withdrawal", "NOUN", "dobj", 1, "O"),
        ("of", "of", "ADP", "prep", 3, "O"),
        ("troops", "troop", "NOUN", "pobj", 4, "O"),
        ("from", "from", "ADP", "prep", 5, "O"),
        ("Moldova", "Moldova", "PROPN", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert m.type == "RETREAT" and _alternatives(doc, m)[0] == "Moldova"


def test_a_mediator_acts_on_both_parties() -> None:
    _, mentions = _mentions([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "B-GPE"),
        ("began", "begin", "VERB", "ROOT", 1, "O"),
        ("a", "a", "DET", "det", 4, "O"),
        ("mediation", "mediation", "NOUN", "compound", 4, "O"),
        ("effort", "effort", "NOUN", "dobj", 1, "O"),
        ("between", "between", "ADP", "prep", 4, "O"),
        ("Sudan", "Sudan", "PROPN", "pobj", 5, "B-GPE"),
        ("and", "and", "CCONJ", "cc", 6, "O"),
        ("Chad", "Chad", "PROPN", "conj", 6, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    pairs = {(m.source.text if m.source else None, m.target.text if m.target else None) for m in mentions}
    assert pairs == {("Norway", "Sudan"), ("Norway", "Chad")}


def test_put_under_investigation_is_an_agentless_investigation() -> None:
    _, m = _only([
        ("A", "a", "DET", "det", 1, "O"),
        ("banker", "banker", "NOUN", "nsubjpass", 4, "O"),
        ("was", "be", "AUX", "auxpass", 4, "O"),
        ("formally", "formally", "ADV", "advmod", 4, "O"),
        ("put", "put", "VERB", "ROOT", 4, "O"),
        ("under", "under", "ADP", "prep", 4, "O"),
        ("investigation", "investigation", "NOUN", "pobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 4, "O"),
    ])
    assert (m.type, m.mode, m.source) == ("ACCUSE", "investigate", None)
    assert m.target is not None and m.target.text == "A banker"


def test_kept_under_a_pact_is_no_event() -> None:
    _, mentions = _mentions([
        ("Washington", "Washington", "PROPN", "nsubj", 1, "B-GPE"),
        ("keeps", "keep", "VERB", "ROOT", 1, "O"),
        ("ships", "ship", "NOUN", "dobj", 1, "O"),
        ("there", "there", "ADV", "advmod", 1, "O"),
        ("under", "under", "ADP", "prep", 1, "O"),
        ("a", "a", "DET", "det", 6, "O"),
        ("treaty", "treaty", "NOUN", "pobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert all(m.target is None or m.target.text != "ships" for m in mentions)


def test_a_nouns_preposition_hung_on_its_verb_still_counts() -> None:
    _, m = _only([
        ("Judges", "judge", "NOUN", "nsubj", 1, "O"),
        ("opened", "open", "VERB", "ROOT", 1, "O"),
        ("a", "a", "DET", "det", 3, "O"),
        ("hearing", "hearing", "NOUN", "dobj", 1, "O"),
        ("Monday", "Monday", "PROPN", "npadvmod", 1, "B-DATE"),
        ("into", "into", "ADP", "prep", 1, "O"),
        ("bribery", "bribery", "NOUN", "pobj", 5, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert (m.type, m.trigger.text, m.source.text if m.source else None) == ("ACCUSE", "hearing", "Judges")


def test_hearing_without_its_preposition_is_no_event() -> None:
    _, mentions = _mentions([
        ("Judges", "judge", "NOUN", "nsubj", 1, "O"),
        ("opened", "open", "VERB", "ROOT", 1, "O"),
        ("a", "a", "DET", "det", 3, "O"),
        ("hearing", "hearing", "NOUN", "dobj", 1, "O"),
        ("in", "in", "ADP", "prep", 1, "O"),
        ("Lima", "Lima", "PROPN", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert all(m.trigger.text != "hearing" for m in mentions)


def test_a_coordinated_object_satisfies_the_trigger() -> None:
    _, mentions = _mentions([
        ("Canada", "Canada", "PROPN", "nsubj", 1, "B-GPE"),
        ("provided", "provide", "VERB", "ROOT", 1, "O"),
        ("maps", "map", "NOUN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "cc", 2, "O"),
        ("intelligence", "intelligence", "NOUN", "conj", 2, "O"),
        ("to", "to", "ADP", "dative", 1, "O"),
        ("Latvia", "Latvia", "PROPN", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert ("AID", "Latvia") in {(m.type, m.target.text if m.target else None) for m in mentions}


def test_resorting_to_an_act_is_done_by_the_subject() -> None:
    _, m = _only([
        ("Youths", "youth", "NOUN", "nsubj", 1, "O"),
        ("resorted", "resort", "VERB", "ROOT", 1, "O"),
        ("to", "to", "ADP", "prep", 1, "O"),
        ("throwing", "throw", "VERB", "pcomp", 2, "O"),
        ("stones", "stone", "NOUN", "dobj", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert (m.type, m.mode, m.source.text if m.source else None) == ("PROTEST", "riot", "Youths")


def test_an_attempt_by_no_one_named_is_agentless() -> None:
    _, m = _only([
        ("An", "an", "DET", "det", 1, "O"),
        ("attempt", "attempt", "NOUN", "nsubjpass", 6, "O"),
        ("to", "to", "PART", "aux", 3, "O"),
        ("assassinate", "assassinate", "VERB", "acl", 1, "O"),
        ("Mr", "Mr", "PROPN", "compound", 5, "O"),
        ("Dlamini", "Dlamini", "PROPN", "dobj", 3, "B-PERSON"),
        ("failed", "fail", "VERB", "ROOT", 6, "O"),
        (".", ".", "PUNCT", "punct", 6, "O"),
    ])
    assert (m.type, m.source) == ("ASSAULT", None)
    assert m.target is not None and m.target.text == "Mr Dlamini"


def test_a_reminder_that_someone_must_act_is_a_request() -> None:
    _, mentions = _mentions([
        ("Peru", "Peru", "PROPN", "nsubj", 1, "B-GPE"),
        ("sent", "send", "VERB", "ROOT", 1, "O"),
        ("a", "a", "DET", "det", 3, "O"),
        ("reminder", "reminder", "NOUN", "dobj", 1, "O"),
        ("to", "to", "ADP", "dative", 1, "O"),
        ("Bolivia", "Bolivia", "PROPN", "pobj", 4, "B-GPE"),
        ("that", "that", "SCONJ", "mark", 9, "O"),
        ("it", "it", "PRON", "nsubj", 9, "O"),
        ("must", "must", "AUX", "aux", 9, "O"),
        ("pay", "pay", "VERB", "acl", 3, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    requests = [m for m in mentions if m.type == "REQUEST"]
    assert requests and requests[0].source is not None and requests[0].source.text == "Peru"
    assert requests[0].target is not None and requests[0].target.text == "Bolivia"


def test_a_when_clause_places_the_event() -> None:
    _, mentions = _mentions([
        ("Rebels", "rebel", "NOUN", "nsubj", 1, "O"),
        ("killed", "kill", "VERB", "ROOT", 1, "O"),
        ("ten", "ten", "NUM", "nummod", 3, "B-CARDINAL"),
        ("guards", "guard", "NOUN", "dobj", 1, "O"),
        ("when", "when", "SCONJ", "advmod", 6, "O"),
        ("they", "they", "PRON", "nsubj", 6, "O"),
        ("stormed", "storm", "VERB", "advcl", 1, "O"),
        ("a", "a", "DET", "det", 8, "O"),
        ("prison", "prison", "NOUN", "dobj", 6, "O"),
        ("in", "in", "ADP", "prep", 8, "O"),
        ("Kano", "Kano", "PROPN", "pobj", 9, "B-GPE"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    killing = [m for m in mentions if m.trigger.text == "killed"]
    assert killing and [p.text for p in killing[0].places] == ["Kano"]


def test_a_participle_describing_the_actor_places_the_event() -> None:
    _, m = _only([
        ("Gunmen", "gunman", "NOUN", "nsubjpass", 5, "O"),
        ("operating", "operate", "VERB", "acl", 0, "O"),
        ("in", "in", "ADP", "prep", 1, "O"),
        ("Chad", "Chad", "PROPN", "pobj", 2, "B-GPE"),
        ("were", "be", "AUX", "auxpass", 5, "O"),
        ("disarmed", "disarm", "VERB", "ROOT", 5, "O"),
        (".", ".", "PUNCT", "punct", 5, "O"),
    ])
    assert m.type == "RETREAT" and [p.text for p in m.places] == ["Chad"]


def test_the_one_placed_under_arrest_is_the_target() -> None:
    _, m = _only([
        ("Police", "police", "NOUN", "nsubj", 1, "O"),
        ("placed", "place", "VERB", "ROOT", 1, "O"),
        ("the", "the", "DET", "det", 3, "O"),
        ("mayor", "mayor", "NOUN", "dobj", 1, "O"),
        ("under", "under", "ADP", "prep", 1, "O"),
        ("arrest", "arrest", "NOUN", "pobj", 4, "O"),
        (".", ".", "PUNCT", "punct", 1, "O"),
    ])
    assert (m.type, m.source.text if m.source else None) == ("COERCE", "Police")
    assert m.target is not None and m.target.text == "the mayor"


def test_the_partner_of_talks_a_threat_would_leave_is_a_target() -> None:
    # "The party threatened to pull out of talks with the government."
    doc, m = _only([
        ("The", "the", "DET", "det", 1, "O"),
        ("party", "party", "NOUN", "nsubj", 2, "O"),
        ("threatened", "threaten", "VERB", "ROOT", 2, "O"),
        ("to", "to", "PART", "aux", 4, "O"),
        ("pull", "pull", "VERB", "xcomp", 2, "O"),
        ("out", "out", "ADP", "prep", 4, "O"),
        ("of", "of", "ADP", "prep", 5, "O"),
        ("talks", "talk", "NOUN", "pobj", 6, "O"),
        ("with", "with", "ADP", "prep", 7, "O"),
        ("the", "the", "DET", "det", 10, "O"),
        ("government", "government", "NOUN", "pobj", 8, "O"),
        (".", ".", "PUNCT", "punct", 2, "O"),
    ])
    assert m.type == "THREATEN" and "government" in _alternatives(doc, m)


def test_the_side_named_before_a_rejected_demand_is_a_target_but_a_topic_is_not() -> None:
    # "The president rejected opposition demands." / "... rejected hostage demands."
    def rejected(modifier: str) -> tuple[Doc, Mention]:
        return _only([
            ("The", "the", "DET", "det", 1, "O"),
            ("president", "president", "NOUN", "nsubj", 2, "O"),
            ("rejected", "reject", "VERB", "ROOT", 2, "O"),
            (modifier, modifier, "NOUN", "compound", 4, "O"),
            ("demands", "demand", "NOUN", "dobj", 2, "O"),
            (".", ".", "PUNCT", "punct", 2, "O"),
        ])
    doc, m = rejected("opposition")
    assert m.type == "REJECT" and "opposition" in _alternatives(doc, m)
    doc, m = rejected("hostage")
    assert "hostage" not in _alternatives(doc, m)
