package pe.colca.customer;

import java.util.Map;

/**
 * A merge as asked: the survivor and the version of it the caller saw ({@code If-Match}), the absorbed customer
 * and the version of it the caller saw, the strategy (field key → {@code SURVIVOR} / {@code ABSORBED}; a field
 * not named keeps the survivor's value) and why.
 */
public record MergeRequest(long survivorId, long survivorVersion, long absorbedId, long absorbedVersion,
                           Map<String, String> strategy, String reason) {
}
