package dev.ixls.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The glossary table of docs/i18n.md: the Japanese term to use, and the variants to avoid. */
final class Glossary {

    private Glossary() {
    }

    /** Preferred term -> terms that must not appear instead. */
    static Map<String, List<String>> read(Path doc) throws IOException {
        Map<String, List<String>> avoid = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            if (line.startsWith("## Glossary")) {
                inTable = true;
                continue;
            }
            if (!inTable || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| concept")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 4) {
                continue;
            }
            List<String> nots = new ArrayList<>();
            for (String n : cells[3].split(",")) {
                if (!n.isBlank()) {
                    nots.add(n.strip());
                }
            }
            avoid.put(cells[2].strip(), nots);
        }
        return avoid;
    }

    /**
     * Whether {@code text} uses {@code term} on its own: a variant that is only part of the
     * preferred word (ネイバ inside ネイバー, 共有鍵 inside 事前共有鍵) or of a compound the glossary
     * allows (ルートマップ) does not count.
     */
    static boolean usesTerm(String text, String term, String preferred) {
        int from = 0;
        while (true) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            // A variant inside the preferred word wherever it stands in it (共有鍵 inside 事前共有鍵).
            boolean insidePreferred = false;
            for (int p = preferred.indexOf(term); p >= 0 && !insidePreferred; p = preferred.indexOf(term, p + 1)) {
                insidePreferred = at - p >= 0 && text.startsWith(preferred, at - p);
            }
            boolean compound = term.equals("ルート") && (text.startsWith("ルートマップ", at) || text.startsWith("ルートベース", at))
                    || term.equals("ポリシ") && text.startsWith("ポリシング", at); // policing, another word
            if (!insidePreferred && !compound) {
                return true;
            }
            from = at + 1;
        }
    }
}
