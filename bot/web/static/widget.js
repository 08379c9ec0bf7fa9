// Care Navigator widget: <script src="BOT-ADDRESS/webhooks/chat/widget.js" defer></script> on a clinic page.
// Adds a "Chat with Care Navigator" button that opens the chat page in a panel (an iframe on the bot's
// own origin, so the clinic's site needs no CORS set-up and the chat keeps its own sessionStorage).
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(".", script.src).toString();
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = "Chat with Care Navigator";
  button.setAttribute("aria-expanded", "false");
  button.className = "care-navigator-launcher";
  var frame = document.createElement("iframe");
  frame.title = "Care Navigator chat";
  frame.className = "care-navigator-frame";
  frame.hidden = true;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = base + "widget.css";
  button.addEventListener("click", function () {
    var opening = frame.hidden;
    if (opening && !frame.src) { frame.src = base; }
    frame.hidden = !opening;
    button.setAttribute("aria-expanded", String(opening));
    button.textContent = opening ? "Close chat" : "Chat with Care Navigator";
  });
  document.head.appendChild(css);
  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
