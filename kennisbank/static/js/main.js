// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

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
})();
