"""Care Navigator library code: everything here imports without Rasa.

The one exception is the ``bot.rasa_addons`` package, the thin glue that plugs
this library into Rasa's NLU pipeline and dialogue policies.
"""

__version__ = "0.1.0"
