package pe.colca.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import pe.colca.common.Messages;

/**
 * The console's language for this session: Spanish (Peru) unless the browser prefers English or the
 * user picks it ({@code ?lang=en} on any page: the switch in the top bar and the login page's links
 * use it). Applied to every view
 * with {@code <f:view locale="#{localeBean.locale}">} and handed to the domain through
 * {@link RequestMetadataFilter}, so business messages come back in the same language.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale SPANISH = Messages.DEFAULT_LOCALE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

    private Locale locale;

    /** The chosen locale; on first use it is negotiated from the browser's Accept-Language. */
    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<Locale> preferred = faces == null ? Collections.emptyIterator()
                    : faces.getExternalContext().getRequestLocales();
            locale = negotiate(preferred);
        }
        return locale;
    }

    /** Initialises the locale from the request when the session has none yet (used by the filter). */
    public void initialise(Enumeration<Locale> preferred) {
        if (locale == null) {
            locale = negotiate(preferred == null ? Collections.emptyIterator() : preferred.asIterator());
        }
    }

    /** {@code es} or {@code en}, for {@code <html lang>} and the switch. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isSpanish() {
        return "es".equals(getLanguage());
    }

    /** Switches to the given language ({@code es}/{@code en}); unknown tags are ignored. */
    public void select(String language) {
        Locale chosen = parse(language);
        if (chosen != null) {
            locale = chosen;
        }
    }

    /** Maps a language tag from a link or parameter ({@code es}, {@code es-PE}, {@code en}) to a supported locale. */
    public static Locale parse(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String lang = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        return switch (lang) {
            case "es" -> SPANISH;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** The first browser language we support, else Spanish (Peru). */
    static Locale negotiate(Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            Locale candidate = parse(preferred.next().toLanguageTag());
            if (candidate != null) {
                return candidate;
            }
        }
        return SPANISH;
    }
}
