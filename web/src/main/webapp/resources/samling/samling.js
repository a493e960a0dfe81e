/* Samling: small progressive enhancements; every page works without them. */
(function () {
    "use strict";
    var lang = document.documentElement.lang || "en";
    /* PrimeFaces calls Norwegian "no"; the pages say "nb" (see PrimeFacesLocales.java). */
    if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.no && !PrimeFaces.locales.nb) {
        PrimeFaces.locales.nb = PrimeFaces.locales.no;
    }

    /* The same rule as WordCount.java: tokens split on white space or "/", counted if they hold
       a letter or digit. */
    function words(text) {
        return text.trim() === "" ? 0 : text.trim().split(/[\s\/]+/).filter(function (t) {
            return /[\p{L}\p{N}]/u.test(t);
        }).length;
    }

    function wordCounters() {
        document.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
            var out = document.getElementById(area.getAttribute("data-word-count"));
            var limit = parseInt(area.getAttribute("data-word-limit"), 10);
            var template = out.getAttribute("data-template");
            function update() {
                var n = words(area.value);
                out.textContent = template.replace("{0}", n).replace("{1}", limit);
                out.classList.toggle("over-limit", n > limit);
            }
            area.addEventListener("input", update);
            update();
        });
    }

    /* A deadline in the reader's own time zone, and how long is left. */
    function deadlines() {
        document.querySelectorAll("[data-local-time]").forEach(function (el) {
            var when = new Date(el.getAttribute("data-local-time"));
            var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            el.textContent = new Intl.DateTimeFormat(lang, {dateStyle: "long", timeStyle: "short"}).format(when)
                + " (" + zone + ")";
        });
        document.querySelectorAll("[data-countdown]").forEach(function (el) {
            var when = new Date(el.getAttribute("data-countdown")).getTime();
            var rtf = new Intl.RelativeTimeFormat(lang, {numeric: "auto"});
            function tick() {
                var left = (when - Date.now()) / 1000;
                if (left <= 0) {
                    el.textContent = el.getAttribute("data-closed");
                    return;
                }
                el.textContent = left > 2 * 86400 ? rtf.format(Math.floor(left / 86400), "day")
                    : left > 7200 ? rtf.format(Math.floor(left / 3600), "hour")
                        : rtf.format(Math.max(1, Math.floor(left / 60)), "minute");
            }
            tick();
            setInterval(tick, 30000);
        });
    }

    /* A form with data-autosave names a PrimeFaces remote command that saves it as a draft; it is
       called every data-autosave-seconds while something was typed since the last call. */
    function autosave() {
        document.querySelectorAll("form[data-autosave]").forEach(function (form) {
            var dirty = false;
            var seconds = parseInt(form.getAttribute("data-autosave-seconds") || "20", 10);
            form.addEventListener("input", function () { dirty = true; });
            form.addEventListener("change", function () { dirty = true; });
            form.addEventListener("submit", function () { dirty = false; });
            setInterval(function () {
                var save = window[form.getAttribute("data-autosave")];
                if (dirty && typeof save === "function") {
                    dirty = false;
                    save();
                }
            }, seconds * 1000);
        });
    }

    /* The programme editor: an item (data-item) dragged onto a session (data-session) is posted
       through the hidden "dnd" form with the position it was dropped at; the buttons beside each
       item do the same from the keyboard. */
    function programDragAndDrop() {
        var form = document.getElementById("dnd");
        if (!form) {
            return;
        }
        document.querySelectorAll("[data-item]").forEach(function (item) {
            item.addEventListener("dragstart", function (e) {
                e.dataTransfer.setData("text/plain", item.getAttribute("data-item"));
                e.dataTransfer.effectAllowed = "move";
                item.classList.add("dragging");
            });
            item.addEventListener("dragend", function () { item.classList.remove("dragging"); });
        });
        document.querySelectorAll("[data-session]").forEach(function (session) {
            session.addEventListener("dragover", function (e) {
                e.preventDefault();
                session.classList.add("drop-target");
            });
            session.addEventListener("dragleave", function () { session.classList.remove("drop-target"); });
            session.addEventListener("drop", function (e) {
                e.preventDefault();
                var item = e.dataTransfer.getData("text/plain");
                if (!item) {
                    return;
                }
                var position = 0;
                session.querySelectorAll("[data-item]").forEach(function (other) {
                    if (other.getAttribute("data-item") !== item && other.getBoundingClientRect().top + other.offsetHeight / 2 < e.clientY) {
                        position++;
                    }
                });
                document.getElementById("dnd:dropItem").value = item;
                document.getElementById("dnd:dropSession").value = session.getAttribute("data-session");
                document.getElementById("dnd:dropPosition").value = position;
                document.getElementById("dnd:drop").click();
            });
        });
    }

    /* A button with data-confirm asks first (the page's policy allows no inline handlers). */
    function confirmations() {
        document.addEventListener("click", function (e) {
            var el = e.target.closest ? e.target.closest("[data-confirm]") : null;
            if (el && !window.confirm(el.getAttribute("data-confirm"))) {
                e.preventDefault();
                e.stopImmediatePropagation();
            }
        }, true);
    }

    document.addEventListener("DOMContentLoaded", function () {
        confirmations();
        wordCounters();
        deadlines();
        autosave();
        programDragAndDrop();
    });
})();
