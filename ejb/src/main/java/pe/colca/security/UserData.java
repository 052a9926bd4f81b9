package pe.colca.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * What an administrator sets on a user (create or edit): the login e-mail, the full name, the roles
 * and the store/warehouse scope ({@code user_locations}). The password is not part of it: a new user
 * gets {@link UserAdministration#create}'s initial password, later ones come from a reset or from the
 * user himself.
 */
public record UserData(
        @NotBlank(message = "{security.user.email.required}")
        @Size(max = 254, message = "{security.user.email.size}")
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "{security.user.email.pattern}")
        String email,
        @NotBlank(message = "{security.user.fullName.required}")
        @Size(max = 200, message = "{security.user.fullName.size}")
        String fullName,
        List<Integer> roleIds,
        List<Long> locationIds) {

    /** Trims text, lower-cases the e-mail, drops null and repeated ids. */
    public UserData normalized() {
        return new UserData(email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                fullName == null ? null : fullName.strip(),
                roleIds == null ? List.of() : roleIds.stream().filter(java.util.Objects::nonNull).distinct().toList(),
                locationIds == null ? List.of()
                        : locationIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }
}
