package pe.colca.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.SQLRestriction;
import pe.colca.common.SoftDeletion;

/**
 * A back-office user ({@code users}): a login e-mail (unique among live users), a bcrypt password
 * hash (never the password), a status (only {@code ACTIVE} users log in) and the {@link Role}s assigned
 * in {@code user_roles}. Named {@code UserAccount} to avoid confusion with other "user" types.
 * Deleting is soft, with a reason, and frees the e-mail.
 */
@Entity
@Table(name = "users")
@SQLRestriction("deleted_at IS NULL")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", length = 254, nullable = false)
    private String email;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "full_name", length = 200, nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private UserStatus status;

    @Column(name = "last_login")
    private Instant lastLogin;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    /** Optimistic lock of the users screen and API (V15). */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Set by a password reset or the first-administrator command: the next login must change it (V15). */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Store/warehouse scope ({@code user_locations}, V15): the locations this user acts in. */
    @ElementCollection
    @CollectionTable(name = "user_locations", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "location_id")
    private Set<Long> locationIds = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "user_roles",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    /** An active user; {@code passwordHash} is already a bcrypt hash. */
    public UserAccount(String email, String fullName, String passwordHash) {
        changeEmail(email);
        rename(fullName);
        changePasswordHash(passwordHash);
        this.status = UserStatus.ACTIVE;
    }

    public void changeEmail(String email) {
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("invalid e-mail: " + email);
        }
        this.email = email.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
        this.fullName = fullName.strip();
    }

    /** Replaces the bcrypt hash (the password itself never reaches the entity). */
    public void changePasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash is required");
        }
        this.passwordHash = passwordHash;
    }

    /**
     * A new bcrypt hash chosen by the user himself ({@code oneTime} false) or set for him by an
     * administrator or the first-administrator command ({@code oneTime} true: he must change it at
     * his next login).
     */
    public void setPassword(String passwordHash, boolean oneTime, Instant at) {
        changePasswordHash(passwordHash);
        this.mustChangePassword = oneTime;
        this.passwordChangedAt = at == null ? Instant.now() : at;
    }

    /** Replaces the store/warehouse scope. */
    public void scopeTo(Set<Long> locations) {
        locationIds.clear();
        locationIds.addAll(locations);
    }

    public void recordLogin(Instant at) {
        this.lastLogin = at == null ? Instant.now() : at;
    }

    public void lock() {
        if (status == UserStatus.DISABLED) {
            throw new IllegalStateException("user " + id + " is disabled");
        }
        this.status = UserStatus.LOCKED;
    }

    /** Lets a locked or disabled user log in again. */
    public void reactivate() {
        this.status = UserStatus.ACTIVE;
    }

    public void disable() {
        this.status = UserStatus.DISABLED;
    }

    public boolean canLogIn() {
        return status == UserStatus.ACTIVE && !isDeleted();
    }

    public void assign(Role role) {
        roles.add(Objects.requireNonNull(role, "role"));
    }

    public void unassign(Role role) {
        roles.remove(role);
    }

    /** The permission slugs of all assigned roles: the security roles of this user. */
    public Set<String> permissionSlugs() {
        return roles.stream()
                .flatMap(r -> r.permissionSlugs().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
        this.status = UserStatus.DISABLED;
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public SoftDeletion getDeletion() {
        return deletion;
    }

    public long getVersion() {
        return version;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Long> getLocationIds() {
        return Collections.unmodifiableSet(locationIds);
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
