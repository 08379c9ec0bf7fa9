"""Core actions, run with a Tracker and a CollectingDispatcher: no server, no model."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.core import ActionTalkToPerson


def tracker(slots=None, intent="talk_to_person"):
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={"text": "can I talk to someone", "intent": {"name": intent, "confidence": 1.0}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def test_talk_to_person_reads_the_clinic_file(tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text(
        "name: Lakeside Health\nregion: us\nhours: 9 to 5\n"
        "patient_relations: {name: Patient Advocate, email: advocate@example.org}\n"
    )
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    dispatcher = CollectingDispatcher()
    events = ActionTalkToPerson().run(dispatcher, tracker(), {})
    assert events == []
    [message] = dispatcher.messages
    assert "Lakeside Health's Patient Advocate" in message["text"]
    assert "email advocate@example.org" in message["text"]
    assert "911" in message["text"]
