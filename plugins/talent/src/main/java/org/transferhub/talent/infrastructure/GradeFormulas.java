package org.transferhub.talent.infrastructure;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.transferhub.spi.talent.grade.GradeFormula;

/** The grade formulas installed with the plugin (ServiceLoader), by id. */
public final class GradeFormulas {

    private GradeFormulas() {}

    public static Map<String, GradeFormula> installed(ClassLoader loader) {
        Map<String, GradeFormula> formulas = new TreeMap<>();
        ServiceLoader.load(GradeFormula.class, loader).forEach(f -> formulas.put(f.id(), f));
        return formulas;
    }

    /** @throws IllegalStateException naming the key and the installed ids when {@code id} is not installed */
    public static GradeFormula named(String id, ClassLoader loader) {
        Map<String, GradeFormula> installed = installed(loader);
        GradeFormula f = installed.get(id);
        if (f == null) {
            throw new IllegalStateException(
                    "transferhub.talent.grade.formula is '" + id + "'; installed formulas: " + installed.keySet());
        }
        return f;
    }
}
