"""Fixes to Rasa 3.6's hot path, measured in docs/performance.md.

1. Rasa checks every action-server response with ``jsonschema.validate(result, schema)``. That function first
validates the *schema itself* against JSON Schema's meta-schema, on every call; with Rasa's large events
schema this was over half of the Rasa server's CPU time under load (py-spy, 20 virtual patients). Here the
schema is checked once and its validators reused, as jsonschema's own documentation advises for repeated
validation, and each event is checked against its own event schema (see :class:`ResponseCheck`). A
response passes or fails exactly as in Rasa, and a bad one fails with Rasa's message.

2. Rasa opens a new HTTP client session, and so a new TCP connection, for every call to the action server.
An endpoint in ``endpoints.yml`` with ``keep_alive_seconds: N`` instead keeps one session per event loop
and reuses idle connections for up to N seconds. Under load each connect is one more wait behind every
other conversation's turn, so this cut the form answers' latency most. N must stay below the action
server's own keep-alive (Sanic's default is 5 s), so that the server never closes a connection that is
being reused. Endpoints without the key behave exactly as in Rasa.

3. Rasa runs the NLU graph inside its event loop, so while the sentence encoder computes (TensorFlow, which
releases the GIL: about a third of the Rasa server's CPU under the realistic bench, py-spy 2026-12-02), no
other conversation moves.
Here the graph runs on a few worker threads of its own, and the event loop meanwhile answers other
patients, runs policies and talks to the action server on the second core. Messages parsed at the same time
share the encoder's batches (:meth:`bot.encoder.SentenceEncoder.encode_one`): four messages cost about
twice one, not four times. The parses of one conversation still come one at a time, because Rasa's lock
store holds each conversation's turn until it ends. The parse is the same; the one thing left out is
Rasa's debug log line of it, which holds the patient's text. (Tried once before and reverted: a burst of
50 conversations then got busy replies. The encoder was loaded on the first message then, on this thread,
while the queue's clock ran; it now loads while the server starts, and the same burst gets no busy reply.)

4. Rasa works out a conversation's applied events (its events less the undone ones) from scratch each time
it is asked, and in one reply it is asked many times: by each policy, the form, the session check and the
action server's request (py-spy with ``--gil``, 2026-12-03: 12% of the Rasa server's Python time). Here a
tracker keeps the answer for as long as its events are the same ones.

5. Rasa's check for unseen intents, on every message, asks whether the domain is empty by building an empty
domain to compare with (3.6% of the same time). Here the empty domain is built once.

6. Rasa runs its graphs (the NLU graph on every message, the policies' graph on every prediction, several
a reply) through dask's synchronous scheduler, which orders the graph, weighs it and schedules each node
afresh on every run: with ``--gil``, 15% of the Rasa server's Python time (2026-12-05), as much as half of
what the nodes themselves did. A loaded graph never changes, so here each set of targets' nodes is put in
order once, and the nodes run in that order, each given its parents' outputs as dask gives them, each
output let go once no node left needs it. The outputs, and the errors (a ``RuntimeError`` as Rasa's
``GraphRunError``), are Rasa's. Training runs this way too. Left out is Rasa's debug line of each run, which
formats every input, the patient's message among them.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional, Sequence, Set, Text, Tuple

import aiohttp
from jsonschema import ValidationError, validators

_INSTALLED = "_care_navigator_validator"
KEEP_ALIVE = "keep_alive_seconds"


def install() -> None:
    """Install the fixes (idempotent)."""
    _install_response_check()
    _install_kept_sessions()
    _install_parse_off_the_loop()
    _install_applied_events_once()
    _install_empty_domain_once()
    _install_graph_runs_in_order()


class ResponseCheck:
    """Rasa's check of an action-server response, with the same verdicts, in a fraction of the time.

    The events schema says each event must match exactly one of about twenty event schemas
    (``oneOf``), and every one of those fixes the ``event`` field to its own name. So an event whose
    ``event`` names one of them matches exactly one iff it matches that one: each event is checked
    against its own schema only. Anything else (not an object, no or an unknown ``event``, or a
    schema this reasoning does not fit) goes to the full check, as in Rasa.
    """

    def __init__(self, schema: Dict[Text, Any]) -> None:
        validator_class = validators.validator_for(schema)
        validator_class.check_schema(schema)  # once, not on every call
        self.full = validator_class(schema)
        self.by_event: Dict[Text, Any] = {}
        events = schema["properties"]["events"]
        event = events["items"]
        names = [
            alternative.get("properties", {}).get("event", {}).get("const") for alternative in event["oneOf"]
        ]
        if None in names or len(set(names)) != len(names):
            return  # not one schema per event name: always the full check
        self.envelope = validator_class(
            {**schema, "properties": {**schema["properties"], "events": {"type": "array"}}}
        )
        general = {key: value for key, value in event.items() if key != "oneOf"}
        for name, alternative in zip(names, event["oneOf"]):
            self.by_event[name] = validator_class({**general, "allOf": [alternative]})

    def validate(self, result: Any) -> None:
        """Raise ``jsonschema.ValidationError`` for a response Rasa's schema refuses."""
        if not self.by_event:
            return self.full.validate(result)
        self.envelope.validate(result)
        for event in result.get("events") or []:
            name = event.get("event") if isinstance(event, dict) else None
            own = self.by_event.get(name) if isinstance(name, str) else None
            if own is None:
                return self.full.validate(result)
            own.validate(event)


