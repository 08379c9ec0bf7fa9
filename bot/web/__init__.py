"""The chat page and the embeddable widget, as a sanic blueprint (no Rasa).

Usage::

    from bot.web import chat_blueprint
    app.blueprint(chat_blueprint())     # serves /, chat.js, chat.css, widget.js, widget.css

Rasa mounts it at ``/webhooks/chat/`` through ``bot.rasa_addons.chat_channel``. The page
shows the clinic's emergency numbers from its own HTML, so they are there even when the
server later cannot be reached.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Callable, Dict

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.clinic import Clinic, load_clinic
from bot.replies import URGENT_HELP

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {
    "chat.js": "application/javascript; charset=utf-8",
    "chat.css": "text/css; charset=utf-8",
    "widget.js": "application/javascript; charset=utf-8",
    "widget.css": "text/css; charset=utf-8",
}


def security_headers(clinic: Clinic) -> Dict[str, str]:
    """A strict Content-Security-Policy (no inline scripts or styles) and friends; no cookies are set."""
    ancestors = " ".join(["'self'"] + list(clinic.embed_on))
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        f"base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}"
    )
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def render_page(clinic: Clinic) -> str:
    """chat.html with the clinic's name and its region's emergency numbers filled in (escaped)."""
    emergency, crisis, urgent = URGENT_HELP[clinic.region]
    values = {
        "clinic_name": clinic.name,
        "emergency_number": emergency,
        "crisis_line": crisis,
        "urgent_help": urgent,
    }
    page = (STATIC / "chat.html").read_text(encoding="utf-8")
    for key, value in values.items():
        page = page.replace("{" + key + "}", html.escape(value))
    return page


def chat_blueprint(clinic_loader: Callable[[], Clinic] = load_clinic) -> Blueprint:
    """The chat page at ``/`` and its assets, each served with the security headers."""
    blueprint = Blueprint("care_navigator_chat")

    @blueprint.route("/", methods=["GET"], strict_slashes=False)
    async def page(request: Request) -> HTTPResponse:
        if not request.path.endswith("/"):
            # The page's assets are relative to it: always serve it from ".../chat/".
            return response.redirect(request.path + "/")
        clinic = clinic_loader()
        return response.html(render_page(clinic), headers=security_headers(clinic))

    @blueprint.route("/<name>", methods=["GET"])
    async def asset(request: Request, name: str) -> HTTPResponse:
        if name == "":
            return await page(request)  # sanic routes ".../chat/" here, with an empty name
        if name not in ASSETS:
            return response.text("Not found", status=404)
        body = (STATIC / name).read_text(encoding="utf-8")
        return response.text(body, content_type=ASSETS[name], headers=security_headers(clinic_loader()))

    return blueprint
