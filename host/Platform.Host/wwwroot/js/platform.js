// Behaviour that pages declare in attributes, so that no page carries an inline script (the Content-Security-Policy
// allows scripts from this site's files only).
(function () {
    'use strict';

    // <button data-print>: prints the page.
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });

    // <span data-badge="/notifications/unread">: a count beside a menu entry, asked once a minute; the phone's and the
    // desktop's copy of an entry share one request.
    function refreshBadges() {
        var places = new Map();
        document.querySelectorAll('[data-badge]').forEach(function (badge) {
            var url = badge.getAttribute('data-badge');
            places.set(url, (places.get(url) || []).concat([badge]));
        });
        places.forEach(function (badges, url) {
            fetch(url, { credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.text() : ''; })
                .then(function (text) { badges.forEach(function (badge) { badge.textContent = text.trim(); }); })
                .catch(function () { /* a missed refresh is tried again in a minute */ });
        });
    }

    // <div data-echarts='{…an Apache ECharts option…}' style="height:…">: a chart drawn from the option the server
    // wrote. ECharts (~1 MB) is fetched once, only by a page that has a chart; a widget loaded later by htmx is drawn
    // when it arrives, and every chart follows the width of its box.
    var echartsLoading = null;
    function withECharts(draw) {
        if (window.echarts) {
            draw();
            return;
        }
        if (!echartsLoading) {
            echartsLoading = new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = '/lib/echarts.min.js';
                script.onload = resolve;
                script.onerror = reject;
                document.head.appendChild(script);
            });
        }
        echartsLoading.then(draw).catch(function () { /* the figures stay readable in the table beside the chart */ });
    }

    function drawECharts(root) {
        var places = (root || document).querySelectorAll('[data-echarts]:not([data-drawn])');
        if (places.length === 0) {
            return;
        }
        withECharts(function () {
            places.forEach(function (place) {
                place.setAttribute('data-drawn', '');
                var chart = window.echarts.init(place, null, { renderer: 'canvas' });
                chart.setOption(JSON.parse(place.getAttribute('data-echarts')));

                // The chart follows its box, not only the window: widgets loaded below it bring the scroll bar, and
                // folding the sidebar widens the page, without a window resize.
                new ResizeObserver(function () { chart.resize(); }).observe(place);
            });
        });
    }

    document.addEventListener('htmx:afterSettle', function (event) {
        drawECharts(event.target);
    });

    // <form class="list-search">: on the phone a list's filters are folded behind one 筛选 button, which counts the
    // filters in force, so the first rows are on the first screen. A form with a search box (name="q") keeps the box
    // and its 查询 button in view: looking a person up is what the phone is for. Without script the form stays open.
    function foldSearchForms() {
        document.querySelectorAll('form.list-search').forEach(function (form) {
            var search = form.querySelector('[name="q"]');
            var inForce = Array.prototype.filter.call(form.elements, function (field) {
                if (field === search) { return false; }
                if (field.type === 'checkbox' || field.type === 'radio') { return field.checked; }
                return field.type !== 'hidden' && field.tagName !== 'BUTTON' && field.type !== 'submit' && field.value !== '';
            }).length;
            if (search) {
                Array.prototype.forEach.call(form.children, function (part) {
                    if (part.contains(search) || part.querySelector('[type="submit"]')) {
                        part.classList.add('list-search-keep');
                    }
                });
                form.classList.add('keeps-search');
            }

            // Nothing left to fold (a worker's search has no station to choose): no 筛选 button that opens nothing.
            var fields = 'input:not([type="hidden"]), select, textarea';
            var folds = Array.prototype.some.call(form.children, function (part) {
                return !part.classList.contains('list-search-keep') && (part.matches(fields) || part.querySelector(fields) !== null);
            });
            if (!folds) { return; }

            var toggle = document.createElement('button');
            toggle.type = 'button';
            toggle.className = 'btn btn-outline-secondary btn-sm list-search-toggle d-md-none mb-2';
            toggle.setAttribute('aria-expanded', 'false');
            toggle.textContent = inForce > 0 ? '筛选（' + inForce + ' 项）' : '筛选';
            toggle.addEventListener('click', function () {
                var open = form.classList.toggle('unfolded');
                toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            });
            form.classList.add('foldable');
            form.parentNode.insertBefore(toggle, form);
        });
    }

    function start() {
        foldSearchForms();
        drawECharts(document);
        refreshBadges();
        window.setInterval(refreshBadges, 60000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
