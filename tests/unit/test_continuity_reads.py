"""What the window reads of continuity before anything is recorded: the deadline a paper movement will get, the
notice at sign-in once a day, and how many messages wait for a gateway."""
from __future__ import annotations

from datetime import date

import pytest
from colleagues import add_colleague

from core.continuity.notices import mark_announced, reminders_to_announce
from core.errors import ValidationError


def test_the_deadline_is_shown_as_record_will_compute_it_with_the_days_skipped(workspace):
    bcp = workspace.bcp
    bcp.set_office_regions("DE002601=NW")

    # Wed 3 June 2026, the day before Corpus Christi: a holiday in North Rhine-Westphalia, not in Hamburg
    dusseldorf = bcp.deadline_for(country="de", taken_over="2026-06-03T15:00", office_destination="DE002601")
    hamburg = bcp.deadline_for(country="DE", taken_over="2026-06-03T15:00", office_destination="DE004600")
    recorded = bcp.record(country="DE", office_destination="DE002601", taken_over="2026-06-03T15:00",
                          document_number="1").record

    assert (dusseldorf.deadline, dusseldorf.region, recorded.deadline) == (date(2026, 6, 5), "NW", "2026-06-05")
    assert dusseldorf.days_off == ((date(2026, 6, 4), "Corpus Christi, a public holiday"),)
    assert dusseldorf.text == ("Present the endorsed document by Friday 2026-06-05: the working day after taking over "
                               "the goods on Wednesday 2026-06-03 (DE-NW); not a working day: Thursday 2026-06-04: "
                               "Corpus Christi, a public holiday.")
    assert (hamburg.deadline, hamburg.days_off) == (date(2026, 6, 4), ())
    assert hamburg.text.endswith("on Wednesday 2026-06-03 (DE).")


def test_the_deadline_names_what_it_cannot_read(workspace):
    with pytest.raises(ValidationError) as wrong:
        workspace.bcp.deadline_for(country="XX", taken_over="Friday")
    assert {e.field for e in wrong.value.errors} == {"country", "taken_over"}


def test_the_notice_is_given_once_a_day_to_each_user(workspace):
    bcp = workspace.bcp
    bcp.record(country="DE", office_destination="DE004600", taken_over="2026-06-01T10:00Z", document_number="1")
    day = date(2026, 6, 10)

    assert [r.movement.document_number for r in reminders_to_announce(workspace, day)] == ["1"]
    mark_announced(workspace, day)
    assert reminders_to_announce(workspace, day) == []
    assert len(reminders_to_announce(workspace, date(2026, 6, 11))) == 1
    bob = add_colleague(workspace, "bob")
    try:
        assert len(reminders_to_announce(bob, day)) == 1
    finally:
        bob.close()


def test_the_messages_waiting_are_counted_per_gateway_or_administration(workspace):
    from simulator.demo import load_demo

    load_demo(workspace)
    params = workspace.params.list()
    de = next(p for p in params if p.administration == "DE")
    de.gateway = "https://atlas.example/gateway"
    workspace.params.save(de)
    store = workspace.messaging.store
    for index, p in enumerate([*params, de]):
        store.add_outbound(message_type="CC034C", kind="test", message_id=f"M{index}", xml=b"<x/>", params_id=p.id,
                           org_id=None, created_by="alice", records=[])
    store.add_outbound(message_type="CC034C", kind="test", message_id="SENT", xml=b"<x/>", params_id=de.id,
                       org_id=None, created_by="alice", records=[], state="sent")

    messaging = workspace.messaging
    assert messaging.waiting_count("https://atlas.example/gateway") == 2
    assert messaging.waiting_count(params[0].gateway) == len(params) - 1
    assert messaging.waiting_count(administration="de") == 2
    assert messaging.waiting_count() == len(params) + 1
    assert messaging.waiting_count("https://nowhere.example/") == 0
