package pe.colca.customer;

/** Gender as declared by the customer; {@code X} is non-binary or not stated. */
public enum Gender {
    F,
    M,
    X
}
