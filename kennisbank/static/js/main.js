// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    // Interface words come translated from the page (templates/base.html), like all others.
    var stringsElement = document.getElementById("kennisbank-strings");
    var words = stringsElement ? JSON.parse(stringsElement.textContent) : {};

    // Collapsible main navigation on small screens.
    document.querySelectorAll("[data-main-nav]").forEach(function (nav) {
        var toggle = nav.querySelector(".main-nav__toggle");
        if (!toggle) return;
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
            var expanded = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!expanded));
        });
    });

    // Photo galleries: without JavaScript each photo links to a large version;
    // with it, the large version opens in a dialog with previous/next.
    document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
        if (typeof HTMLDialogElement !== "function") return;
        var items = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-item]"));
        var dialog = document.createElement("dialog");
        dialog.className = "lightbox";
        dialog.innerHTML =
            '<figure><img alt=""><figcaption class="lightbox__caption"></figcaption></figure>' +
            '<div class="lightbox__bar">' +
            '<button type="button" class="button" data-step="-1"></button>' +
            '<button type="button" class="button" data-close></button>' +
            '<button type="button" class="button" data-step="1"></button></div>';
        dialog.querySelector("[data-step='-1']").textContent = words.previous;
        dialog.querySelector("[data-step='1']").textContent = words.next;
        dialog.querySelector("[data-close]").textContent = words.close;
        if (items.length < 2) {
            dialog.querySelectorAll("[data-step]").forEach(function (button) { button.hidden = true; });
        }
        document.body.appendChild(dialog);
        var current = 0;
        function show(index) {
            current = (index + items.length) % items.length;
            var item = items[current];
            var img = dialog.querySelector("img");
            img.src = item.href;
            img.alt = item.dataset.alt || "";
            dialog.querySelector("figcaption").textContent = item.dataset.caption || "";
            dialog.setAttribute("aria-label", (words.photo || "") + " " + (current + 1) + "/" + items.length);
        }
        items.forEach(function (item, index) {
            item.addEventListener("click", function (event) {
                event.preventDefault();
                show(index);
                dialog.showModal();
            });
        });
        dialog.addEventListener("click", function (event) {
            var step = event.target.getAttribute("data-step");
            if (step) show(current + Number(step));
            if (event.target.hasAttribute("data-close") || event.target === dialog) dialog.close();
        });
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "ArrowRight") show(current + 1);
            if (event.key === "ArrowLeft") show(current - 1);
        });
    });

    // Videos: the provider's player is loaded only after the visitor clicks.
    document.querySelectorAll("[data-video]").forEach(function (video) {
        var play = video.querySelector("[data-video-play]");
        if (!play || !video.dataset.embedUrl) return;
        play.addEventListener("click", function (event) {
            event.preventDefault();
            var iframe = document.createElement("iframe");
            iframe.src = video.dataset.embedUrl;
            iframe.title = video.dataset.videoTitle || words.play;
            iframe.allow = "autoplay; fullscreen; picture-in-picture";
            iframe.allowFullscreen = true;
            var frame = video.querySelector(".video__frame");
            frame.innerHTML = "";
            frame.appendChild(iframe);
            iframe.focus();
        });
    });

    // Stored embeds: the provider's HTML waits inert in a <template> until the visitor clicks.
    document.querySelectorAll("[data-embed]").forEach(function (embed) {
        var play = embed.querySelector("[data-embed-play]");
        var template = embed.querySelector("template[data-embed-html]");
        if (!play || !template) return;
        play.addEventListener("click", function (event) {
            event.preventDefault();
            var frame = embed.querySelector(".video__frame");
            frame.innerHTML = "";
            frame.appendChild(template.content.cloneNode(true));
            var iframe = frame.querySelector("iframe");
            if (iframe) iframe.focus();
        });
    });

    // Filters on listings: folded away on phones (unless some are in use), so that the results
    // come first; always open on wider screens. Without JavaScript they are simply open.
    var narrow = window.matchMedia("(max-width: 59.99em)");
    document.querySelectorAll("[data-filters]").forEach(function (details) {
        function fit() {
            details.open = !narrow.matches || details.hasAttribute("data-filters-active");
        }
        fit();
        narrow.addEventListener("change", fit);
    });

    // Print buttons on handouts.
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
})();
