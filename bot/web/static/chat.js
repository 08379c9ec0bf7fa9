// Care Navigator chat page. Plain JavaScript, no framework, nothing loaded from elsewhere.
// Every message is inserted as text, never as HTML. History lives in sessionStorage only.
(function () {
  "use strict";

  var WEBHOOK = new URL("../rest/webhook", window.location.href).toString();
  var KEY_SENDER = "care-navigator-sender";
  var KEY_HISTORY = "care-navigator-history";

  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var send = document.getElementById("send");
  var typing = document.getElementById("typing");
  var offline = document.getElementById("offline");
  var busy = false;
  var lastFailed = null;

  function newSender() {
    var id = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
      : String(Date.now()) + Math.random().toString(16).slice(2);
    sessionStorage.setItem(KEY_SENDER, id);
    return id;
  }
  function sender() { return sessionStorage.getItem(KEY_SENDER) || newSender(); }
  function history() {
    try { return JSON.parse(sessionStorage.getItem(KEY_HISTORY) || "[]"); } catch (e) { return []; }
  }
  function remember(item) {
    var items = history();
    items.push(item);
    sessionStorage.setItem(KEY_HISTORY, JSON.stringify(items));
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function scrollDown() { log.parentNode.scrollTop = log.parentNode.scrollHeight; }

  function showUser(text) { log.appendChild(el("div", "msg user", text)); scrollDown(); }

  function showButtons(buttons, live) {
    var group = el("div", "choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    buttons.forEach(function (b) {
      var button = el("button", "", b.title);
      button.type = "button";
      button.disabled = !live;
      button.addEventListener("click", function () {
        if (busy) { return; }
        Array.prototype.forEach.call(group.querySelectorAll("button"), function (x) { x.disabled = true; });
        talk(b.payload, b.title);
      });
      group.appendChild(button);
    });
    log.appendChild(group);
  }

  function cardText(card) {
    return [card.title].concat((card.sections || []).map(function (s) {
      return s.heading + "\n" + s.body;
    })).join("\n\n");
  }

  function showCard(card) {
    var box = el("section", "card");
    box.setAttribute("aria-label", card.title);
    box.appendChild(el("h2", "", card.title));
    (card.sections || []).forEach(function (s) {
      box.appendChild(el("h3", "", s.heading));
      box.appendChild(el("p", "", s.body));
    });
    var actions = el("div", "card-actions");
    var copy = el("button", "", "Copy");
    copy.type = "button";
    copy.addEventListener("click", function () {
      var done = function () { copy.textContent = "Copied"; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(cardText(card)).then(done, function () { copy.textContent = "Copy failed"; });
      }
    });
    var print = el("button", "", "Print");
    print.type = "button";
    print.addEventListener("click", function () {
      box.classList.add("printing");
      document.body.classList.add("printing");
      window.print();
      document.body.classList.remove("printing");
      box.classList.remove("printing");
    });
    var download = el("button", "", "Download (.txt)");
    download.type = "button";
    download.addEventListener("click", function () {
      var blob = new Blob([cardText(card) + "\n"], { type: "text/plain" });
      var link = el("a");
      link.href = URL.createObjectURL(blob);
      link.download = (card.kind || "care-navigator") + ".txt";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    actions.appendChild(copy);
    actions.appendChild(print);
    actions.appendChild(download);
    box.appendChild(actions);
    log.appendChild(box);
  }

  function showBot(reply, live) {
    if (reply.custom && reply.custom.title) {
      showCard(reply.custom);
    } else if (reply.text) {
      log.appendChild(el("div", "msg bot", reply.text));
    }
    if (reply.buttons && reply.buttons.length) { showButtons(reply.buttons, live); }
    scrollDown();
  }

  // A card arrives twice: as text (for any client; Rasa splits it at blank lines) and as a card.
  // Show the card only: drop the text parts just before it that belong to it.
  function withoutCardTexts(replies) {
    var drop = {};
    replies.forEach(function (reply, i) {
      if (!(reply.custom && reply.custom.title)) { return; }
      var whole = cardText(reply.custom);
      for (var j = i - 1; j >= 0; j--) {
        var prev = replies[j];
        if (!prev.text || prev.custom || prev.buttons || whole.indexOf(prev.text.trim()) === -1) { break; }
        drop[j] = true;
      }
    });
    return replies.filter(function (reply, i) { return !drop[i]; });
  }

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    send.disabled = value;
  }

  function talk(message, shown) {
    if (busy) { return; }
    if (shown) { showUser(shown); remember({ who: "user", text: shown }); }
    setBusy(true);
    offline.hidden = true;
    fetch(WEBHOOK, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender(), message: message }),
      credentials: "omit"
    }).then(function (response) {
      if (!response.ok) { throw new Error("status " + response.status); }
      return response.json();
    }).then(function (replies) {
      lastFailed = null;
      withoutCardTexts(replies).forEach(function (reply) {
        var item = { who: "bot", text: reply.text, buttons: reply.buttons, custom: reply.custom };
        remember(item);
        showBot(item, true);
      });
    }).catch(function () {
      lastFailed = message;
      offline.hidden = false;
      offline.scrollIntoView({ block: "nearest" });
    }).then(function () {
      setBusy(false);
      input.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy) { return; }
    input.value = "";
    talk(text, text);
  });

  document.getElementById("retry").addEventListener("click", function () {
    if (lastFailed !== null) { talk(lastFailed); }
  });

  document.getElementById("what-we-keep").addEventListener("click", function (event) {
    event.preventDefault();
    talk("what do you keep about me?", "What do you keep about me?");
  });

  document.getElementById("start-over").addEventListener("click", function () {
    var old = sessionStorage.getItem(KEY_SENDER);
    if (old) {
      fetch(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" }, credentials: "omit",
        body: JSON.stringify({ sender: old, message: "/start_over" }) }).catch(function () {});
    }
    sessionStorage.removeItem(KEY_HISTORY);
    newSender();
    log.textContent = "";
    offline.hidden = true;
    busy = false;
    talk("/greet");
    input.focus();
  });

  var past = history();
  if (past.length) {
    past.forEach(function (item, i) {
      if (item.who === "user") { showUser(item.text); } else { showBot(item, i === past.length - 1); }
    });
  } else {
    talk("/greet");
  }
  input.focus();
})();
