package pe.colca.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who receives a notification: explicit staff users and customers (by id), and/or every active
 * staff user holding a permission ({@code permission}, resolved by the notification area through the
 * security area when the notification is enqueued). Each recipient gets one notification row.
 */
public record Recipients(List<Long> userIds, List<Long> customerIds, String permission) {

    public Recipients {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        permission = permission == null || permission.isBlank() ? null : permission.strip();
        if (userIds.isEmpty() && customerIds.isEmpty() && permission == null) {
            throw new IllegalArgumentException("a notification needs at least one recipient");
        }
    }

    /** Every active staff user holding {@code permissionSlug} (e.g. {@code inventory.alert.edit}). */
    public static Recipients staffWithPermission(String permissionSlug) {
        Objects.requireNonNull(permissionSlug, "permissionSlug");
        return new Recipients(List.of(), List.of(), permissionSlug);
    }

    /** These staff users ({@code users.id}). */
    public static Recipients users(Long... userIds) {
        return new Recipients(nonNull(userIds), List.of(), null);
    }

    /** These customers ({@code customers.id}). */
    public static Recipients customers(Long... customerIds) {
        return new Recipients(List.of(), nonNull(customerIds), null);
    }

    private static List<Long> nonNull(Long[] ids) {
        List<Long> list = new ArrayList<>(ids.length);
        for (Long id : ids) {
            list.add(Objects.requireNonNull(id, "recipient id"));
        }
        return list;
    }
}
