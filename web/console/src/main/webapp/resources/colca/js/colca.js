/* Colca console: small behaviours shared by every page. */
var Colca = Colca || {};

/** Opens/closes the side menu on small screens. */
Colca.toggleMenu = function () {
    document.body.classList.toggle('colca-menu-open');
};

/**
 * Enter in a scan box (a scanner types the code and Enter): empties the box at once and sends the code to
 * {@code command} (a p:remoteCommand's name) as the request parameter {@code code}. PrimeFaces queues the
 * requests in order, so scans faster than the server answers are all counted — a button clicked by the
 * script instead stays disabled while its last request is shown loading, and drops such a scan.
 */
Colca.scan = function (event, boxId, command) {
    if (event.key !== 'Enter') {
        return true;
    }
    var box = document.getElementById(boxId);
    var code = box ? box.value : '';
    if (box) {
        box.value = '';
    }
    if (code.trim() !== '' && typeof window[command] === 'function') {
        window[command]([{name: 'code', value: code}]);
    }
    return false;
};

/** Closes the side menu when the backdrop is clicked (small screens). */
Colca.closeMenu = function () {
    document.body.classList.remove('colca-menu-open');
};

/*
 * When the session has ended, an AJAX request is answered with the login page (FORM login) instead
 * of a partial response. Reload so the user sees the login page and comes back here afterwards.
 */
(function () {
    if (typeof jQuery === 'undefined') {
        return;
    }
    jQuery(document).on('pfAjaxError', function (event, xhr) {
        if (xhr && typeof xhr.responseText === 'string' && xhr.responseText.indexOf('j_security_check') >= 0) {
            window.location.reload();
        }
    });
})();

/* The side menu opens the group of the current page. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('details.colca-nav-current').forEach(function (group) {
        group.open = true;
    });
});

/* Handlers are bound here, not in onclick attributes: the policy runs no inline script without a nonce. */
document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-colca-action]') : null;
    if (!target) {
        return;
    }
    var action = target.getAttribute('data-colca-action');
    if (action === 'toggle-menu') {
        Colca.toggleMenu();
    } else if (action === 'close-menu') {
        Colca.closeMenu();
    } else if (action === 'reload') {
        window.location.reload();
    }
});

/* A count line's counted quantity is sent when it changes (count.xhtml: its remote command setCounted). */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (input && input.getAttribute && input.hasAttribute('data-colca-counted') && typeof setCounted === 'function') {
        setCounted([{name: 'variantId', value: input.getAttribute('data-colca-counted')},
            {name: 'counted', value: input.value}]);
    }
});
