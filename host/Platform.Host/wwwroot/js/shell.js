// The shell's own behaviour: the desktop sidebar folded to icons (remembered in this browser) and the menu groups a
// person folded. Loaded in <head>, so the remembered state is set on <html> before the page is drawn (no flash of an
// open sidebar); everything else waits for the page.
(function () {
    'use strict';

    var foldedKey = 'shell.sidebar.folded';
    var groupsKey = 'shell.sidebar.closedGroups';

    function read(key, fallback) {
        try {
            var value = window.localStorage.getItem(key);
            return value === null ? fallback : JSON.parse(value);
        } catch (e) {
            return fallback; // private mode or a damaged value: the sidebar simply starts open
        }
    }

    function write(key, value) {
        try {
            window.localStorage.setItem(key, JSON.stringify(value));
        } catch (e) { /* not remembered, still works */ }
    }

    var root = document.documentElement;
    root.classList.toggle('sidebar-folded', read(foldedKey, false) === true);

    function showToggleState(button) {
        var folded = root.classList.contains('sidebar-folded');
        button.setAttribute('aria-expanded', folded ? 'false' : 'true');
        button.setAttribute('aria-label', folded ? '展开菜单' : '收起菜单');
    }

    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.getElementById('sidebar-toggle');
        if (toggle) {
            showToggleState(toggle);
            toggle.addEventListener('click', function () {
                root.classList.add('sidebar-animate');
                root.classList.toggle('sidebar-folded');
                write(foldedKey, root.classList.contains('sidebar-folded'));
                showToggleState(toggle);
            });
        }

        // Groups a person folded stay folded on the next page, except the one holding the current page.
        var closed = read(groupsKey, []);
        document.querySelectorAll('.nav-group').forEach(function (group) {
            var name = group.getAttribute('data-group');
            var button = group.querySelector('.nav-group-toggle');
            var list = group.querySelector('.collapse');
            if (!button || !list) {
                return;
            }
            if (closed.indexOf(name) >= 0 && !button.hasAttribute('data-current')) {
                list.classList.remove('show');
                button.setAttribute('aria-expanded', 'false');
                button.classList.add('collapsed');
            }
            list.addEventListener('hidden.bs.collapse', function () {
                var now = read(groupsKey, []).filter(function (n) { return n !== name; });
                now.push(name);
                write(groupsKey, now);
            });
            list.addEventListener('shown.bs.collapse', function () {
                write(groupsKey, read(groupsKey, []).filter(function (n) { return n !== name; }));
            });
        });
    });
})();