def _install_response_check() -> None:
    """Give Rasa's ``RemoteAction`` the faster response check."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction, _INSTALLED, None) is not None:
        return
    check = ResponseCheck(RemoteAction.action_response_format_spec())

    def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        try:
            check.validate(result)
            return True
        except ValidationError as e:
            e.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _validate_action_result
    setattr(RemoteAction, _INSTALLED, check)


class _KeptSession:
    """Hands out a shared session in ``async with``, without closing it at the end."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


def _install_kept_sessions() -> None:
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    if getattr(EndpointConfig.session, "_care_navigator", False):
        return
    rasa_session = EndpointConfig.session
    kept: Dict[tuple, tuple] = {}  # (endpoint, loop) -> (loop, session)

    def session(self: EndpointConfig) -> Any:
        seconds: Optional[float] = self.kwargs.get(KEEP_ALIVE)
        loop = _running_loop()
        if not seconds or loop is None:
            return rasa_session(self)
        for key in [k for k, (owner, _) in kept.items() if owner.is_closed()]:
            del kept[key]  # sessions of event loops that have ended (tests start several)
        key = (id(self), id(loop))
        if key not in kept:
            auth = (
                aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth
                else None
            )
            kept[key] = (
                loop,
                aiohttp.ClientSession(  # as Rasa makes it, plus the kept connections
                    headers=self.headers,
                    auth=auth,
                    timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                    connector=aiohttp.TCPConnector(keepalive_timeout=float(seconds)),
                ),
            )
        return _KeptSession(kept[key][1])

    session._care_navigator = True  # type: ignore[attr-defined]
    EndpointConfig.session = session


def _running_loop() -> Optional[asyncio.AbstractEventLoop]:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


_NLU_THREADS: Dict[int, ThreadPoolExecutor] = {}  # process id -> its NLU threads (a fork gets its own)
NLU_THREAD_NAME = "care-navigator-nlu"
NLU_THREADS = 4  # parses at once: the most messages one encoder batch can share (docs/performance.md)


def nlu_threads() -> ThreadPoolExecutor:
    """This process's worker threads for the NLU graph (made on first use)."""
    import os

    pid = os.getpid()
    if pid not in _NLU_THREADS:
        _NLU_THREADS[pid] = ThreadPoolExecutor(max_workers=NLU_THREADS, thread_name_prefix=NLU_THREAD_NAME)
    return _NLU_THREADS[pid]


def _install_parse_off_the_loop() -> None:
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.trackers import DialogueStateTracker

    if getattr(MessageProcessor.parse_message, "_care_navigator", False):
        return

    async def parse_message(
        self: MessageProcessor,
        message: Any,
        tracker: Optional[DialogueStateTracker] = None,
        only_output_properties: bool = True,
    ) -> Dict[Text, Any]:
        """Rasa's ``parse_message``, with the graph run on :func:`nlu_threads` instead of the event loop."""
        if self.http_interpreter:
            parse_data: Dict[Text, Any] = await self.http_interpreter.parse(message)
        else:
            if tracker is None:
                tracker = DialogueStateTracker.from_events(message.sender_id, [])
            parse_data = await asyncio.get_running_loop().run_in_executor(
                nlu_threads(), self._parse_message_with_graph, message, tracker, only_output_properties
            )
        self._update_full_retrieval_intent(parse_data)
        self._check_for_unseen_features(parse_data)
        return parse_data

    parse_message._care_navigator = True  # type: ignore[attr-defined]
    MessageProcessor.parse_message = parse_message


_APPLIED = "_care_navigator_applied_events"


