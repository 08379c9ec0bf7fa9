"""Care Navigator's custom actions: thin wrappers that read slots, call ``bot``, and reply.

Every ``Action`` subclass in this package registers itself with the action server.
"""

from actions.core import ActionTalkToPerson  # noqa: F401
