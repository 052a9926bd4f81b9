package pe.colca.web.customer;

import jakarta.faces.context.FacesContext;

/** The customer of a customer-page tab: the view parameter {@code id} of the request (null when absent or not a number). */
final class CustomerIds {

    private CustomerIds() {
    }

    static Long fromRequest() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
