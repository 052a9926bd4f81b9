/*
 * Punto de venta (backoffice/sales/pos.xhtml): the keyboard and the scanner. A scanner is a keyboard
 * that types the code and Enter. The scan box keeps the focus after every action (and every AJAX
 * answer) unless a dialog is open. Keys go to the page's remote commands:
 *   Enter in the scan box  posScan(code)  (the box is emptied at once, so fast scans queue in order)
 *   +                      posPlus        (one more unit of the selected line)
 *   -                      posMinus       (only with an empty scan box: SKUs may contain '-')
 *   F2 customer dialog, F4 payment (posPayment), F8 posCancelLine; Escape closes a dialog.
 * No inline handlers: the console's policy runs no inline script without a nonce.
 */
var Colca = Colca || {};

(function () {
    function scanBox() {
        return document.getElementById('pos-scan');
    }

    function dialogOpen() {
        return document.querySelector('.ui-dialog.ui-overlay-visible, .ui-dialog[aria-hidden="false"]') !== null;
    }

    function call(name, params) {
        if (typeof window[name] === 'function') {
            window[name](params || []);
        }
    }

    /** Focuses the input with this id (a dialog's first field), or the scan box when no dialog is open. */
    Colca.posFocus = function (id) {
        setTimeout(function () {
            var target = id ? document.getElementById(id) : null;
            if (target) {
                target.focus();
                if (target.select) {
                    target.select();
                }
                return;
            }
            var box = scanBox();
            if (box && !dialogOpen()) {
                box.focus();
            }
        }, 0);
    };

    document.addEventListener('keydown', function (event) {
        var box = scanBox();
        if (!box) {
            return; // not the POS page
        }
        var key = event.key;
        if (key === 'F2') {
            event.preventDefault();
            if (typeof PF === 'function') {
                PF('customerDialog').show();
            }
            return;
        }
        if (key === 'F4') {
            event.preventDefault();
            if (!dialogOpen()) {
                call('posPayment');
            }
            return;
        }
        if (key === 'F8') {
            event.preventDefault();
            if (!dialogOpen()) {
                call('posCancelLine');
            }
            return;
        }
        if (dialogOpen()) {
            return;
        }
        var inOtherField = event.target !== box && event.target.matches
            && event.target.matches('input, textarea, select, [contenteditable]');
        if (inOtherField) {
            return;
        }
        if (key === 'Enter' && event.target === box) {
            event.preventDefault();
            var code = box.value.trim();
            box.value = '';
            if (code) {
                call('posScan', [{name: 'code', value: code}]);
            }
        } else if (key === '+' || (key === 'Add')) {
            event.preventDefault();
            call('posPlus');
        } else if ((key === '-' || key === 'Subtract') && box.value === '') {
            event.preventDefault();
            call('posMinus');
        }
    });

    /* printing the receipt view (print CSS in pos.css) */
    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('[data-colca-action="print"]') : null;
        if (target) {
            window.print();
            return;
        }
        // a click on the page (a row, a total) gives the focus back to the scan box
        if (scanBox() && event.target.closest && !event.target.closest('input, select, textarea, .ui-dialog, .ui-selectonemenu-panel, .ui-selectonemenu, .colca-topbar, .colca-sidebar')) {
            Colca.posFocus();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        Colca.posFocus();
        if (typeof jQuery !== 'undefined') {
            jQuery(document).on('pfAjaxComplete', function () {
                Colca.posFocus();
            });
        }
    });
})();
