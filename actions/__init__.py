"""Care Navigator's custom actions: thin wrappers that read slots, call ``bot``, and reply.

Every ``Action`` subclass imported here registers itself with the action server.
"""

from actions import core, ending_care, pathway, reset_conversation, second_opinion  # noqa: F401
