// The shared client picker (_ClientPicker.cshtml): searches while the worker types and adds the chosen client to the
// form beside it, without reloading the page, so what is already typed in that form stays. Without JavaScript the
// search form still submits as a GET and the page lists the matches itself.
(() => {
    const pause = 250;

    const option = (client, field, multiple) => {
        const row = document.createElement('div');
        row.className = 'form-check';
        const box = document.createElement('input');
        box.className = 'form-check-input';
        box.type = multiple ? 'checkbox' : 'radio';
        box.name = field;
        box.value = client.id;
        box.id = 'client-' + client.id;
        const label = document.createElement('label');
        label.className = 'form-check-label';
        label.htmlFor = box.id;
        label.append(client.name + ' ');
        const detail = document.createElement('span');
        detail.className = 'small text-muted';
        detail.textContent = [client.village, client.maskedIdNumber].filter(Boolean).join(' ');
        label.append(detail);
        row.append(box, label);
        return row;
    };

    for (const search of document.querySelectorAll('form[data-client-picker]')) {
        const input = search.querySelector('input[name="q"]');
        const target = document.querySelector(search.dataset.target);
        const field = search.dataset.field;
        const multiple = search.dataset.multiple === 'true';
        if (!input || !target || !field) {
            continue;
        }

        const matches = document.createElement('div');
        matches.className = 'list-group mb-2';
        matches.id = search.id + '-matches';
        matches.setAttribute('aria-live', 'polite');
        search.after(matches);
        input.setAttribute('autocomplete', 'off');

        const say = text => {
            const line = document.createElement('div');
            line.className = 'list-group-item small text-muted';
            line.textContent = text;
            matches.replaceChildren(line);
        };

        const choose = client => {
            target.querySelector('[data-picker-empty]')?.remove();
            let box = [...target.querySelectorAll('input')].find(i => i.name === field && i.value === client.id);
            if (!box) {
                const row = option(client, field, multiple);
                target.append(row);
                box = row.querySelector('input');
            }

            box.checked = true;
            matches.replaceChildren();
            input.value = '';
            target.dispatchEvent(new CustomEvent('client-picked', { bubbles: true, detail: client }));
        };

        let timer;
        let pending;
        const find = async () => {
            const q = input.value.trim();
            pending?.abort();
            if (!q) {
                matches.replaceChildren();
                return;
            }

            pending = new AbortController();
            try {
                const response = await fetch(search.dataset.url + '?q=' + encodeURIComponent(q), {
                    headers: { Accept: 'application/json' },
                    credentials: 'same-origin',
                    signal: pending.signal,
                });
                const body = await response.json();
                if (!response.ok) {
                    say(body.title || search.dataset.failed);
                    return;
                }

                if (body.length === 0) {
                    say(search.dataset.none);
                    return;
                }

                matches.replaceChildren(...body.map(client => {
                    const pick = document.createElement('button');
                    pick.type = 'button';
                    pick.className = 'list-group-item list-group-item-action';
                    pick.dataset.clientId = client.id;
                    pick.append(client.name + ' ');
                    const detail = document.createElement('span');
                    detail.className = 'small text-muted';
                    detail.textContent = [client.village, client.maskedIdNumber].filter(Boolean).join(' ');
                    pick.append(detail);
                    pick.addEventListener('click', () => choose(client));
                    return pick;
                }));
            } catch (error) {
                if (error.name !== 'AbortError') {
                    say(search.dataset.failed);
                }
            }
        };

        input.addEventListener('input', () => {
            clearTimeout(timer);
            timer = setTimeout(find, pause);
        });
        search.addEventListener('submit', event => {
            event.preventDefault();
            clearTimeout(timer);
            find();
        });
    }
})();
