package org.transferhub.spi.field;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Technology fields, after the eight high-technology fields the state supports (国家重点支持的高新技术领域).
 * Every service files its work under these codes, so a manager's fields match a project's.
 */
public enum TechnologyField {
    ELECTRONIC_INFORMATION("电子信息", "Electronic information"),
    BIOMEDICINE("生物与新医药", "Biotechnology and new medicine"),
    AEROSPACE("航空航天", "Aerospace"),
    NEW_MATERIALS("新材料", "New materials"),
    HIGH_TECH_SERVICES("高技术服务", "High-tech services"),
    NEW_ENERGY("新能源与节能", "New energy and energy saving"),
    RESOURCES_ENVIRONMENT("资源与环境", "Resources and environment"),
    ADVANCED_MANUFACTURING("先进制造与自动化", "Advanced manufacturing and automation");

    /** For Bean Validation of a field given as text (a test checks it names every constant). */
    public static final String PATTERN =
            "ELECTRONIC_INFORMATION|BIOMEDICINE|AEROSPACE|NEW_MATERIALS|HIGH_TECH_SERVICES|NEW_ENERGY"
                    + "|RESOURCES_ENVIRONMENT|ADVANCED_MANUFACTURING";

    /** For validation messages. */
    public static final String MUST_BE = "must be one of the technology fields: " + PATTERN;

    private final String chinese;
    private final String english;

    TechnologyField(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The field's name in Chinese or, for any other language, English. */
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }

    public static Optional<TechnologyField> of(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
