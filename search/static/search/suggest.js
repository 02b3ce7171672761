// Suggestions while typing in the header search box: the ARIA combobox pattern with a list box
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Progressive enhancement only: without
// this file the form simply submits to the search page.
(function () {
    "use strict";
    var form = document.querySelector("form[data-suggest-url]");
    if (!form || !window.fetch) return;
    var input = form.querySelector("input[name='q']");
    if (!input) return;
    var stringsElement = document.getElementById("kennisbank-strings");
    var words = stringsElement ? JSON.parse(stringsElement.textContent) : {};
    var MIN_LENGTH = 2;
    var DELAY = 200; // ms after the last key stroke

    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", words.suggestions || "");
    list.hidden = true;
    input.parentNode.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function setActive(index) {
        items.forEach(function (item, i) {
            item.setAttribute("aria-selected", String(i === index));
        });
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", items[index].id);
            items[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function show(results) {
        list.textContent = "";
        items = results.map(function (result, i) {
            var item = document.createElement("li");
            item.id = listId + "-" + i;
            item.className = "search-suggest__option";
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            item.dataset.url = result.url;
            var title = document.createElement("span");
            title.className = "search-suggest__title";
            title.textContent = result.title;
            item.appendChild(title);
            if (result.type) {
                var type = document.createElement("span");
                type.className = "search-suggest__type";
                type.textContent = result.type;
                item.appendChild(type);
            }
            list.appendChild(item);
            return item;
        });
        active = -1;
        if (items.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            status.textContent = (words.suggestionCount || "{n}").replace("{n}", items.length);
        } else {
            close();
            status.textContent = words.noSuggestions || "";
        }
    }

    function fetchSuggestions() {
        var query = input.value.trim();
        if (query === lastQuery) return;
        lastQuery = query;
        if (controller) controller.abort();
        if (query.length < MIN_LENGTH) {
            show([]);
            status.textContent = "";
            return;
        }
        controller = typeof AbortController === "function" ? new AbortController() : null;
        var url = form.dataset.suggestUrl + "&q=" + encodeURIComponent(query);
        fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
            .then(function (response) { return response.ok ? response.json() : { results: [] }; })
            .then(function (data) { if (input.value.trim() === query) show(data.results || []); })
            .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
        var open = !list.hidden && items.length;
        if (event.key === "ArrowDown") {
            if (!open) { lastQuery = ""; fetchSuggestions(); return; }
            event.preventDefault();
            setActive(active < items.length - 1 ? active + 1 : 0);
        } else if (event.key === "ArrowUp" && open) {
            event.preventDefault();
            setActive(active > 0 ? active - 1 : items.length - 1);
        } else if (event.key === "Escape" && open) {
            event.preventDefault(); // keep the typed text; a second Escape clears as usual
            close();
        } else if (event.key === "Enter" && open && active >= 0) {
            event.preventDefault();
            window.location.href = items[active].dataset.url;
        }
    });

    // Choose with mouse or touch; mousedown would otherwise blur the input first.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
        var item = event.target.closest("[role='option']");
        if (item) window.location.href = item.dataset.url;
    });
    input.addEventListener("blur", close);
})();
