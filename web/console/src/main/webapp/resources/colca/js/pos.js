/*
 * Punto de venta (backoffice/sales/pos.xhtml): the keyboard and the scanner. A scanner is a keyboard
 * that types the code and Enter. The scan box keeps the focus after every action (and every AJAX
 * answer) unless a dialog is open; an opened dialog gets the focus in its first (empty) field. Keys go to
 * the page's remote commands:
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

    function openDialog() {
        return document.querySelector('.ui-dialog.ui-overlay-visible, .ui-dialog[aria-hidden="false"]');
    }

    function dialogOpen() {
        return openDialog() !== null;
    }

    /**
     * The field of a dialog to type in: its first empty text field (after "Buscar" finds no customer, the
     * name; after a tender, what is still to fill), else its first text field, else its first control.
     */
    function firstField(dialog) {
        var fields = Array.prototype.filter.call(dialog.querySelectorAll('input, select, textarea, button'), function (f) {
            return f.type !== 'hidden' && !f.disabled && !f.readOnly && f.offsetParent !== null
                && !(f.closest && f.closest('.ui-helper-hidden-accessible'));
        });
        var texts = fields.filter(function (f) {
            return (f.tagName === 'INPUT' && /^(text|number|tel|email|search|password)$/.test(f.type)) || f.tagName === 'TEXTAREA';
        });
        var empty = texts.filter(function (f) {
            return !f.value;
        });
        return empty[0] || texts[0] || fields[0] || null;
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
            var dialog = openDialog();
            if (dialog) {
                // an opened or re-rendered dialog: its first field, unless the cashier is already in it
                if (!dialog.contains(document.activeElement)) {
                    var field = firstField(dialog);
                    if (field) {
                        field.focus();
                    }
                }
                return;
            }
            var box = scanBox();
            if (box) {
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
        // a dialog shown without an AJAX answer (the confirmation of "Nueva venta") gets the focus too
        if (scanBox() && typeof MutationObserver === 'function') {
            new MutationObserver(function (changes) {
                for (var i = 0; i < changes.length; i++) {
                    var d = changes[i].target;
                    if (d.classList && d.classList.contains('ui-dialog') && d.getAttribute('aria-hidden') === 'false') {
                        Colca.posFocus();
                        return;
                    }
                }
            }).observe(document.body, {attributes: true, attributeFilter: ['aria-hidden'], subtree: true});
        }
        if (typeof jQuery !== 'undefined') {
            jQuery(document).on('pfAjaxComplete', function () {
                Colca.posFocus();
            });
        }
    });
})();
