package pe.colca.sales;

import java.io.Serializable;

/** The result of asking for a return: the return, and whether it is a replay of an earlier request with the key. */
public record ReturnCreated(ReturnView orderReturn, boolean replayed) implements Serializable {
}
