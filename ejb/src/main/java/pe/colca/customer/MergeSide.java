package pe.colca.customer;

/** Whose value of a field survives a merge: the surviving customer's or the absorbed one's. */
public enum MergeSide {
    SURVIVOR,
    ABSORBED
}
