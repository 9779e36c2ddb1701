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

    // <canvas data-chart="stacked-bars" data-labels="a,b" data-series='[{"label":"…","values":"1,2","color":"#…"}]'>
    function drawCharts() {
        if (!window.Chart) {
            return;
        }

        document.querySelectorAll('canvas[data-chart="stacked-bars"]').forEach(function (canvas) {
            var labels = canvas.dataset.labels ? canvas.dataset.labels.split(',') : [];
            var series = JSON.parse(canvas.dataset.series || '[]');
            new window.Chart(canvas, {
                type: 'bar',
                data: {
                    labels: labels,
                    datasets: series.map(function (s) {
                        return { label: s.label, data: s.values ? s.values.split(',').map(Number) : [], backgroundColor: s.color };
                    })
                },
                options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true } } }
            });
        });
    }

    function start() {
        drawCharts();
        refreshBadges();
        window.setInterval(refreshBadges, 60000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
