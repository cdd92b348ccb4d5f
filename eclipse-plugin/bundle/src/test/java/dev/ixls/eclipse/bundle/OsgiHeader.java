package dev.ixls.eclipse.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest header such as {@code Require-Bundle} split into clauses: the names a clause lists,
 * and its attributes ({@code version="[1,2)"}) and directives ({@code visibility:=reexport}).
 */
record OsgiHeader(List<Clause> clauses) {

    record Clause(List<String> names, Map<String, String> parameters) {

        String parameter(String key) {
            return parameters.get(key);
        }
    }

    static OsgiHeader parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return new OsgiHeader(clauses);
        }
        for (String clauseText : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : split(clauseText, ';')) {
                String p = part.strip();
                int directive = p.indexOf(":=");
                int attribute = p.indexOf('=');
                if (directive > 0 && directive + 1 == attribute) {
                    parameters.put(p.substring(0, directive).strip() + ":", unquote(p.substring(directive + 2)));
                } else if (attribute > 0) {
                    parameters.put(p.substring(0, attribute).strip(), unquote(p.substring(attribute + 1)));
                } else if (!p.isEmpty()) {
                    names.add(p);
                }
            }
            clauses.add(new Clause(names, parameters));
        }
        return new OsgiHeader(clauses);
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