def _install_applied_events_once() -> None:
    from rasa.shared.core.trackers import DialogueStateTracker

    if getattr(DialogueStateTracker.applied_events, "_care_navigator", False):
        return
    compute = DialogueStateTracker.applied_events

    def applied_events(self: DialogueStateTracker) -> List[Any]:
        """Rasa's ``applied_events``, worked out again only when the events have changed.

        A tracker's events only grow (an undo is an event too), or are replaced by a new deque on a
        reset. So the same deque, as long, ending in the same event object, holds the same events. The
        memo keeps the deque and that event, so that neither can be freed and its id reused. Each caller
        gets its own copy of the list, as from Rasa.
        """
        events = self.events
        last = events[-1] if events else None
        memo = self.__dict__.get(_APPLIED)
        if memo is None or memo[0] is not events or memo[1] != len(events) or memo[2] is not last:
            memo = (events, len(events), last, compute(self))
            self.__dict__[_APPLIED] = memo
        return list(memo[3])

    applied_events._care_navigator = True  # type: ignore[attr-defined]
    applied_events.__wrapped__ = compute  # type: ignore[attr-defined]
    DialogueStateTracker.applied_events = applied_events


def _install_empty_domain_once() -> None:
    from rasa.shared.core.domain import Domain

    if getattr(Domain.is_empty, "_care_navigator", False):
        return
    empty: Dict[Text, Any] = {}

    def is_empty(self: Domain) -> bool:
        """Rasa's ``is_empty``, with the empty domain's form built once."""
        if "form" not in empty:
            empty["form"] = Domain.empty().as_dict()
        return bool(self.as_dict() == empty["form"])

    is_empty._care_navigator = True  # type: ignore[attr-defined]
    Domain.is_empty = is_empty


_ORDERS = "_care_navigator_orders"


def graph_steps(schema: Any, targets: Sequence[Text]) -> Tuple[Tuple[Text, Tuple[Text, ...]], ...]:
    """The nodes ``targets`` need, each after every node it needs, with the names of what it needs
    (a node's or a run input's): the order to run a Rasa graph schema in. Rasa refuses a graph with a
    cycle when it trains; one here raises ``ValueError``."""
    steps: List[Tuple[Text, Tuple[Text, ...]]] = []
    placed: Set[Text] = set()
    entered: Set[Text] = set()

    def place(name: Text) -> None:
        stack = [(name, False)]
        while stack:
            node, parents_placed = stack.pop()
            if node in placed or node not in schema.nodes:
                continue
            needs = tuple(schema.nodes[node].needs.values())
            if parents_placed:
                placed.add(node)
                steps.append((node, needs))
                continue
            if node in entered:
                raise ValueError(f"the graph has a cycle through '{node}'")
            entered.add(node)
            stack.append((node, True))
            stack.extend((need, False) for need in reversed(needs) if need not in placed)

    for target in targets:
        place(target)
    return tuple(steps)


def _let_go(
    steps: Sequence[Tuple[Text, Tuple[Text, ...]]], targets: Sequence[Text]
) -> Tuple[Tuple[Text, ...], ...]:
    """For each step, the outputs no later step needs and no target is: dropped once it has run, as dask
    drops them, so that training's large intermediate data is not all held to the end of the run."""
    last_use = {need: index for index, (_, needs) in enumerate(steps) for need in needs}
    done: List[List[Text]] = [[] for _ in steps]
    for name, index in last_use.items():
        if name not in targets:
            done[index].append(name)
    return tuple(tuple(names) for names in done)


def _install_graph_runs_in_order() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    if getattr(DaskGraphRunner.run, "_care_navigator", False):
        return
    with_dask = DaskGraphRunner.run

    def run(
        self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None
    ) -> Dict[Text, Any]:
        """Rasa's ``run``, with each set of targets' order of nodes worked out once instead of by dask."""
        run_targets = targets if targets else self._graph_schema.target_names
        orders = self.__dict__.setdefault(_ORDERS, {})
        key = tuple(run_targets)
        if key not in orders:  # the same on every thread that works it out: no lock needed
            ordered = graph_steps(self._graph_schema.minimal_graph_schema(run_targets), run_targets)
            orders[key] = (ordered, _let_go(ordered, run_targets))
        steps, let_go = orders[key]
        outputs: Dict[Text, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and any(value == node for node, _ in steps):
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure "
                    f"that none of the input names passed to the `run` method are the "
                    f"same as node names in the graph schema."
                )
            outputs[name] = (name, value)  # as dask hands an input on: the pair itself
        try:
            for (name, needs), done in zip(steps, let_go):
                if name not in outputs:  # an input named as a node stands for it, as in dask
                    outputs[name] = self._instantiated_nodes[name](*(outputs.get(n, n) for n in needs))
                for used in done:
                    outputs.pop(used, None)
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(outputs[target] for target in run_targets)

    run._care_navigator = True  # type: ignore[attr-defined]
    run.__wrapped__ = with_dask  # type: ignore[attr-defined]
    DaskGraphRunner.run = run
