package pe.colca.inventory.count.internal;

import static pe.colca.common.SqlValues.instant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import pe.colca.inventory.count.CountLine;
import pe.colca.inventory.count.CountScope;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.CountSummary;
import pe.colca.security.UserDirectory;

/**
 * The rows of {@link DefaultCountService}'s native list queries as records, with the names of the
 * users who started, approved or counted (asked of the security area once per page).
 */
final class CountRows {

    private CountRows() {
    }

    /** The full names of the users whose ids are in the given columns of the rows (one look-up). */
    static Map<Long, String> names(UserDirectory userNames, List<Object[]> rows, int... columns) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Object[] r : rows) {
            for (int column : columns) {
                if (r[column] != null) {
                    ids.add(((Number) r[column]).longValue());
                }
            }
        }
        return userNames.fullNames(ids);
    }

    static String name(Map<Long, String> names, Object id) {
        return id == null ? null : names.get(((Number) id).longValue());
    }

    static CountLine line(Object[] r, Map<Long, String> names) {
        return new CountLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], integer(r[7]), integer(r[8]), ((Number) r[9]).intValue(),
                (BigDecimal) r[10], instant(r[11]), name(names, r[12]));
    }

    static CountSummary summary(Object[] r, Map<Long, String> names) {
        return new CountSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], CountScope.valueOf((String) r[5]), CountStatus.valueOf((String) r[6]),
                (String) r[7], instant(r[8]), name(names, r[9]), instant(r[10]), instant(r[11]), name(names, r[12]),
                ((Number) r[13]).longValue(), ((Number) r[14]).longValue(), ((Number) r[15]).longValue(),
                ((Number) r[16]).longValue());
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
