"""One fix to Rasa 3.6's hot path, measured in docs/performance.md.

Rasa checks every action-server response with ``jsonschema.validate(result, schema)``. That function first
validates the *schema itself* against JSON Schema's meta-schema, on every call; with Rasa's large events
schema this was over half of the Rasa server's CPU time under load (py-spy, 20 virtual patients). Here the
schema is checked once and its validator reused, as jsonschema's own documentation advises for repeated
validation. Responses are checked against exactly the same schema and a bad one fails with Rasa's message.
"""

from __future__ import annotations

from typing import Any, Dict, Text

from jsonschema import ValidationError, validators

_INSTALLED = "_care_navigator_validator"


def install() -> None:
    """Give Rasa's ``RemoteAction`` a response check that builds its validator once (idempotent)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction, _INSTALLED, None) is not None:
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        try:
            validator.validate(result)
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
    setattr(RemoteAction, _INSTALLED, validator)
