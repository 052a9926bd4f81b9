package pe.colca.reporting;

import jakarta.ejb.Local;
import java.util.Map;

/**
 * What an area contributes to the home page, counted in its own tables: reporting reads no other
 * area's table, it asks every implementation (a {@code @Stateless} bean in the area's
 * {@code internal} package) and adds up. A new area with a home figure adds a value to
 * {@link HomeFigure} and one bean.
 */
@Local
public interface HomeFigureSource {

    /** The figures this area counts, exact now. */
    Map<HomeFigure, Long> homeFigures();
}
